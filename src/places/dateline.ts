/**
 * Wire-style datelines at the head of an article: "MOGADISHU, Somalia (AP) -",
 * "BEIRUT (Reuters) -", "KABUL, Afghanistan -". The place is where the story
 * was filed, not where the event happened, but it tells the article's country.
 * Scraped pages glue the dateline to the page title ("... | FOX6Now.comMILWAUKEE --");
 * rules/datelines.json says what may stand before such a glued one.
 */
import type { Doc } from '../pipeline/doc';
import rules from './rules/datelines.json';

export interface Dateline {
  start: number;
  end: number;
  place: string;
  /** The second part: a country or a state/province ("HOUSTON, Texas"). */
  region: string | null;
  /** Offset where mention finding starts: just after a wire dateline; 0 for a glued one (the title before it is text too). */
  after: number;
  /** Glued to a page title: a local outlet's own city, where its stories happen. */
  glued: boolean;
}

// Bounded, lazy parts in sequence, anchored at the start: at most a few thousand steps.
// The region follows a comma: without one, "PESHAWAR:" would split into "PE" and "SHAWAR".
const DATELINE = /^\s{0,20}([A-Z][A-Z'.\- ]{1,40}?)(?:,\s{1,3}([A-Z][A-Za-z.\- ]{1,30}?))?\s{0,3}(?:\([A-Za-z.\- ]{1,25}\)\s{0,3})?(?:-{1,2}|\u2014|:)\s/;

// A glued dateline: no colon (a title's "UPDATE:" is no place), the en dash of web pages, a
// date in the brackets ("INDIANAPOLIS, Ind. (Dec. 10, 2015) –"). Unanchored over a few hundred
// characters; every part bounded, so linear in that slice.
const GLUED = new RegExp(
  `(?:(?<=${rules.gluedAfter})|${rules.gluedPrefixes.map((p) => `(?:${p})`).join('|')})` +
  `([A-Z][A-Z'.\\- ]{1,40}?)(?:,\\s{1,3}([A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?))?` +
  `\\s{0,3}(?:\\([A-Za-z0-9.,/\\- ]{1,30}\\)\\s{0,3})?(?:-{1,2}|\\u2014|\\u2013)\\s`, 'd');

export function findDateline(doc: Doc): Dateline | null {
  return openingDateline(doc.text) ?? gluedDateline(doc.text);
}

function openingDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text.slice(0, 160));
  if (!m) return null;
  const place = m[1].trim();
  if (!isPlaceName(place)) return null;
  const start = text.indexOf(place);
  return { start, end: start + place.length, place, region: m[2]?.trim() || null, after: m[0].length, glued: false };
}

function gluedDateline(text: string): Dateline | null {
  const m = GLUED.exec(text.slice(0, rules.searchChars));
  if (!m) return null;
  const place = m[1].trim();
  if (!isPlaceName(place)) return null;
  const start = m.indices![1][0];
  return { start, end: start + place.length, place, region: m[2]?.trim() || null, after: 0, glued: true };
}

const isPlaceName = (place: string) => place.length >= 3 && /[A-Z]{3}/.test(place);
