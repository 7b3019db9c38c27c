/**
 * Gazetteer entries from the committed tables (first-level divisions, conflict
 * villages) and from users, each with the keys it answers to. The build step
 * folds them into the prepared index; at run time only a user's entries (or,
 * before any build, everything) go through here.
 */
import { readFileSync } from 'node:fs';
import { placeKey } from './place-key';
import { conflictFiles, readDataTsv } from './data-files';
import { parseTsv } from './tsv';
import { tsvRowToPlace, validatePlaceEntries, type PlaceEntryData } from './user-places';
import qualifierData from './rules/qualifiers.json';
import admin1Aliases from './rules/admin1-aliases.json';

export type PlaceKind = 'admin1' | 'admin2' | 'city' | 'conflict' | 'user';

export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  countryCode: string;
  admin1: string | null;
  lat: number;
  lon: number;
  /** People living there; for entries without a census figure, a rank (see RANK_*). */
  population: number;
  geonameid: number | null;
  /** National capital (GeoNames PPLC). */
  capital: boolean;
  /** Precision when named outright (user entries may say 3 for a district). */
  precision: 1 | 2 | 3 | 4;
}

export interface KeyedEntry {
  keys: string[];
  entry: PlaceEntry;
}

// Entries without a population still need a rank against cities500 places (500 people or more).
const RANK_CONFLICT_BASE = 500;
const RANK_PER_EVENT = 20;
const QUALIFIERS = new Set(qualifierData.qualifiers);

const uniqueKeys = (names: string[]) => [...new Set(names.map(placeKey))].filter((k) => k !== '');

// "Harris County", "Arghandab District": the name without its noun is how articles use it.
const DIVISION_NOUN = /\s+(?:county|district|municipality|province|governorate|department|prefecture|region|parish|borough|oblast|rayon|raion)$/i;
// GeoNames writes many divisions as "Province du Séno", "Departamento de Arauca", "Province of Kabul".
const DIVISION_PREFIX = /^(?:province|provincia|província|departamento|distrito|municipio|partido|arrondissement|préfecture|prefecture|commune) (?:of |du |de la |de l'|de |des |d')/i;

/** A division's name as articles use it: "Pasco County" is "Pasco", "Province du Séno" "Séno". */
export const shortName = (name: string) => name.replace(DIVISION_NOUN, '').replace(DIVISION_PREFIX, '');

// The news's names for first-level divisions GeoNames spells otherwise, by admin1 code.
const ADMIN1_ALIASES = new Map<string, string[]>(
  Object.entries(admin1Aliases).filter((kv): kv is [string, string[]] => !kv[0].startsWith('_')));

/** First- and second-level divisions (data/admin1.tsv, data/admin2.tsv); also the admin1 names by code. */
/** The admin1 codes the alias table names (each must be a division in data/admin1.tsv). */
export const aliasedAdmin1Codes = (): string[] => [...ADMIN1_ALIASES.keys()];

export function divisionEntries(): { entries: KeyedEntry[]; admin1Names: Map<string, string> } {
  const admin1Names = new Map<string, string>();
  const entries: KeyedEntry[] = [];
  for (const [file, kind] of [['admin1.tsv', 'admin1'], ['admin2.tsv', 'admin2']] as const) {
    for (const r of readDataTsv(file)) {
      if (kind === 'admin1') admin1Names.set(r.code, r.name);
      entries.push({
        keys: uniqueKeys([r.name, r.asciiname, shortName(r.name), shortName(r.asciiname), ...(kind === 'admin1' ? ADMIN1_ALIASES.get(r.code) ?? [] : [])]),
        entry: {
          name: r.name, kind, countryCode: r.country_code, admin1: r.admin1 || r.name,
          lat: Number(r.lat), lon: Number(r.lon), population: 0, geonameid: Number(r.geonameid) || null,
          capital: false, precision: 3,
        },
      });
    }
  }
  return { entries, admin1Names };
}

/** Village names with a qualifier also answer to their base name: "Baghuz Fawqani" to "Baghuz". */
function baseNames(names: string[]): string[] {
  return names.flatMap((n) => {
    const words = placeKey(n).split(' ');
    const kept = words.filter((w) => !QUALIFIERS.has(w));
    return kept.length > 0 && kept.length < words.length ? [kept.join(' ')] : [];
  });
}

export function keyedEntries(entries: readonly PlaceEntryData[], kind: 'conflict' | 'user'): KeyedEntry[] {
  return entries.map((e) => {
    const names = [e.name, ...e.aliases];
    return {
      keys: uniqueKeys(kind === 'conflict' ? [...names, ...baseNames(names)] : names),
      entry: {
        name: e.name, kind, countryCode: e.country_code, admin1: e.admin1, lat: e.lat, lon: e.lon,
        population: kind === 'conflict' ? RANK_CONFLICT_BASE + RANK_PER_EVENT * e.events : 0,
        geonameid: e.geonameid, capital: false, precision: e.precision,
      },
    };
  });
}

/** Every data/conflict/*.tsv present, validated like a user's file. */
export function conflictEntries(): KeyedEntry[] {
  return conflictFiles().flatMap((file) =>
    keyedEntries(validatePlaceEntries(parseTsv(readFileSync(file, 'utf8')).map(tsvRowToPlace), file), 'conflict'));
}
