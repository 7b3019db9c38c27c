/**
 * The gazetteer index prepared by scripts/build-gazetteer.ts, read as two
 * Buffers and binary-searched in place: start-up costs two file reads, not
 * the parsing of 200,000 records, and memory stays at the files' size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { generatedDataPath } from '../util/paths';
import type { PlaceEntry, PlaceKind } from './entries';

export const INDEX_FILES = { keys: 'places-keys.txt', records: 'places-records.txt' } as const;

const TAB = 9;
const NEWLINE = 10;

export class SortedKeyIndex {
  private constructor(private readonly keys: Buffer, private readonly records: Buffer) {}

  /** null when `npm run build` has not prepared the index (the stage then knows only the committed data). */
  static load(): SortedKeyIndex | null {
    const keysPath = generatedDataPath(INDEX_FILES.keys);
    const recordsPath = generatedDataPath(INDEX_FILES.records);
    if (!existsSync(keysPath) || !existsSync(recordsPath)) return null;
    return new SortedKeyIndex(readFileSync(keysPath), readFileSync(recordsPath));
  }

  get byteSize(): number {
    return this.keys.length + this.records.length;
  }

  /** Places whose spellings share `key` (see place-key.ts), most populous first. */
  lookup(key: string): PlaceEntry[] {
    const line = this.findLine(Buffer.from(key, 'latin1'));
    if (line === null) return [];
    return line.split(',').map((off) => this.recordAt(parseInt(off, 36)));
  }

  private findLine(key: Buffer): string | null {
    const buf = this.keys;
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

  private recordAt(offset: number): PlaceEntry {
    const end = this.records.indexOf(NEWLINE, offset);
    return parseRecord(this.records.toString('utf8', offset, end));
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
