/**
 * When a gold actor name and a system actor name denote the same side.
 * Alias groups, collective names and the state-forces patterns are data in
 * actor-aliases.json; spelling variation is handled by names.ts, other names
 * (bracketed parts, acronyms, generic nouns) by actor-names.ts.
 */
import aliases from './actor-aliases.json';
import { foldName, nameKeys } from './names';
import { countryCode, demonymCountry } from './countries';
import { acronymOf, alsoKnownAs, initialsOf, withoutGenericNoun } from './actor-names';

type Branch = 'any' | 'military' | 'police';

function foldedTable(table: Record<string, string>): [string, Branch][] {
  return Object.entries(table)
    .filter(([k]) => !k.startsWith('_'))
    .map(([k, v]) => [foldName(k), v as Branch] as [string, Branch])
    .sort((a, b) => b[0].length - a[0].length); // longest first: "government forces of" before "forces of"
}

const STATE_PREFIXES = foldedTable(aliases.stateForms.prefixes);
const DEMONYM_SUFFIXES = foldedTable(aliases.stateForms.demonymSuffixes);
const COVERS = aliases.covers as Record<string, string[]>;

let groupByKey: Map<string, string> | null = null;

function groupIndex(): Map<string, string> {
  if (groupByKey) return groupByKey;
  groupByKey = new Map();
  for (const [group, names] of Object.entries(aliases.groups)) {
    for (const n of names) for (const k of nameKeys(n)) groupByKey.set(k, group);
  }
  return groupByKey;
}

interface State {
  country: string;
  branch: Branch;
}

/** "Government of Syria", "Military Forces of Syria", "Syrian army": the state forces of a country. */
function stateOf(folded: string): State | null {
  for (const [prefix, branch] of STATE_PREFIXES) {
    if (!folded.startsWith(prefix + ' ')) continue;
    const country = countryCode(folded.slice(prefix.length + 1));
    if (country) return { country, branch };
  }
  for (const [suffix, branch] of DEMONYM_SUFFIXES) {
    if (!folded.endsWith(' ' + suffix)) continue;
    const head = folded.slice(0, -suffix.length - 1);
    const country = demonymCountry(head) ?? countryCode(head);
    if (country) return { country, branch };
  }
  return null;
}

/** ACLED's "Protesters (Kenya)": the name and the country in parentheses, when it is one. */
function splitQualifier(name: string): { base: string; country: string | null } {
  const m = /^([^()]*)\(([^()]*)\)\s*$/.exec(name);
  const country = m ? countryCode(m[2]) : null;
  return country && m ? { base: m[1].trim(), country } : { base: name, country: null };
}

interface Side {
  state: State | null;
  group: string | null;
  keys: Set<string>;
  /** Acronyms the side is known by ("ttp"). */
  acronyms: string[];
  /** What its names of several words abbreviate to (actor-names.ts initialsOf). */
  initials: string[];
  country: string | null;
}

/** The side a name stands for: a state branch, an alias group, or the keys of the names it is known by. */
function sideOf(name: string): Side {
  // A qualified name may itself be an alias ("Opposition Rebels (Syria)"); then the qualifier is part of it.
  const whole = groupOf(nameKeys(name));
  if (whole) return { state: null, group: whole, keys: nameKeys(name), acronyms: [], initials: [], country: null };
  const { base, country } = splitQualifier(name);
  const names = alsoKnownAs(base);
  const keys = new Set<string>();
  for (const n of names) {
    for (const k of nameKeys(n)) keys.add(k);
    const shorter = withoutGenericNoun(n);
    if (shorter) for (const k of nameKeys(shorter)) keys.add(k);
  }
  return {
    state: names.map((n) => stateOf(foldName(n))).find((s) => s !== null) ?? null,
    group: groupOf(keys),
    keys,
    acronyms: names.map(acronymOf).filter((a): a is string => a !== null),
    initials: names.map(initialsOf).filter((i): i is string => i !== null),
    country,
  };
}

function groupOf(keys: Set<string>): string | null {
  for (const k of keys) {
    const g = groupIndex().get(k);
    if (g) return g;
  }
  return null;
}

function covers(outer: string | null, inner: string | null): boolean {
  return outer !== null && inner !== null && (COVERS[outer] ?? []).includes(inner);
}

function abbreviates(a: Side, b: Side): boolean {
  return a.acronyms.some((x) => b.initials.includes(x));
}

function sidesMatch(a: Side, b: Side): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.state || b.state) {
    return Boolean(a.state && b.state && a.state.country === b.state.country &&
      (a.state.branch === b.state.branch || a.state.branch === 'any' || b.state.branch === 'any'));
  }
  // A shared name first: a bracketed or shortened name may fall in a group the other side's spelling does not.
  for (const k of a.keys) if (b.keys.has(k)) return true;
  if (a.group || b.group) return a.group === b.group || covers(a.group, b.group) || covers(b.group, a.group);
  return abbreviates(a, b) || abbreviates(b, a);
}

/**
 * Gold may list several actors on one side ("Ahrar al-Sham, HTS"): the system
 * name matches when it denotes any of them.
 */
export function actorsMatch(gold: string, system: string): boolean {
  const sys = sideOf(system);
  return gold.split(',').some((part) => part.trim() !== '' && sidesMatch(sideOf(part.trim()), sys));
}
