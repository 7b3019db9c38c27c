/**
 * One key per spelling family of a place name, so that the many romanisations
 * of the same Arabic (or other) name meet in one index entry: "al-Mawsil",
 * "Al Mawsil" and "Mawsil"; "Baghouz" and "Baghuz"; "Raqqa" and "Ar Raqqah".
 * The same function keys the gazetteer at build time and the article text at
 * run time, so any fold applied here is applied on both sides.
 */
import rules from './rules/transliteration.json';
import { boundedMemo } from '../util/bounded-memo';

const ARTICLES = new Set(rules.articles);
const WORD_FOLDS = new Map(Object.entries(rules.wordFolds));
const FOLDS = new Map(rules.vowelFolds.map(([from, to]) => [from, to] as const));
// The folds are fixed two-letter strings from the rules file, not user data.
const FOLD = new RegExp([...FOLDS.keys()].join('|'), 'g');
const LATE_FOLDS = new Map(rules.lateFolds.map(([from, to]) => [from, to] as const));
const LATE_FOLD = new RegExp([...LATE_FOLDS.keys()].join('|'), 'g');
const DOUBLED = /([a-z])\1+/g;
// Entities are fixed strings from the rules file; '&' and '#' are the only special characters in them.
const ENTITIES = new Map(Object.entries(rules.entities));
const ENTITY = new RegExp([...ENTITIES.keys()].join('|'), 'g');
const GLUED = rules.gluedArticle;
const MAX_KEY_LENGTH = 60;
// Article text repeats its names; keys are pure functions of the name, so a bounded memo is safe.
const MEMO_LIMIT = 20_000;
const memoisedKey = boundedMemo(MEMO_LIMIT, computeKey);

function foldWord(word: string): string {
  const w = word
    .replace(FOLD, (m) => FOLDS.get(m) ?? m)
    .replace(DOUBLED, '$1') // Raqqa = Raqa, Daraa = Dara (a whole run, so the key is idempotent)
    .replace(LATE_FOLD, (m) => LATE_FOLDS.get(m) ?? m) // after the collapse, so "iyy" is "i" at once
    .replace(DOUBLED, '$1');
  return w.length > 3 ? w.replace(/([aeiou])h$/, '$1') : w; // Raqqah = Raqqa
}

/** The article of "Ezzor", "Arraqqa" (a later word only: "Assad" may be a first name). */
function unglue(word: string): string {
  const glued = word.length >= GLUED.minLength && GLUED.vowels.includes(word[0]) &&
    GLUED.sunLetters.includes(word[1]) && word[2] === word[1];
  return glued ? word.slice(1) : word;
}

/** ASCII key: lowercase, no diacritics or apostrophes, articles dropped, spellings folded. */
export function placeKey(name: string): string {
  return memoisedKey(name);
}

function computeKey(name: string): string {
  // Most text is ASCII already: skip the Unicode decomposition then (it dominates the cost).
  const decoded = name.includes('&') ? name.replace(ENTITY, (m) => ENTITIES.get(m) ?? m) : name;
  const plain = /^[\x20-\x7e]*$/.test(decoded) ? decoded : decoded.normalize('NFD').replace(/\p{M}/gu, '');
  const ascii = plain
    .toLowerCase()
    .replace(/['`\u2018\u2019\u02BB\u02BC\u02BE\u02BF]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (ascii === '' || ascii.length > MAX_KEY_LENGTH) return '';
  const words = ascii.split(' ').map((w) => WORD_FOLDS.get(w) ?? w);
  const kept = words.filter((w) => !ARTICLES.has(w));
  return (kept.length > 0 ? kept : words).map((w, i) => foldWord(i > 0 ? unglue(w) : w)).join(' ');
}

const MIN_SKELETON = 4;

/**
 * The consonants of a key, for a last-chance match of romanisations that
 * differ in their vowels ("Menbej" / "Manbij", "Qameshly" / "Al Qamishli").
 * Too loose to use alone: callers accept it only for a named place with a
 * locative cue, in the article's own country. '' when too short to mean much.
 */
export function skeletonKey(key: string): string {
  const skeleton = key
    .replace(/kh/g, 'h') // Khan Yunis = Han Yunis (Turkish and Russian romanisations drop the k)
    .replace(/q/g, 'k')
    .replace(/[aeiouyw]/g, '')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/ +/g, ' ')
    .trim();
  return skeleton.replace(/ /g, '').length >= MIN_SKELETON ? skeleton : '';
}
