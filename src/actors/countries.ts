/**
 * Country names for generic actors ("Civilians (Syria)"), from the committed
 * table that scripts/build-actors.ts generates from world-countries.
 */
import table from './data/countries.json';

const byCode = table as Record<string, string[]>;

/** Short English name of an ISO2 country ("SY" -> "Syria"), or null. */
export function countryName(iso2: string | null | undefined): string | null {
  return (iso2 && byCode[iso2.toUpperCase()]?.[0]) || null;
}

let adjectives: Set<string> | null = null;

/** Normalised single-word country names and demonyms ("syrian", "iraq"): not group names by themselves. */
export function isCountryWord(norm: string): boolean {
  if (!adjectives) {
    adjectives = new Set();
    for (const words of Object.values(byCode)) for (const w of words) if (!w.includes(' ')) adjectives.add(w.toLowerCase());
  }
  return adjectives.has(norm);
}

/** [ISO2, demonym] for every single-word demonym ("SY", "Syrian"). */
export function demonyms(): [string, string][] {
  const out: [string, string][] = [];
  for (const [code, words] of Object.entries(byCode)) {
    for (const w of words.slice(1)) if (!w.includes(' ') && w !== w.toUpperCase()) out.push([code, w]);
  }
  return out;
}
