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
  resolvable: boolean;
  /** Also read plural demonyms ("Palestinians") as this actor of that country. */
  demonymPlurals: boolean;
  words: string[];
  /** Article country -> the country whose forces the unnamed wording means there ("troops" in Gaza: Israel's). */
  countryOverrides: Record<string, string> | null;
  /** The rule id of the mentions it names: `actors.generic.<id>`. */
  mentionRule: string;
}

type GenericRuleData = Omit<GenericRule, 'resolvable' | 'demonymPlurals' | 'countryOverrides' | 'mentionRule'>
  & Partial<Pick<GenericRule, 'resolvable' | 'demonymPlurals'>> & { countryOverrides?: Record<string, string> };

/** Every rule with every field (the JSON leaves optional ones out): one hidden class for all of them. */
export const GENERIC_RULES: readonly GenericRule[] = (genericData.rules as GenericRuleData[]).map((r) => ({
  id: r.id,
  name: r.name,
  nameNoCountry: r.nameNoCountry,
  type: r.type,
  resolvable: r.resolvable ?? false,
  demonymPlurals: r.demonymPlurals ?? false,
  words: r.words,
  countryOverrides: r.countryOverrides ?? null,
  mentionRule: `actors.generic.${r.id}`,
}));

/** The rule with this id (a rule the code names must exist). */
export function genericRule(id: string): GenericRule {
  const rule = GENERIC_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`actors: no generic rule "${id}" in data/generic.json`);
  return rule;
}
