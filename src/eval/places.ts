/**
 * Locations match by name (after normalisation), by division when the gold names a division
 * ("Aleppo Governorate": any place of ours in it), or by distance when both sides have coordinates.
 */
import { foldName, namesMatch } from './names';
import rules from './location-rules.json';
import { distanceKm } from '../util/geo';

/** UCDP's "where_prec 2" radius: a point within this distance is the same place for scoring. */
export const LOCATION_RADIUS_KM = 25;

export interface PlacePoint {
  name: string | null;
  lat: number | null;
  lon: number | null;
  /** Our record's first-level division (records have it; gold points need not). */
  admin1?: string | null;
}

export { distanceKm };

const FIRST_LEVEL = new Set(rules.firstLevelNouns);
const SECOND_LEVEL = new Set(rules.secondLevelNouns);
const QUALIFIERS = new Set(rules.qualifierWords);
// Fixed patterns from the rules file, applied to one word at a time.
const SPELLING_FOLDS = rules.divisionSpellingFolds.map(([from, to]) => [new RegExp(from), to] as const);

/**
 * The division a gold location names, as the names it may go by ("Northern Hamah Governorate": "northern hamah"
 * and "hamah"; "North Kivu Province": "north kivu" and "kivu"), and its level; null when it names none.
 */
export function goldDivision(name: string): { names: string[]; level: 1 | 2 } | null {
  const words = foldName(name).split(' ');
  const noun = words[words.length - 1];
  const level = FIRST_LEVEL.has(noun) ? 1 : SECOND_LEVEL.has(noun) ? 2 : null;
  if (level === null || words.length < 2) return null;
  let first = 0;
  while (first < words.length - 2 && QUALIFIERS.has(words[first])) first++;
  const whole = words.slice(0, -1).join(' ');
  const unqualified = words.slice(first, -1).join(' ');
  return { names: unqualified === whole ? [whole] : [whole, unqualified], level };
}

const foldSpelling = (name: string) =>
  foldName(name).split(' ').map((w) => SPELLING_FOLDS.reduce((word, [from, to]) => word.replace(from, to), w)).join(' ');

const divisionNamesMatch = (a: string, b: string) => namesMatch(a, b) || namesMatch(foldSpelling(a), foldSpelling(b));

/** Whether `system` lies in the division a gold location names: its name is the division, or (first level) its admin1. */
function inGoldDivision(gold: PlacePoint, system: PlacePoint): boolean {
  const division = gold.name ? goldDivision(gold.name) : null;
  if (!division) return false;
  return division.names.some((name) =>
    (system.name !== null && divisionNamesMatch(name, system.name)) ||
    (division.level === 1 && !!system.admin1 && divisionNamesMatch(name, system.admin1)));
}

export function locationsMatch(gold: PlacePoint, system: PlacePoint): boolean {
  if (gold.name && system.name && namesMatch(gold.name, system.name)) return true;
  if (inGoldDivision(gold, system)) return true;
  if (gold.lat === null || gold.lon === null || system.lat === null || system.lon === null) return false;
  return distanceKm(gold.lat, gold.lon, system.lat, system.lon) <= LOCATION_RADIUS_KM;
}
