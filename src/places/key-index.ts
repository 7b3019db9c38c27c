/**
 * The gazetteer index prepared by scripts/build-gazetteer.ts, read as Buffers
 * and binary-searched in place: start-up costs three file reads, not the
 * parsing of 200,000 records, and memory stays at the files' size.
 *   records   one line per place (formatRecord)
 *   names     sorted lines "key<TAB>offset,offset": base-36 byte offsets into records, most populous first
 *   skeletons the same, keyed by skeletonKey (consonants only)
 */
import { existsSync, readFileSync } from 'node:fs';
import { generatedDataPath } from '../util/paths';
import type { PlaceEntry, PlaceKind } from './entries';

export const INDEX_FILES = {
  records: 'places-records.txt',
  names: 'places-keys.txt',
  skeletons: 'places-skeletons.txt',
} as const;

const TAB = 9;
const NEWLINE = 10;

/** A sorted "key<TAB>value" file; finds the value of a key by binary search over bytes. */
class SortedKeyFile {
  constructor(private readonly buf: Buffer) {}

  find(keyText: string): string | null {
    const key = Buffer.from(keyText, 'latin1');
    const buf = this.buf;
    let lo = 0;
    let hi = buf.length;
    while (lo < hi) {
      let start = (lo + hi) >>> 1;
      while (start > lo && buf[start - 1] !== NEWLINE) start--;
      const tab = buf.indexOf(TAB, start);
      const end = buf.indexOf(NEWLINE, start);
      const cmp = key.compare(buf, start, tab);
      if (cmp === 0) return buf.toString('latin1', tab + 1, end);
      if (cmp < 0) hi = start;
      else lo = end + 1;
    }
    return null;
  }
}

export class GazetteerIndex {
  private readonly names: SortedKeyFile;
  private readonly skeletons: SortedKeyFile;

  private constructor(private readonly records: Buffer, names: Buffer, skeletons: Buffer) {
    this.names = new SortedKeyFile(names);
    this.skeletons = new SortedKeyFile(skeletons);
  }

  /** null when `npm run build` has not prepared the index. */
  static load(): GazetteerIndex | null {
    const paths = Object.values(INDEX_FILES).map(generatedDataPath);
    if (!paths.every(existsSync)) return null;
    const [records, names, skeletons] = paths.map((p) => readFileSync(p));
    return new GazetteerIndex(records, names, skeletons);
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
    return offsets.split(',').map((off) => {
      const start = parseInt(off, 36);
      return parseRecord(this.records.toString('utf8', start, this.records.indexOf(NEWLINE, start)));
    });
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
