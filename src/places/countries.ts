/**
 * Countries (world-countries data, see data/SOURCES.md): names, press
 * aliases and demonyms by key, position, continent. The build step writes the
 * keyed table to dist/data/ so start-up only parses a small JSON file; without
 * it (tests before a build) the table is derived from data/countries.tsv.
 */
import { existsSync, readFileSync } from 'node:fs';
import { placeKey } from './place-key';
import { readDataTsv } from './data-files';
import { generatedDataPath } from '../util/paths';
import pressNames from './rules/country-aliases.json';

export interface CountryInfo {
  code: string;
  name: string;
  lat: number;
  lon: number;
  /** Continent-level region ("Asia", "Africa", ...): the "other continent" test. */
  region: string;
  subregion: string;
  capital: string[];
}

/** The serialised form (dist/data/places-countries.json): keys map to ISO2 codes. */
export interface CountryData {
  countries: CountryInfo[];
  names: Record<string, string>;
  demonyms: Record<string, string>;
}

export interface CountryTable {
  byCode: ReadonlyMap<string, CountryInfo>;
  byName: ReadonlyMap<string, string>;
  byDemonym: ReadonlyMap<string, string>;
}

export const COUNTRY_DATA_FILE = 'places-countries.json';

const split = (cell: string | undefined) => (cell ? cell.split('|').filter(Boolean) : []);

/** Builds the keyed table from data/countries.tsv and the press aliases. */
export function deriveCountryData(): CountryData {
  const rows = readDataTsv('countries.tsv');
  const countries = rows.map((r): CountryInfo => ({
    code: r.code, name: r.name, lat: Number(r.lat), lon: Number(r.lon),
    region: r.region, subregion: r.subregion, capital: split(r.capital),
  }));
  const names: Record<string, string> = {};
  const demonyms: Record<string, string> = {};
  const addIfFree = (map: Record<string, string>, name: string, code: string) => {
    const key = placeKey(name);
    if (key && !(key in map)) map[key] = code;
  };
  // Press usage first ("Congo" is the DRC on the wire), then common names, so that an official
  // name or alias never shadows one.
  for (const [name, code] of Object.entries(pressNames.overrides)) addIfFree(names, name, code);
  for (const r of rows) addIfFree(names, r.name, r.code);
  for (const r of rows) {
    addIfFree(names, r.official, r.code);
    for (const a of split(r.aliases)) addIfFree(names, a, r.code);
    for (const d of split(r.demonyms)) addIfFree(demonyms, d, r.code);
  }
  for (const [name, code] of Object.entries(pressNames.aliases)) addIfFree(names, name, code);
  for (const [name, code] of Object.entries(pressNames.demonyms)) addIfFree(demonyms, name, code);
  return { countries, names, demonyms };
}

let table: CountryTable | null = null;

export function countryTable(): CountryTable {
  if (table) return table;
  const path = generatedDataPath(COUNTRY_DATA_FILE);
  const data = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CountryData) : deriveCountryData();
  table = {
    byCode: new Map(data.countries.map((c) => [c.code, c])),
    byName: new Map(Object.entries(data.names)),
    byDemonym: new Map(Object.entries(data.demonyms)),
  };
  return table;
}

function byKey(map: ReadonlyMap<string, string>, key: string): CountryInfo | null {
  const code = map.get(key);
  return code ? (countryTable().byCode.get(code) ?? null) : null;
}

export const countryByKey = (key: string) => byKey(countryTable().byName, key);
export const countryByDemonymKey = (key: string) => byKey(countryTable().byDemonym, key);

/** A country by its name, a press alias ("DRC") or its demonym ("Syrian"); null if none. */
export function lookupCountry(nameOrDemonym: string): CountryInfo | null {
  const key = placeKey(nameOrDemonym.replace(/'s$/, ''));
  return countryByKey(key) ?? countryByDemonymKey(key);
}
