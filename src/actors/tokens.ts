/**
 * Word tokens with offsets, and the normal form under which aliases and text
 * are compared: lowercase, no diacritics, "el" read as "al". Hyphens and
 * apostrophes separate tokens on both sides, so "al-Shabaab", "Al Shabaab"
 * and "al‑Shabaab" all become `al shabaab`; a possessive 's is dropped.
 */

export interface Token {
  start: number;
  end: number;
  /** The word as written (case kept: acronyms are matched by case). */
  raw: string;
  norm: string;
}

/** Letters and digits; modifier letters (ʻ ʼ) separate words like apostrophes do. Tested on non-ASCII characters only. */
const WORD_CHAR = /[\p{Ll}\p{Lu}\p{Lt}\p{Lo}\p{N}\p{M}]/u;
const MARKS = /\p{M}/gu;
const POSSESSIVE = /['\u2019]/;

/** ASCII letters and digits by char code; everything else by WORD_CHAR. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const size = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + size)) ? size : 0;
}

function isAscii(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) > 127) return false;
  return true;
}

export function normWord(raw: string): string {
  const plain = isAscii(raw) ? raw.toLowerCase() : raw.normalize('NFD').replace(MARKS, '').toLowerCase();
  return plain === 'el' ? 'al' : plain;
}

/**
 * Words between offsets `from` and `to`: a hand-written scan (a Unicode-class regex over every
 * character was the stage's main cost) that also notes whether a word is plain lowercase ASCII,
 * so most words need no second pass to normalise.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const first = wordCharLength(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    const c0 = text.charCodeAt(i);
    let plain = (c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57);
    i += first;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        i++;
        continue;
      }
      const n = wordCharLength(text, i);
      if (n === 0) break;
      plain = false;
      i += n;
    }
    // The possessive "'s" is transparent: "regime's forces" reads as "regime forces".
    if (i - start === 1 && text[start] === 's' && start > 0 && POSSESSIVE.test(text[start - 1]!)) continue;
    const raw = text.slice(start, i);
    out.push({ start, end: i, raw, norm: plain && raw !== 'el' ? raw : normWord(raw) });
  }
  return out;
}

const UPPER_FIRST = /^\p{Lu}/u;

/** The word starts with a capital letter (ASCII by char code, the rest by Unicode class). */
export function startsUpper(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(raw);
}

/**
 * A small set of words asked about every token of a text: a word whose first letter and length no
 * member has is turned away before its string is hashed (hashing every token showed in profiles).
 */
export class WordSet {
  /** By first letter (its low 7 bits) and length (up to 63): 1 where a member has that shape. */
  private readonly shapes = new Uint8Array(128 * 64);
  private readonly words: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.shapes[shapeOf(w)] = 1;
  }

  has(word: string): boolean {
    return this.shapes[shapeOf(word)] === 1 && this.words.has(word);
  }
}

function shapeOf(word: string): number {
  return word.length === 0 ? 0 : (word.charCodeAt(0) & 127) * 64 + Math.min(word.length, 63);
}

/** The lookup key of a phrase: its normalised tokens joined by spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).map((t) => t.norm).join(' ');
}

/** An all-capitals token ("IS", "SDF", "M23") must be written that way in the text. */
export function isCaseBound(raw: string): boolean {
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/**
 * Whether text token `raw` satisfies case-bound alias token `bound`: exact, or
 * for acronyms of four letters or more also the house style "Isis", "Nato".
 */
export function caseMatches(bound: string, raw: string): boolean {
  if (raw === bound) return true;
  return bound.length >= 4 && raw.length === bound.length && raw[0] === bound[0] && raw.slice(1) === bound.slice(1).toLowerCase();
}

/**
 * The normal form of token k, or '' past either end: always a string, and no read past the end
 * of the array (either would deoptimise the reader).
 */
export function normAt(tokens: readonly Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k]!.norm : '';
}

/** Lower bound of the first token index whose end is after `offset` (tokens sorted by start). */
export function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words of one name are separated by spaces, hyphens, apostrophes or a possessive 's only. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return b.start - a.end <= 4 && /^(?:['\u2019]s)?[\s\-\u2010\u2011\u2013'\u2019.]*$/.test(text.slice(a.end, b.start));
}
