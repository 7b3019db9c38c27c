/**
 * One key per spelling family of a place name, so that the many romanisations
 * of the same Arabic (or other) name meet in one index entry: "al-Mawsil",
 * "Al Mawsil" and "Mawsil"; "Baghouz" and "Baghuz"; "Raqqa" and "Ar Raqqah".
 * The same function keys the gazetteer at build time and the article text at
 * run time, so any fold applied here is applied on both sides.
 */
import rules from './rules/transliteration.json';

const ARTICLES = new Set(rules.articles);
const FOLDS = rules.vowelFolds.map(([from, to]) => [new RegExp(from, 'g'), to] as const);
const MAX_KEY_LENGTH = 60;

function foldWord(word: string): string {
  let w = word;
  for (const [from, to] of FOLDS) w = w.replace(from, to);
  w = w.replace(/([a-z])\1/g, '$1'); // Raqqa = Raqa, Daraa = Dara
  if (w.length > 3) w = w.replace(/([aeiou])h$/, '$1'); // Raqqah = Raqqa
  return w;
}

/** ASCII key: lowercase, no diacritics or apostrophes, articles dropped, spellings folded. */
export function placeKey(name: string): string {
  // Most text is ASCII already: skip the Unicode decomposition then (it dominates the cost).
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  const ascii = plain
    .toLowerCase()
    .replace(/['`\u2018\u2019\u02BB\u02BC\u02BE\u02BF]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (ascii === '' || ascii.length > MAX_KEY_LENGTH) return '';
  const words = ascii.split(' ');
  const kept = words.filter((w) => !ARTICLES.has(w));
  return (kept.length > 0 ? kept : words).map(foldWord).join(' ');
}
