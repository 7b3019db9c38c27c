/**
 * Name normalisation for evaluation: gold files and our records spell the
 * same place or group differently (case, diacritics, "al-"/"el-", "the",
 * punctuation, transliteration). Rules are data in names.json.
 */
import rules from './names.json';

const ARTICLES = new Set(rules.articlePrefixes);
const LEADING_WORDS = new Set(rules.leadingWords);
const TRANSLITERATION = rules.transliteration as [string, string][];

/** Case, diacritics, apostrophes, punctuation, a leading "the", and dates in parentheses ("(2000-)"); other parenthesised words are kept as words. */
export function foldName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^()0-9]*[0-9][^()]*\)/g, ' ')
    .replace(/['\u2018\u2019\u02bb\u02bc\u02be\u02bf`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  while (words.length > 1 && LEADING_WORDS.has(words[0])) words.shift();
  return words.join(' ');
}

/** foldName without Arabic-style article prefixes written with a hyphen ("al-Bab" → "bab"). */
export function withoutArticles(name: string): string {
  const hyphenated = name.replace(/\b([A-Za-z]{2,3})[-\u2010\u2011](?=\S)/g, (m, p: string) =>
    ARTICLES.has(p.toLowerCase()) ? ' ' : m,
  );
  const words = foldName(hyphenated).split(' ');
  // "Al Bab": a spaced article as the first of several words.
  if (words.length > 1 && ARTICLES.has(words[0])) words.shift();
  return words.join(' ');
}

/** Loose spelling key: transliteration variants collapsed, doubled letters and spaces removed. */
export function spellingKey(folded: string): string {
  let key = folded.replace(/ /g, '');
  for (const [from, to] of TRANSLITERATION) key = key.split(from).join(to);
  return key.replace(/(.)\1+/g, '$1');
}

/** Short skeletons collide too easily ("Hama", "Homs"); only longer ones are keys. */
const MIN_SKELETON = 3;

/**
 * Consonant skeleton of a spelling key: transliterations disagree most on
 * vowels (Manbij, Menbej, Membij), so they are dropped, except a leading one.
 */
export function consonantKey(spelling: string): string {
  return spelling.slice(0, 1) + spelling.slice(1).replace(/[aeiu]/g, '');
}

/** All the keys a name may be known by; two names match when their key sets meet. */
export function nameKeys(name: string): Set<string> {
  const keys = new Set<string>();
  for (const folded of [foldName(name), withoutArticles(name)]) {
    if (folded === '') continue;
    const spelling = spellingKey(folded);
    keys.add(folded);
    keys.add(spelling);
    const skeleton = consonantKey(spelling);
    if (skeleton.length >= MIN_SKELETON + 1) keys.add(`~${skeleton}`);
  }
  return keys;
}

export function namesMatch(a: string, b: string): boolean {
  const keysA = nameKeys(a);
  for (const k of nameKeys(b)) if (keysA.has(k)) return true;
  return false;
}
