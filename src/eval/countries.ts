/**
 * Country names and demonyms → ISO2, from world-countries (a dev dependency:
 * evaluation is a development tool, not part of the extraction library) plus
 * the extra variants in countries.json.
 */
import worldCountries from 'world-countries';
import extra from './countries.json';
import { foldName } from './names';

interface CountryIndex {
  byName: Map<string, string>;
  byDemonym: Map<string, string>;
}

let index: CountryIndex | null = null;

function buildIndex(): CountryIndex {
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  for (const c of worldCountries) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) byName.set(foldName(n), c.cca2);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) if (d) byDemonym.set(foldName(d), c.cca2);
  }
  for (const [n, code] of Object.entries(extra.variants)) byName.set(foldName(n), code);
  return { byName, byDemonym };
}

/** ISO2 code of a country name in any common spelling, or null. */
export function countryCode(name: string | null | undefined): string | null {
  if (!name) return null;
  index ??= buildIndex();
  return index.byName.get(foldName(name)) ?? null;
}

/** ISO2 code of a demonym ("Syrian" → SY), or null. */
export function demonymCountry(word: string): string | null {
  index ??= buildIndex();
  return index.byDemonym.get(foldName(word)) ?? null;
}

/** Same country: by ISO2 code when both names are known, else by folded name. */
export function countriesMatch(gold: string, system: string): boolean {
  const a = countryCode(gold);
  const b = countryCode(system);
  if (a && b) return a === b;
  return foldName(gold) === foldName(system);
}
