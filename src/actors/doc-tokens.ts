/**
 * The document's tokens, made once per document: the actor scan tokenises the whole text, and
 * role reading takes each sentence's tokens from it instead of tokenising the sentence again
 * (it did for every incident, and that was a third of the stage's tokenising).
 */
import type { Doc } from '../pipeline/doc';
import { firstTokenAfter, tokenize, type Token } from './tokens';

/**
 * The last document's: a document is read by all stages before the next one starts. (A WeakMap
 * by document cost more in garbage collection than the tokenising it saved.)
 */
let last: { doc: Doc; text: string; toks: Token[] } | null = null;

export function documentTokens(doc: Doc): Token[] {
  if (last && last.doc === doc && last.text === doc.text) return last.toks;
  const toks = tokenize(doc.text);
  last = { doc, text: doc.text, toks };
  return toks;
}

/** The tokens of `tokenize(doc.text, start, end)`, taken from the document's. */
export function tokensBetween(doc: Doc, start: number, end: number): Token[] {
  const toks = documentTokens(doc);
  const from = firstTokenAfter(toks, start);
  // A range that starts inside a word: the word's tail is a token of the range only.
  if (from < toks.length && toks[from]!.start < start) return tokenize(doc.text, start, end);
  let to = from;
  while (to < toks.length && toks[to]!.start < end) to++;
  return toks.slice(from, to);
}
