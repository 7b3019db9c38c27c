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
const APOSTROPHE = 39;
const HYPHEN = 45;
const S = 115;
// Scraped headlines spell the apostrophe as an entity ("Dar&#8217;a"): the word goes on after it.
const APOSTROPHE_ENTITY = /&(?:#8217|#8216|#0?39|rsquo|lsquo|apos);(?=[\p{L}\p{N}])/uy;
const AMPERSAND = 38;
const ARTICLE_HYPHEN = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez)-/;
// Case tests by comparison, not \p{Lu} classes: those cost milliseconds to compile on the first article.
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
/** Whether the word at `at` starts with a capital: ASCII letters by code (most words), others by comparison. */
function startsUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiUpper(c);
  return isUpper(text[at]);
}

/**
 * A token. Its text and lower case are sliced from the article when first asked for: most words are
 * only looked at as the context of a name, or not at all.
 */
class WordToken implements Token {
  private lowered: string | null = null;

  constructor(private readonly source: string, readonly start: number, readonly end: number, readonly cap: boolean,
    readonly acronym: boolean, readonly sentence: number) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

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

/** How many ASCII capitals text[from, to) holds, up to `enough`. */
function capitalsIn(text: string, from: number, to: number, enough: number): number {
  let n = 0;
  for (let i = from; i < to && n < enough; i++) if (isAsciiUpper(text.charCodeAt(i))) n++;
  return n;
}

/** Whether the word text[from, to) is all capitals ("ISIS", "US", "AL-QAIDA"): by character code when ASCII. */
function allCapitals(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const word = text.slice(from, to);
      return word === word.toUpperCase();
    }
    if (isAsciiLower(c)) return false;
  }
  return true;
}

/** The end of a word without its trailing "'", "-" or "'s" (repeatedly, keeping one character at least). */
function withoutTrailing(text: string, start: number, end: number): number {
  let stop = end;
  while (stop - start > 1) {
    const last = text.charCodeAt(stop - 1);
    if (last === APOSTROPHE || last === HYPHEN) stop--;
    else if (last === S && text.charCodeAt(stop - 2) === APOSTROPHE) stop -= 2;
    else break;
  }
  return stop;
}

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
    // (Reads stay inside the text: a read past either end costs V8 a deoptimisation.)
    while (end < all.length && all.charCodeAt(end) === AMPERSAND) {
      APOSTROPHE_ENTITY.lastIndex = end;
      if (!APOSTROPHE_ENTITY.test(all)) break;
      end = wordEnd(all, APOSTROPHE_ENTITY.lastIndex);
    }
    // Scraped pages glue a title to the text: "PittsburghPITTSBURGH", "WALAMobile". Cut there. A glue
    // needs two capitals, so most words skip the regex.
    const upper = startsUpper(all, start);
    const lastKept = upper ? (capitalsIn(all, start, end, 2) < 2 ? -1 : (GLUED.exec(all.slice(start, end))?.index ?? -1))
      : start > 0 && all.charCodeAt(start - 1) === FULL_STOP ? domainEnd(all.slice(start, end)) : -1;
    if (lastKept >= 0) end = start + lastKept + 1;
    i = end;
    const stop = withoutTrailing(all, start, end);
    while (s + 1 < sentences.length && start >= sentences[s].end) s++;
    const hyphenated = !upper && ((start + 2 < stop && all.charCodeAt(start + 2) === HYPHEN) || (start + 3 < stop && all.charCodeAt(start + 3) === HYPHEN));
    const article = hyphenated ? ARTICLE_HYPHEN.exec(all.slice(start, stop)) : null;
    tokens.push(new WordToken(all, start, stop,
      upper || (article !== null && start + article[0].length < stop && isUpper(all[start + article[0].length])),
      upper && stop - start >= 2 && allCapitals(all, start, stop), s));
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
      const after = end + 1 < tokens.length ? tokens[end + 1] : undefined;
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
