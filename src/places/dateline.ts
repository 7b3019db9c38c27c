/**
 * Wire-style datelines at the head of an article: "MOGADISHU, Somalia (AP) -",
 * "BEIRUT (Reuters) -", "KABUL, Afghanistan -". The place is where the story
 * was filed, not where the event happened, but it tells the article's country.
 */
import type { Doc } from '../pipeline/doc';

export interface Dateline {
  start: number;
  end: number;
  place: string;
  /** The second part: a country or a state/province ("HOUSTON, Texas"). */
  region: string | null;
  /** Offset just after the dateline; mention finding starts there. */
  after: number;
}

// Bounded, lazy parts in sequence, anchored at the start: at most a few thousand steps.
// The region follows a comma: without one, "PESHAWAR:" would split into "PE" and "SHAWAR".
const DATELINE = /^\s{0,20}([A-Z][A-Z'.\- ]{1,40}?)(?:,\s{1,3}([A-Z][A-Za-z.\- ]{1,30}?))?\s{0,3}(?:\([A-Za-z.\- ]{1,25}\)\s{0,3})?(?:-{1,2}|\u2014|:)\s/;

export function findDateline(doc: Doc): Dateline | null {
  const m = DATELINE.exec(doc.text.slice(0, 160));
  if (!m) return null;
  const place = m[1].trim();
  if (place.length < 3 || !/[A-Z]{3}/.test(place)) return null;
  const start = doc.text.indexOf(place);
  return { start, end: start + place.length, place, region: m[2]?.trim() || null, after: m[0].length };
}
