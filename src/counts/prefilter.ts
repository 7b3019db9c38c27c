/**
 * The sentence prefilter: a sentence is tokenized only if it holds a whole
 * cue. One regular expression finds one word of every cue phrase (the rarest
 * we can tell: the longest that is not a common word, "dead" for "among the
 * dead", the suffix of "left 5 dead"). A cue that stands before its people
 * ("shooting two men", "claimed the lives of 12") is looked for by its first
 * word and counts only when the rest of it and then a figure, a determiner or
 * a name follow, which most uses of "shooting" or "claimed" lack.
 * Built once from our own tables, never from input.
 */
import cueData from './cues.json';
import scopeData from './scope.json';
import { COUNT_CATEGORIES } from '../schema/vocab';
import * as L from './lexicon';
import { mayStartQuantity } from './numbers';

const SKIPS = new Set(cueData.prefilterSkips);

/** The word of a cue phrase the prefilter looks for. */
function prefilterWord(phrase: string): string {
  const words = phrase.split(' ').filter((w) => /^[a-z]/.test(w));
  const rare = words.filter((w) => !SKIPS.has(w));
  return (rare.length > 0 ? rare : words).reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Each prefilter word: `any` when some cue with it may stand anywhere; else the
 * rest of each cue before people that starts with it ("shooting" [], "claimed"
 * ["the", "lives", "of"]), which must follow it, and then the people.
 */
interface WordUse { any: boolean; rests: string[][] }
const WORDS = new Map<string, WordUse>();
function use(word: string): WordUse {
  let u = WORDS.get(word);
  if (!u) WORDS.set(word, (u = { any: false, rests: [] }));
  return u;
}
for (const category of COUNT_CATEGORIES) {
  const k = L.CUES[category];
  for (const p of k.before) {
    const [first, ...rest] = p.split(' ');
    use(first).rests.push(rest);
  }
  for (const [, suffix] of k.circumfix) use(prefilterWord(suffix)).any = true; // the suffix is in the text, after the people
  for (const p of [...k.after, ...k.nouns, ...k.tolls]) use(prefilterWord(p)).any = true;
}
for (const p of Object.keys(scopeData.ambiguousNouns)) use(prefilterWord(p)).any = true;
for (const phrases of Object.values(cueData.fixed)) for (const p of Object.keys(phrases)) use(prefilterWord(p)).any = true;

// Longest first: "murder-suicide" before "murder", whose match would hide it.
const CUE_WORD = new RegExp(`\\b(?:${[...WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const NEXT_WORD = /\s*([A-Za-z0-9][A-Za-z0-9'-]*|,)/y;

/** Whether people can start at the word after `at`: a figure, a determiner, a name. */
function peopleFollow(text: string, at: number, rest: readonly string[]): boolean {
  NEXT_WORD.lastIndex = at;
  for (const word of rest) if (NEXT_WORD.exec(text)?.[1].toLowerCase() !== word) return false;
  const next = NEXT_WORD.exec(text)?.[1];
  if (!next) return false;
  const lower = next.toLowerCase();
  return next !== lower || mayStartQuantity({ text: next, lower, start: 0, end: 0 })
    || L.POSSESSIVES.has(lower) || L.DET_SKIPS.has(lower) || L.OBJECT_PRONOUNS.has(lower);
}

/** The cue word that lets the sentence through, or null: then it surely holds no count mention. */
export function cueWordIn(text: string): string | null {
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(text); m; m = CUE_WORD.exec(text)) {
    const word = WORDS.get(m[0].toLowerCase());
    const end = m.index + m[0].length;
    if (word && (word.any || word.rests.some((rest) => peopleFollow(text, end, rest)))) return m[0];
  }
  return null;
}

export const mayHaveCount = (text: string): boolean => cueWordIn(text) !== null;
