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

/** Letters and digits; modifier letters (ʻ ʼ) separate words like apostrophes do. */
const WORD = /[\p{Ll}\p{Lu}\p{Lt}\p{Lo}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
const POSSESSIVE = /['\u2019]/;

const ASCII = /^[\x00-\x7f]*$/;

export function normWord(raw: string): string {
  const plain = ASCII.test(raw) ? raw.toLowerCase() : raw.normalize('NFD').replace(MARKS, '').toLowerCase();
  return plain === 'el' ? 'al' : plain;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
    // The possessive "'s" is transparent: "regime's forces" reads as "regime forces".
    if (m[0] === 's' && m.index > 0 && POSSESSIVE.test(text[m.index - 1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], norm: normWord(m[0]) });
  }
  return out;
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
