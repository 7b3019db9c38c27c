/**
 * The gazetteer index prepared by scripts/build-gazetteer.ts, read in slices
 * with fs.readSync: start-up reads one small block table, and memory holds
 * only the blocks and records recent lookups touched (the files, 25 MB, stay
 * in the OS page cache, shared by worker threads and processes, not in RSS).
 *   records   one line per place (formatRecord)
 *   names     sorted lines "key<TAB>offset,offset": base-36 byte offsets into records, most populous first
 *   skeletons the same, keyed by skeletonKey (consonants only)
 *   blocks    JSON: per key file, the first key and byte offset of each block of about BLOCK_BYTES
 */
import { existsSync, readFileSync } from 'node:fs';
import { LazyFile } from '../util/lazy-file';
import { generatedDataPath } from '../util/paths';
import type { PlaceEntry, PlaceKind } from './entries';

export const INDEX_FILES = {
  records: 'places-records.txt',
  names: 'places-keys.txt',
  skeletons: 'places-skeletons.txt',
  blocks: 'places-blocks.json',
} as const;

/** Block size of the key files: one read per lookup, a few microseconds. */
export const BLOCK_BYTES = 4096;
/** Longer than any record line (126 bytes in GeoNames cities500); longer ones are read again whole. */
const RECORD_READ_BYTES = 256;
const NEWLINE = 10;

/** Where each block of a sorted key file starts; offsets has one more entry, the file's length. */
export interface BlockTable {
  keys: string[];
  offsets: number[];
}

/** Splits a sorted "key<TAB>value\n" text into blocks at line ends (build time). */
export function blockTable(text: string): BlockTable {
  const table: BlockTable = { keys: [], offsets: [] };
  let at = 0;
  while (at < text.length) {
    table.keys.push(text.slice(at, text.indexOf('\t', at)));
    table.offsets.push(at);
    const next = text.indexOf('\n', Math.min(text.length - 1, at + BLOCK_BYTES - 1));
    at = next < 0 ? text.length : next + 1;
  }
  table.offsets.push(text.length);
  return table;
}

/** A sorted "key<TAB>value" file on disk; finds a key's value with one block read. Keys are ASCII. */
class SortedKeyFile {
  private readonly buf: Buffer;

  constructor(private readonly file: LazyFile, private readonly table: BlockTable) {
    let largest = 0;
    for (let i = 1; i < table.offsets.length; i++) largest = Math.max(largest, table.offsets[i] - table.offsets[i - 1]);
    this.buf = Buffer.allocUnsafe(largest);
  }

  find(key: string): string | null {
    const { keys, offsets } = this.table;
    // The last block whose first key is <= key.
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] <= key) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return null;
    const length = offsets[lo] - offsets[lo - 1];
    this.file.read(this.buf, length, offsets[lo - 1]);
    const block = this.buf.toString('latin1', 0, length);
    let start = key.length + 1;
    if (!block.startsWith(`${key}\t`)) {
      const at = block.indexOf(`\n${key}\t`);
      if (at < 0) return null;
      start += at + 1;
    }
    return block.slice(start, block.indexOf('\n', start));
  }
}

export class GazetteerIndex {
  private readonly names: SortedKeyFile;
  private readonly skeletons: SortedKeyFile;
  private readonly line = Buffer.allocUnsafe(RECORD_READ_BYTES);

  private constructor(private readonly records: LazyFile, names: SortedKeyFile, skeletons: SortedKeyFile) {
    this.names = names;
    this.skeletons = skeletons;
  }

  /** null when `npm run build` has not prepared the index. The files, opened on first use, stay open for the process's life. */
  static load(): GazetteerIndex | null {
    const paths = Object.values(INDEX_FILES).map(generatedDataPath);
    if (!paths.every(existsSync)) return null;
    const blocks = JSON.parse(readFileSync(generatedDataPath(INDEX_FILES.blocks), 'utf8')) as { names: BlockTable; skeletons: BlockTable };
    const open = (name: string) => new LazyFile(generatedDataPath(name));
    return new GazetteerIndex(open(INDEX_FILES.records),
      new SortedKeyFile(open(INDEX_FILES.names), blocks.names),
      new SortedKeyFile(open(INDEX_FILES.skeletons), blocks.skeletons));
  }

  /** Places whose spellings share `key` (see place-key.ts), most populous first. */
  lookup(key: string): PlaceEntry[] {
    return this.entries(this.names.find(key));
  }

  /** Places whose spellings share the consonant skeleton (see skeletonKey). */
  lookupSkeleton(skeleton: string): PlaceEntry[] {
    return this.entries(this.skeletons.find(skeleton));
  }

  private entries(offsets: string | null): PlaceEntry[] {
    if (offsets === null) return [];
    return offsets.split(',').map((off) => parseRecord(this.readLine(parseInt(off, 36))));
  }

  private readLine(start: number): string {
    const n = this.records.read(this.line, RECORD_READ_BYTES, start);
    const end = this.line.indexOf(NEWLINE);
    if (end >= 0 && end < n) return this.line.toString('utf8', 0, end);
    // A record longer than the usual read (a user's long name folded in at build time).
    let size = RECORD_READ_BYTES * 4;
    for (;;) {
      const big = Buffer.allocUnsafe(size);
      const got = this.records.read(big, size, start);
      const stop = big.indexOf(NEWLINE);
      if ((stop >= 0 && stop < got) || got < size) return big.toString('utf8', 0, stop >= 0 && stop < got ? stop : got);
      size *= 4;
    }
  }
}

/** One line of the records file; formatRecord and parseRecord are each other's inverse. */
export function formatRecord(e: PlaceEntry): string {
  return [e.name, e.lat, e.lon, e.countryCode, e.admin1 ?? '', e.population, e.geonameid ?? '', e.kind,
    e.capital ? 1 : '', e.precision].join('\t') + '\n';
}

export function parseRecord(line: string): PlaceEntry {
  const f = line.split('\t');
  return {
    name: f[0], lat: Number(f[1]), lon: Number(f[2]), countryCode: f[3], admin1: f[4] || null,
    population: Number(f[5]), geonameid: f[6] ? Number(f[6]) : null, kind: f[7] as PlaceKind,
    capital: f[8] === '1', precision: Number(f[9]) as PlaceEntry['precision'],
  };
}
