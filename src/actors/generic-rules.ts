/** The generic wordings of data/generic.json ("gunmen", "troops", "civilians") as typed rules. */
import genericData from './data/generic.json';
import type { ActorType } from '../schema/vocab';

export interface GenericRule {
  id: string;
  /** With a {country} slot. */
  name: string;
  nameNoCountry: string;
  type: ActorType;
  /** Unnamed armed actors that may stand for the article's dominant named group. */
  resolvable?: boolean;
  /** Also read plural demonyms ("Palestinians") as this actor of that country. */
  demonymPlurals?: boolean;
  words: string[];
  /** Article country -> the country whose forces the unnamed wording means there ("troops" in Gaza: Israel's). */
  countryOverrides?: Record<string, string>;
}

export const GENERIC_RULES: readonly GenericRule[] = genericData.rules as GenericRule[];
