/**
 * "Lima, OH", "RENO, Nev.", "Harris County, Texas", "Arghandab district of
 * Kandahar": a division or country right after a name says which of the
 * same-named places is meant.
 */
import type { Gazetteer } from './gazetteer';
import { placeKey } from './place-key';
import abbreviations from './rules/admin1-abbreviations.json';

export interface RegionHint {
  country: string;
  /** placeKey of the division's name; null when the hint is a country. */
  admin1Key: string | null;
}

const ABBREVIATIONS = new Map<string, RegionHint>();
for (const [country, table] of Object.entries(abbreviations)) {
  if (country.startsWith('_')) continue;
  for (const [abbreviation, name] of Object.entries(table as Record<string, string>)) {
    ABBREVIATIONS.set(placeKey(abbreviation), { country, admin1Key: placeKey(name) });
  }
}

// Maybe a noun ("County", "district"), a comma, "of" or "in", then one or two capitalised words or an
// abbreviation: "Lima, OH", "Harris County, Texas", "the Arghandab district of Kandahar", "Salem in
// Tamil Nadu". Bounded, no nesting.
const AFTER_NAME = /^(?: [A-Za-z]{3,15})?(?:,| of| in) {1,2}([A-Z][A-Za-z.]{0,14}(?: [A-Z][a-z]{1,14})?)/;

/** The region named in `text` ("Nev.", "Delaware", "Syria"), as hints; [] when it names none. */
export function regionHints(g: Gazetteer, text: string): RegionHint[] {
  const key = placeKey(text.replace(/\s+(?:County|Province|Governorate|State|Region|District)$/, ''));
  if (key === '') return [];
  const country = g.country(key);
  if (country) return [{ country: country.code, admin1Key: null }];
  const abbreviation = ABBREVIATIONS.get(key);
  if (abbreviation) return [abbreviation];
  // Keyed by the division's own name, as towns' admin1 fields give it, not by the spelling in the text.
  return g.lookup(key).filter((e) => e.kind === 'admin1').map((e) => ({ country: e.countryCode, admin1Key: placeKey(e.admin1 ?? e.name) }));
}

// "El Aguaje in the western Mexican state of Michoacán", "Kawuri in the state of Borno": up to three words
// between "in the" and the division noun. Bounded, no nesting; Latin-1 letters for the division's name.
const IN_DIVISION_OF = /^ in (?:the )?(?:[A-Za-z]{3,15} ){0,3}(?:state|province|region|governorate|department) of ([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.]{0,14}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,14})?)/;

/** Hints from the words right after a name ending at `end`. */
export function hintsAfter(g: Gazetteer, text: string, end: number): RegionHint[] {
  const after = text.slice(end, end + 72);
  const m = AFTER_NAME.exec(after) ?? IN_DIVISION_OF.exec(after);
  return m ? regionHints(g, m[1]) : [];
}
