/**
 * One-off derivation of the committed gazetteer files in src/places/data/
 * from openly licensed sources (see src/places/data/SOURCES.md):
 *   countries.tsv        world-countries (names, ISO2, position, demonyms)
 *   admin1.tsv, admin2.tsv GeoNames admin1CodesASCII.txt and admin2Codes.txt (provinces, districts),
 *                        each positioned at the mean of its cities500 places
 *   conflict/ucdp-XX.tsv UCDP GED event locations (villages the npm data lacks)
 * No coordinate is typed by hand. Run again when a source changes:
 *   node dist/scripts/places-derive-data.js [/path/to/shared/gazetteer]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/paths';
import { formatTsv, parseTsv } from '../src/places/tsv';
import { placeKey } from '../src/places/place-key';
import { CITIES500_PATH, readCities500 } from './build-gazetteer';

const LATIN = /^[\p{Script=Latin}\p{M}0-9 '.,()-]+$/u;
const round = (x: number) => Math.round(x * 1e5) / 1e5;

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: number[];
  region: string;
  subregion: string;
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

function deriveCountries(outDir: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as WorldCountry[];
  const rows = countries.map((c) => {
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
    // Two- and three-letter alt spellings are codes ("SY"), which would match acronyms in text.
    const aliases = c.altSpellings.filter((a) => a.length > 3 && LATIN.test(a) && a !== c.name.common);
    return [c.cca2, c.name.common, c.name.official, round(c.latlng[0]), round(c.latlng[1]), c.region,
      c.subregion, (c.capital ?? []).join('|'), demonyms.join('|'), aliases.join('|')];
  });
  writeFileSync(join(outDir, 'countries.tsv'), formatTsv(
    ['code', 'name', 'official', 'lat', 'lon', 'region', 'subregion', 'capital', 'demonyms', 'aliases'], rows));
}

/** Mean position of the cities500 places in each division, by GeoNames code ("SY.07", "AF.23.2404"). */
function divisionMeans(): Map<string, { lat: number; lon: number; n: number }> {
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  const add = (code: string, lat: number, lon: number) => {
    const s = sums.get(code) ?? { lat: 0, lon: 0, n: 0 };
    s.lat += lat; s.lon += lon; s.n++;
    sums.set(code, s);
  };
  for (const city of readCities500()) {
    add(`${city.countryCode}.${city.admin1}`, city.lat, city.lon);
    if (city.admin2) add(`${city.countryCode}.${city.admin1}.${city.admin2}`, city.lat, city.lon);
  }
  return sums;
}

/**
 * admin1.tsv / admin2.tsv from GeoNames' code tables, each division placed at the mean of its
 * places (divisions without a cities500 place are left out: nothing to position them by).
 * Returns the division names by code.
 */
function deriveDivisions(sourceFile: string, outFile: string, means: ReturnType<typeof divisionMeans>, admin1Names: ReadonlyMap<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const rows: (string | number)[][] = [];
  for (const line of readFileSync(sourceFile, 'utf8').split('\n')) {
    const [code, name, ascii, geonameid] = line.split('\t');
    const s = code && geonameid ? means.get(code) : undefined;
    if (!s) continue;
    const admin1 = admin1Names.get(code.split('.').slice(0, 2).join('.')) ?? name;
    rows.push([code, code.slice(0, 2), name, ascii, geonameid, admin1, round(s.lat / s.n), round(s.lon / s.n), s.n]);
    names.set(code, name);
  }
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  writeFileSync(outFile, formatTsv(
    ['code', 'country_code', 'name', 'asciiname', 'geonameid', 'admin1', 'lat', 'lon', 'places'], rows));
  return names;
}

// UCDP names carry variants ("Abu Hayj/Khalidiyah", "Aaliyah (Qurujah)") and a type word ("Obo town").
const UCDP_DROP = /\b(?:between|outside|near|in|compund|compound)\b/i;
const UCDP_TYPE_SUFFIX = /\s+(?:village|villae|town|city|area|suburb|neighbou?rhood)$/i;
const ADMIN_SUFFIX = /\s+(?:governorate|province|prefecture|region|district|state)$/i;

// "Jabal Bishri mountain/Deir Ezzor": after a feature, the second part is the region it lies in, not another name.
const UCDP_FEATURE = /\b(?:mountain|river|dam|airport|airbase|base|field|road|highway|checkpoint|prison|brigade|division|hospital|camp|crossing|complex)\b/i;

function ucdpNames(raw: string): string[] {
  if (UCDP_DROP.test(raw)) return [];
  if (UCDP_FEATURE.test(raw)) return [raw.split(/[/(]/)[0].trim()];
  const parts = raw.split(/[/()]/).map((p) => p.replace(UCDP_TYPE_SUFFIX, '').trim()).filter((p) => p.length > 1);
  return [...new Set(parts)];
}

function deriveUcdp(sharedDir: string, outDir: string, admin1Codes: ReadonlyMap<string, string>): void {
  // UCDP writes free-text provinces ("Deir ez Zor Governorate"): match them to GeoNames names by key.
  const admin1Names = new Map([...admin1Codes].map(([code, name]) => [`${code.slice(0, 2)}:${placeKey(name)}`, name]));
  const dir = join(sharedDir, 'ucdp');
  for (const file of readdirSync(dir).filter((f) => /^[A-Z]{2}\.tsv$/.test(f))) {
    const rows: (string | number)[][] = [];
    for (const r of parseTsv(readFileSync(join(dir, file), 'utf8'))) {
      const names = ucdpNames(r.name);
      if (names.length === 0) continue;
      const adm1 = (r.adm_1 ?? '').replace(ADMIN_SUFFIX, '');
      const admin1 = admin1Names.get(`${r.country_code}:${placeKey(adm1)}`) ?? (adm1 === '<NA>' ? '' : adm1);
      rows.push([names[0], names.slice(1).join('|'), round(Number(r.latitude)), round(Number(r.longitude)),
        r.country_code, admin1, (r.adm_2 ?? '').replace(ADMIN_SUFFIX, ''), r.events ?? r.event_count ?? '']);
    }
    writeFileSync(join(outDir, 'conflict', `ucdp-${file}`), formatTsv(
      ['name', 'aliases', 'lat', 'lon', 'country_code', 'admin1', 'admin2', 'events'], rows));
  }
}

function main(): void {
  const sharedDir = process.argv[2] ?? '/work/shared/gazetteer';
  const outDir = join(packageRoot(), 'src', 'places', 'data');
  mkdirSync(join(outDir, 'conflict'), { recursive: true });
  deriveCountries(outDir);
  const means = divisionMeans();
  const admin1Names = deriveDivisions(join(sharedDir, 'geonames', 'admin1CodesASCII.txt'), join(outDir, 'admin1.tsv'), means, new Map());
  deriveDivisions(join(sharedDir, 'geonames', 'admin2Codes.txt'), join(outDir, 'admin2.tsv'), means, admin1Names);
  deriveUcdp(sharedDir, outDir, admin1Names);
  process.stdout.write(`places data derived from ${sharedDir} and ${CITIES500_PATH} into ${outDir}\n`);
}

main();
