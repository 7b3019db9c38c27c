/**
 * Rules for generic wordings ("troops", "fighters", "civilians"): when they
 * are no actor ("military hospitals"), when they name a known group's members
 * ("fighters of the Islamic State", "their fighters"), and the name they take
 * in the article's country. Word lists are in data/generic.json.
 */
import type { ActorMention } from '../pipeline/doc';
import { baseName, type ActorDictionary } from './dictionary';
import { GENERIC_RULES, type GenericRule } from './generic-rules';
import type { ActorEntry } from './schema';
import { entryValidAt, mainCountry, type ActorContext } from './context';
import { countryName } from './countries';
import { longestAlias, type AliasMatch } from './match';
import { firstTokenAfter, WordSet, type Token } from './tokens';
import { renamed } from './mention';
import cues from './data/role-cues.json';
import genericData from './data/generic.json';

const notBefore = new Set(genericData.notBefore);
const notAfter = new Set(genericData.notAfter);

/**
 * "military hospitals", "army officials": a generic state-force word used as a
 * modifier; "its special forces": a named group's own men, not the state's.
 */
export function notAnActor(toks: readonly Token[], from: number, generic: AliasMatch): boolean {
  if (!generic.candidates.every((c) => c.generic?.type === 'state_forces')) return false;
  const next = toks[generic.to];
  const previous = toks[from - 1];
  return (!!next && notBefore.has(next.norm)) || (!!previous && notAfter.has(previous.norm));
}

const memberLinks = new Set(cues.memberLinks);

const STATE_RULES = GENERIC_RULES.filter((r) => r.type === 'state_forces');

/** "Military Forces of Syria (2000-2024)", "Police Forces of Haiti": a state's national forces. */
function nationalForce(e: ActorEntry): boolean {
  return e.type === 'state_forces' && STATE_RULES.some((r) => baseName(e.name) === genericActorName(r, e.countries[0] ?? null));
}

/** The named group after a member link at token `k` ("of the Islamic State", "from Boko Haram"), or null. */
function groupAfterLink(dict: ActorDictionary, text: string, toks: readonly Token[], k: number, limit: number): AliasMatch | null {
  if (k >= limit || !memberLinks.has(toks[k]!.norm)) return null;
  k++;
  if (k < limit && toks[k]!.norm === 'the') k++;
  if (k >= limit) return null;
  const group = longestAlias(dict, text, toks, k, limit);
  // A state's own forces have no "fighters of" (a paramilitary with a name of its own, the RSF, has).
  const named = group?.candidates.filter((c) => c.entry && c.entry.type !== 'civilians' && !nationalForce(c.entry));
  return group && named && named.length > 0 ? { to: group.to, candidates: named } : null;
}

/** An unnamed armed noun ("fighters", "rebels"; a wording named only in one country, as "rebels" in Syria, counts too). */
export function genericNoun(match: AliasMatch): boolean {
  return match.candidates.some((c) => c.generic?.resolvable) && match.candidates.every((c) => c.generic?.resolvable || c.entry?.local);
}

/** "fighters of the Islamic State", "militants from Boko Haram": the generic noun names the group's members. */
export function memberOf(dict: ActorDictionary, text: string, toks: readonly Token[], generic: AliasMatch, limit: number): AliasMatch | null {
  if (!genericNoun(generic)) return null;
  return groupAfterLink(dict, text, toks, generic.to, limit);
}

const memberNouns = new WordSet(cues.memberNouns);

/** "members of the 400 Mawozo gang": a member noun that names no actor by itself, before a named group. */
export function membersOf(dict: ActorDictionary, text: string, toks: readonly Token[], i: number, limit: number): AliasMatch | null {
  return memberNouns.has(toks[i]!.norm) ? groupAfterLink(dict, text, toks, i + 1, limit) : null;
}

/**
 * Names by template and country, made once: building the name for every mention (and then
 * hashing the new string to look its periods up) was among the stage's costliest lines.
 */
const namesByTemplate = new Map<string, Map<string, string>>();

/** A generic rule's name in a country ("Civilians (Mali)"), or its name without one. */
export function genericActorName(rule: Pick<GenericRule, 'name' | 'nameNoCountry'>, iso2: string | null): string {
  if (!iso2) return rule.nameNoCountry;
  let byCountry = namesByTemplate.get(rule.name);
  if (!byCountry) namesByTemplate.set(rule.name, (byCountry = new Map()));
  let name = byCountry.get(iso2);
  if (name === undefined) {
    const country = countryName(iso2);
    if (!country) return rule.nameNoCountry;
    name = rule.name.replace('{country}', country);
    byCountry.set(iso2, name);
  }
  return name;
}

/** "Military Forces of {country}" in the article's country, with the dictionary's period where it has one. */
export function genericName(dict: ActorDictionary, template: string, noCountry: string, ctx: ActorContext): string {
  const name = genericActorName({ name: template, nameNoCountry: noCountry }, mainCountry(ctx));
  if (name === noCountry) return noCountry;
  const periods = dict.byBaseName.get(name) ?? [];
  return (periods.find((e) => entryValidAt(e, ctx.date)) ?? periods[0])?.name ?? name;
}

const possessives = new Set(genericData.possessives);
const unidentified = new Set(genericData.unidentified);

/** An unnamed armed wording that may stand for a named group: "militants", not "unidentified gunmen" or "unknown attackers". */
export function resolvable(text: string, m: ActorMention): boolean {
  const previous = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1] ?? '';
  return m.rule === 'actors.generic.armed' && ![m.text.split(/\s/, 1)[0]!, previous].some((w) => unidentified.has(w.toLowerCase()));
}

/** "al-Qaeda's affiliate", "the Taliban's rivals": a possessive name modifies another noun, it is not the one meant. */
export function possessiveModifier(text: string, m: ActorMention): boolean {
  return /^['\u2019]s?\s/.test(text.slice(m.end, m.end + 3));
}
/** Actor types of armed groups that are not a state's forces. */
export const NON_STATE_ARMED: ReadonlySet<string> = new Set(['rebel_group', 'political_militia', 'identity_militia']);

/** "The Taliban said their fighters ...": an unnamed armed noun after "its/their" belongs to the group named before it. */
export function resolvePossessives(text: string, toks: readonly Token[], mentions: ActorMention[]): void {
  mentions.forEach((m, k) => {
    if (m.rule !== 'actors.generic.armed') return;
    const previous = toks[firstTokenAfter(toks, m.start) - 1];
    if (!previous || !possessives.has(previous.norm)) return;
    const owner = mentions.slice(0, k).reverse().find((o) => o.sentence === m.sentence && o.known && !o.generic && NON_STATE_ARMED.has(o.type) && !possessiveModifier(text, o));
    if (owner) mentions[k] = renamed(m, { name: owner.name, type: owner.type, known: m.known, country: owner.country, generic: false, rule: 'actors.generic.armed.possessive' });
  });
}
