/**
 * Gazetteer entries from outside the package: a user's `--places FILE.json|tsv`
 * and the per-country conflict files in data/conflict/. One zod schema checks
 * both, so a user entry can do what a built-in one can and nothing more: it is
 * data only, looked up by key, never compiled into a pattern.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { z } from 'zod';
import { parseTsv, type TsvRow } from './tsv';
import { validateEntryList } from '../util/entry-list';

export const MAX_PLACE_ENTRIES = 50_000;
export const MAX_PLACES_FILE_BYTES = 20 * 1024 * 1024;

const phrase = z.string().trim().min(1).max(200);

export const PlaceEntrySchema = z
  .object({
    name: phrase,
    /** Other spellings; matched through the same key folding as the name. */
    aliases: z.array(phrase).max(100).default([]),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    country_code: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
    admin1: phrase.nullable().default(null),
    /** 1 a town (default), 3 a province or district. */
    precision: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).default(1),
    geonameid: z.number().int().positive().nullable().default(null),
    /** How often violence was recorded there (UCDP); ranks same-named villages. */
    events: z.number().int().nonnegative().default(0),
  })
  .strict();

export type PlaceEntryData = z.infer<typeof PlaceEntrySchema>;

export function validatePlaceEntries(raw: unknown, origin: string): PlaceEntryData[] {
  return validateEntryList(raw, {
    origin, key: 'places', what: 'place', schema: PlaceEntrySchema, maxEntries: MAX_PLACE_ENTRIES,
  });
}

const number = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? undefined : Number(cell));

/** TSV columns: name, aliases (|-separated), lat, lon, country_code, admin1, precision, geonameid, events; others ignored. */
export function tsvRowToPlace(row: TsvRow): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    name: row.name,
    aliases: row.aliases ? row.aliases.split('|').filter((a) => a.trim() !== '') : [],
    lat: number(row.lat),
    lon: number(row.lon),
    country_code: row.country_code,
  };
  if (row.admin1) entry.admin1 = row.admin1;
  for (const col of ['precision', 'geonameid', 'events'] as const) {
    if (number(row[col]) !== undefined) entry[col] = number(row[col]);
  }
  return entry;
}

/** Reads and validates a `--places` file (.json or .tsv); throws an Error naming the file and the bad entry. */
export function parsePlacesFile(path: string): PlaceEntryData[] {
  const size = statSync(path).size;
  if (size > MAX_PLACES_FILE_BYTES) {
    throw new Error(`${path}: ${size} bytes, more than the limit of ${MAX_PLACES_FILE_BYTES}`);
  }
  const text = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (ext === '.tsv' || ext === '.txt') {
    const rows = parseTsv(text);
    if (rows.length > 0 && !('name' in rows[0] && 'lat' in rows[0] && 'lon' in rows[0])) {
      throw new Error(`${path}: expected a header row with at least name, lat, lon, country_code`);
    }
    return validatePlaceEntries(rows.map(tsvRowToPlace), path);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return validatePlaceEntries(raw, path);
}
