/**
 * Word tokens with offsets, and runs of capitalised tokens: the cheap
 * prefilter of the places stage (one linear regex pass; only runs are
 * looked up in the gazetteer).
 */
import type { Doc } from '../pipeline/doc';
import cues from './rules/cues.json';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly cap: boolean;
  /** All capitals, two letters or more ("ISIS", "SDF", "US"): an acronym unless it is a country. */
  readonly acronym: boolean;
  readonly sentence: number;
}

// A word: a letter or digit, then letters, marks, digits, apostrophes and hyphens. The start is found
// by character code (ASCII) or one small test (others), the rest by one sticky class with one
// quantifier: linear, and no match arrays for the tens of thousands of words of an article.
const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_REST = /[\p{L}\p{M}\p{N}'-]*/uy;

function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** The end of the word that starts at `start`: ASCII by character code, the regex from the first other character. */
function wordEnd(text: string, start: number): number {
  let i = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) break;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === APOSTROPHE || c === HYPHEN)) return i;
  }
  if (i >= text.length) return i;
  WORD_REST.lastIndex = i;
  WORD_REST.test(text);
  return WORD_REST.lastIndex;
}
const TRAILING = /(?:'s|'|-)$/;
const APOSTROPHE = 39;
const HYPHEN = 45;
const S = 115;
/** Ends in "'", "-" or "'s": checked by character codes, the regex only when so. */
function hasTrailing(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === APOSTROPHE || last === HYPHEN || (last === S && text.charCodeAt(text.length - 2) === APOSTROPHE);
}
// Scraped headlines spell the apostrophe as an entity ("Dar&#8217;a"): the word goes on after it.
const APOSTROPHE_ENTITY = /&(?:#8217|#8216|#0?39|rsquo|lsquo|apos);(?=[\p{L}\p{N}])/uy;
const AMPERSAND = 38;
const ARTICLE_HYPHEN = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)-/;
// Case tests by comparison, not \p{Lu} classes: those cost milliseconds to compile on the first article.
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
/** ASCII letters by code (most words), others by comparison. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpper(text[0]);
}

/** A token; its lower case is computed when a cue check first needs it (most words are never looked at). */
class WordToken implements Token {
  private lowered: string | null = null;

  constructor(readonly start: number, readonly end: number, readonly text: string, readonly cap: boolean,
    readonly acronym: boolean, readonly sentence: number) {}

  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }
}
// A lower-case letter before two capitals, or a capital before a capitalised word of 3+ letters.
const GLUED = /[a-z](?=[A-Z]{2})|[A-Z](?=[A-Z][a-z]{2})/;
// A site's name glued to the story: "6abc.comPhiladelphia police said".
const GLUED_DOMAIN = /^(?:com|net|org|tv)(?=[A-Z])/;
const FULL_STOP = 46;
/** Index of the last letter of a glued domain ending ("com" of "comPhiladelphia"), or -1. */
const domainEnd = (text: string) => (GLUED_DOMAIN.exec(text)?.[0].length ?? 0) - 1;

const BREAKERS = new Set(cues.runBreakers);
const CONNECTORS = new Set(cues.connectors);
const MAX_RUN = 8;

export function tokenize(doc: Doc): Token[] {
  const tokens: Token[] = [];
  const sentences = doc.sentences;
  const all = doc.text;
  let s = 0;
  let i = 0;
  while (i < all.length) {
    if (!isWordStart(all, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = wordEnd(all, start);
    // The lookahead of APOSTROPHE_ENTITY guarantees a word start after the entity.
    while (all.charCodeAt(end) === AMPERSAND) {
      APOSTROPHE_ENTITY.lastIndex = end;
      if (!APOSTROPHE_ENTITY.test(all)) break;
      end = wordEnd(all, APOSTROPHE_ENTITY.lastIndex);
    }
    let text = all.slice(start, end);
    // Scraped pages glue a title to the text: "PittsburghPITTSBURGH", "WALAMobile". Cut there.
    const upper = startsUpper(text);
    const lastKept = upper ? (GLUED.exec(text)?.index ?? -1) : all.charCodeAt(start - 1) === FULL_STOP ? domainEnd(text) : -1;
    if (lastKept >= 0) {
      text = text.slice(0, lastKept + 1);
      end = start + text.length;
    }
    i = end;
    while (text.length > 1 && hasTrailing(text)) text = text.replace(TRAILING, '');
    while (s + 1 < sentences.length && start >= sentences[s].end) s++;
    const article = !upper && (text[2] === '-' || text[3] === '-') ? ARTICLE_HYPHEN.exec(text) : null;
    tokens.push(new WordToken(start, start + text.length, text,
      upper || (article !== null && isUpper(text[article[0].length])),
      upper && text.length >= 2 && text === text.toUpperCase(), s));
  }
  return tokens;
}

/** Words of one name are separated by a single space (hyphens are inside tokens; "Aleppo - Hama" is two names). */
function adjacent(text: string, a: Token, b: Token): boolean {
  return a.sentence === b.sentence && b.start - a.end === 1 && text[a.end] === ' ';
}

const startsRun = (t: Token) => t.cap && !t.acronym && !BREAKERS.has(t.lower);

/**
 * Runs of capitalised tokens ("Deir ez-Zor", "Abu Kamal"), as [first, end) token
 * indices. Lower-case particles join a run only between two capitalised words.
 */
export function capitalisedRuns(text: string, tokens: readonly Token[], from = 0): [number, number][] {
  const runs: [number, number][] = [];
  let i = from;
  while (i < tokens.length) {
    if (tokens[i].acronym) { runs.push([i, i + 1]); i++; continue; }
    if (!startsRun(tokens[i])) { i++; continue; }
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_RUN) {
      const next = tokens[end];
      if (!adjacent(text, tokens[end - 1], next)) break;
      if (startsRun(next)) { end++; continue; }
      const after = tokens[end + 1];
      if (!next.cap && CONNECTORS.has(next.lower) && after && startsRun(after) && adjacent(text, next, after)) {
        end += 2;
        continue;
      }
      break;
    }
    runs.push([i, end]);
    i = end;
  }
  return runs;
}
