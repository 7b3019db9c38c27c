/**
 * A word tokenizer with offsets, for the short sentences that pass the counts
 * prefilter. One linear regex; trailing punctuation is split off so that
 * "killed." and "5,000," end in a separate token, but abbreviations with an
 * inner dot ("p.m.", "U.S.") stay whole.
 */
export interface Token {
  text: string;
  /** Lower-cased text, the form every lexicon lookup uses. */
  lower: string;
  start: number;
  end: number;
}

// A figure glued to letters ("6abc.com", "21st") is a word, not a figure.
const TOKEN = /\d[\d,.]*(?![A-Za-z])|[A-Za-z0-9][A-Za-z0-9'.-]*|[^\s\w]/g;

const TRAILING = new Set([',', '.', "'", '-']);

function trimmedLength(word: string): number {
  let n = word.length;
  if (n === 1 || !TRAILING.has(word[n - 1])) return n;
  const keepDot = word.indexOf('.') < n - 1 && /[A-Za-z]/.test(word);
  while (n > 1 && /[,.'-]/.test(word[n - 1]) && !(keepDot && word[n - 1] === '.')) n--;
  return n;
}

/** Tokens of `text`, with offsets shifted by `offset` (the sentence start in the article). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // Once per sentence, not per token; per token only where case folding changes the length ("İ").
  const folded = text.toLowerCase();
  const lower = folded.length === text.length ? folded : null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const length = trimmedLength(m[0]);
    if (length < m[0].length) TOKEN.lastIndex = m.index + length;
    const end = m.index + length;
    tokens.push({ text: text.slice(m.index, end), lower: lower ? lower.slice(m.index, end) : text.slice(m.index, end).toLowerCase(), start: offset + m.index, end: offset + end });
  }
  return tokens;
}
