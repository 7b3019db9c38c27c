/**
 * The other names an actor name is known by, for scoring: the parts of a
 * bracketed name, the name without a trailing generic noun, and acronyms
 * against initials. Word lists are data in actor-names.json.
 */
import rules from './actor-names.json';
import { countryCode, demonymCountry } from './countries';
import { foldName } from './names';

const SKIP_WORDS = new Set(rules.acronymSkipWords.map((w) => w.toLowerCase()));
/** Folded, longest first: "ethnic militia" is dropped whole, not only "militia". */
const GENERIC_NOUNS = rules.genericNouns.map((n) => foldName(n)).sort((a, b) => b.length - a.length);

/** Fewer letters than this need every word of the expansion, none skipped ("IS" = "Islamic State", not "Islamic of State"). */
const MIN_LOOSE_ACRONYM = 3;
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * "National Liberation Army (ELN)" is also "National Liberation Army" and "ELN".
 * Country qualifiers are split off before (actors.ts), and a bracket with digits is a date range, not a name.
 */
export function alsoKnownAs(name: string): string[] {
  const m = /^([^()]*)\(([^()0-9]*)\)\s*$/.exec(name);
  if (!m || m[1].trim() === '' || m[2].trim() === '') return [name];
  return [name, m[1].trim(), m[2].trim()];
}

/** "Macawisley Militia" → "Macawisley"; null when no generic noun ends it or only a country or demonym would remain. */
export function withoutGenericNoun(name: string): string | null {
  const folded = foldName(name);
  for (const noun of GENERIC_NOUNS) {
    if (!folded.endsWith(' ' + noun)) continue;
    const rest = folded.slice(0, -noun.length - 1);
    return countryCode(rest) || demonymCountry(rest) ? null : rest;
  }
  return null;
}

/** An all-capitals name of 2–6 letters, lower-cased ("TTP" → "ttp"), or null. */
export function acronymOf(name: string): string | null {
  const trimmed = name.trim();
  return ACRONYM.test(trimmed) ? trimmed.toLowerCase() : null;
}

/**
 * What the initials of a name of several words may abbreviate to: the initials
 * of its significant words (skip words and lower-case hyphen parts such as the
 * "-i-" of "Tehrik-i-Taliban" left out) when there are at least
 * MIN_LOOSE_ACRONYM, and a two-letter one only from a name of exactly two words.
 */
export function initialsOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  let skipped = false;
  let initials = '';
  for (const word of words) {
    const parts = word.split(/[-\u2010\u2011]/);
    for (const part of parts) {
      const letters = part.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');
      const lowerHyphenPart = parts.length > 1 && /^[a-z]/.test(letters);
      if (letters === '' || SKIP_WORDS.has(letters.toLowerCase()) || lowerHyphenPart) {
        skipped = true;
        continue;
      }
      initials += letters[0].toLowerCase();
    }
  }
  if (initials.length >= MIN_LOOSE_ACRONYM) return initials;
  return initials.length === 2 && !skipped ? initials : null;
}
