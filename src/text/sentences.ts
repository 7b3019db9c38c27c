/**
 * Sentence splitting by a linear scan for terminal punctuation and line
 * breaks. We measured compromise's tokenizer at about 1 MB/s on this machine,
 * only ten times its full tagger, which would spend the whole speed budget on
 * splitting; compromise is used later, only on the few sentences that carry a
 * conflict cue.
 */
import type { Sentence } from '../pipeline/doc';
import abbreviationData from './abbreviations.json';

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);

// A candidate boundary: a run of terminal punctuation with any closing quotes
// or brackets, or a run of line breaks; or a full stop that scraped or
// hand-typed text left without its space ("was wounded.The victim"), between a
// lower-case word and a capitalised word that ends at a space or comma (not
// "U.S.Embassy", "www.News.com"; "St.Louis" is an abbreviation, below).
const BOUNDARY = /[.!?]+["')\]]*(?=\s|$)|\n+|(?<=[a-z]{2})\.(?=[A-Z][a-z]*[\s,;:])/g;

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1) return true; // an initial: "J. Smith", "U. N."
  return ABBREVIATIONS.has(word);
}

function nextNonSpace(text: string, from: number): string {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n')) i++;
  return text[i] ?? '';
}

/** Splits `text` into sentences with offsets; blank-free trimmed spans. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  let paragraphHasSentence = false;
  const push = (end: number, breaksParagraph: boolean) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      sentences.push({ start: s, end: e, text: text.slice(s, e), index: sentences.length, paragraph });
      paragraphHasSentence = true;
    }
    if (breaksParagraph && paragraphHasSentence) {
      paragraph++;
      paragraphHasSentence = false;
    }
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '\n') {
      push(m.index, true);
      start = end;
      continue;
    }
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviationBefore(text, m.index)) {
      // "Gen. Smith" continues; "... in the U.S. The next day" is split only when a capital follows a known sentence-ending word,
      // which we cannot know: keep them together (a missed split costs less than a wrong one).
      continue;
    }
    const next = nextNonSpace(text, end);
    if (next && !/[A-Z0-9"'(\u00C0-\u024F#@\u2014-]/.test(next)) continue; // lower-case continuation: "approx. three"
    push(end, false);
    start = end;
  }
  push(text.length, false);
  return sentences;
}
