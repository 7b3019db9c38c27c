/**
 * Which of two place mentions locates an incident more finely. Mostly the
 * gazetteer's precision (1 town … 4 country), with two corrections:
 * - a named place the gazetteer could not resolve, in a known country, is
 *   probably a village: finer than a province, coarser than a district;
 * - "Ghazni's Andar district", "Shwebo township in the Sagaing region": a
 *   district beats the town named like its own province, which the text
 *   means as the province (the gazetteer resolves the name to the capital).
 */
import type { PlaceMention } from '../pipeline/doc';

const UNRESOLVED_RANK = 2.5;
const UNKNOWN_RANK = 5;
const PROVINCE = 3;
// Shorter names are too easily a prefix of another.
const MIN_NAMESAKE = 4;

/** Precision as a rank (lower is finer). */
export function placeRank(p: PlaceMention): number {
  return p.precision ?? (p.country_code !== null ? UNRESOLVED_RANK : UNKNOWN_RANK);
}

/** Letters only, without accents: "Ma’rib" and "Ma'rib", "Sagain" and "Sagaing" compare. */
function letters(name: string): string {
  return name.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');
}

/** Named like its province ("Ma'rib" in Ma'rib, "Sagaing" in Sagain): one name starts the other. */
function namesakeOfProvince(p: PlaceMention): boolean {
  if (p.admin1 === null) return false;
  const a = letters(p.name);
  const b = letters(p.admin1);
  return Math.min(a.length, b.length) >= MIN_NAMESAKE && (a.startsWith(b) || b.startsWith(a));
}

function isDistrict(p: PlaceMention): boolean {
  return p.precision === PROVINCE && p.admin1 !== null && !namesakeOfProvince(p);
}

/** `a` locates an incident more finely than `b`. */
export function finer(a: PlaceMention, b: PlaceMention): boolean {
  if (a.admin1 !== null && a.country_code === b.country_code && a.admin1 === b.admin1) {
    if (isDistrict(a) && namesakeOfProvince(b)) return true;
    if (isDistrict(b) && namesakeOfProvince(a)) return false;
  }
  return placeRank(a) < placeRank(b);
}

/** The finest of the places, the first on ties. */
export function mostPrecise(places: PlaceMention[]): PlaceMention | null {
  if (places.length === 0) return null;
  return places.reduce((a, b) => (finer(b, a) ? b : a));
}
