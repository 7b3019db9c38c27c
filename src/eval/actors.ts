/**
 * When a gold actor name and a system actor name denote the same side.
 * Alias groups, collective names and the state-forces patterns are data in
 * actor-aliases.json; spelling variation is handled by names.ts.
 */
import aliases from './actor-aliases.json';
import { foldName, nameKeys } from './names';
import { countryCode, demonymCountry } from './countries';

const STATE_PREFIXES = aliases.stateForms.prefixes.map(foldName);
const DEMONYM_SUFFIXES = aliases.stateForms.demonymSuffixes.map(foldName);
const COVERS = aliases.covers as Record<string, string[]>;

let groupByKey: Map<string, string> | null = null;

function groupIndex(): Map<string, string> {
  if (groupByKey) return groupByKey;
  groupByKey = new Map();
  for (const [group, names] of Object.entries(aliases.groups)) {
    if (group.startsWith('_')) continue;
    for (const n of names as string[]) for (const k of nameKeys(n)) groupByKey.set(k, group);
  }
  return groupByKey;
}

/** "state:SY" for the state forces of a country, named either way. */
function stateKey(folded: string): string | null {
  for (const p of STATE_PREFIXES) {
    if (folded.startsWith(p + ' ')) {
      const code = countryCode(folded.slice(p.length + 1));
      if (code) return `state:${code}`;
    }
  }
  for (const s of DEMONYM_SUFFIXES) {
    if (folded.endsWith(' ' + s)) {
      const code = demonymCountry(folded.slice(0, -s.length - 1)) ?? countryCode(folded.slice(0, -s.length - 1));
      if (code) return `state:${code}`;
    }
  }
  return null;
}

/** The side a single actor name stands for: an alias group, a state, or the name itself. */
export function actorKey(name: string): string {
  const folded = foldName(name);
  const state = stateKey(folded);
  if (state) return state;
  const groups = groupIndex();
  for (const k of nameKeys(name)) {
    const g = groups.get(k);
    if (g) return `group:${g}`;
  }
  return `name:${folded}`;
}

function keysMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const covered = (outer: string, inner: string): boolean =>
    outer.startsWith('group:') && inner.startsWith('group:') && (COVERS[outer.slice(6)] ?? []).includes(inner.slice(6));
  return covered(a, b) || covered(b, a);
}

/**
 * Gold may list several actors on one side ("Ahrar al-Sham, HTS"): the system
 * name matches when it denotes any of them.
 */
export function actorsMatch(gold: string, system: string): boolean {
  const sys = actorKey(system);
  const sysNames = nameKeys(system);
  for (const part of gold.split(',')) {
    if (part.trim() === '') continue;
    if (keysMatch(actorKey(part), sys)) return true;
    for (const k of nameKeys(part)) if (sysNames.has(k)) return true;
  }
  return false;
}
