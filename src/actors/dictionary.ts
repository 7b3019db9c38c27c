/**
 * The actor dictionary: built-in entries (hand-kept groups.json, generated
 * state-forces.json) plus user entries, indexed once per process as a map
 * from normalised alias to candidates and a set of alias prefixes, so a
 * sentence is scanned by token n-grams, longest first, without one giant
 * alternation regex.
 */
import groupsData from './data/groups.json';
import stateForcesData from './data/state-forces.json';
import genericData from './data/generic.json';
import { validateActorEntries, type ActorEntry } from './schema';
import { isCaseBound, tokenize } from './tokens';
import { demonyms } from './countries';
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
}

export interface Candidate {
  /** The dictionary entry, or null for a generic wording. */
  entry: ActorEntry | null;
  generic: GenericRule | null;
  /** Per token, the spelling the text must use (acronyms), or null for any case. */
  caseTokens: (string | null)[] | null;
  acronym: boolean;
  /** ISO2 country the wording itself names ("Afghans"), over the article's country. */
  country?: string;
}

export interface ActorDictionary {
  readonly size: number;
  readonly entries: readonly ActorEntry[];
  readonly index: ReadonlyMap<string, readonly Candidate[]>;
  /** Every proper prefix and full key, so the scan stops as soon as no alias can continue. */
  readonly prefixes: ReadonlySet<string>;
  /** Entries by canonical name without a period suffix: "Military Forces of Syria" -> its regimes. */
  readonly byBaseName: ReadonlyMap<string, readonly ActorEntry[]>;
}

/** "Military Forces of Syria (2000-2024)" -> "Military Forces of Syria". */
export function baseName(name: string): string {
  return name.replace(/ \(\d{4}-(?:\d{4})?\)$/, '');
}

export const GENERIC_RULES: readonly GenericRule[] = genericData.rules as GenericRule[];

let builtIn: ActorEntry[] | null = null;

/** Built-in entries, validated once with the same schema as user files. */
export function builtInEntries(): ActorEntry[] {
  builtIn ??= [
    ...validateActorEntries(groupsData, 'src/actors/data/groups.json'),
    ...validateActorEntries(stateForcesData, 'src/actors/data/state-forces.json'),
  ];
  return builtIn;
}

class IndexBuilder {
  readonly index = new Map<string, Candidate[]>();
  readonly prefixes = new Set<string>();
  /** Keys a user entry defined: built-in candidates no longer apply there. */
  private readonly userKeys = new Set<string>();

  /** Adds one alias; `seen` holds the keys (with case signature) this entry already has. */
  add(phrase: string, candidate: Omit<Candidate, 'caseTokens'>, fromUser: boolean, seen: Set<string>): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = tokens.map((t) => t.norm).join(' ');
    if (!fromUser && this.userKeys.has(key)) return;
    if (fromUser) this.userKeys.add(key);
    const bound = tokens.map((t) => (candidate.acronym || isCaseBound(t.raw) ? t.raw : null));
    const caseTokens = bound.some((b) => b !== null) ? bound : null;
    const signature = caseTokens ? `${key}|${caseTokens.join(' ')}` : key;
    if (seen.has(signature)) return;
    seen.add(signature);
    const list = this.index.get(key);
    if (list) list.push({ ...candidate, caseTokens });
    else this.index.set(key, [{ ...candidate, caseTokens }]);
    let prefix = '';
    for (const t of tokens) {
      prefix = prefix ? `${prefix} ${t.norm}` : t.norm;
      this.prefixes.add(prefix);
    }
  }

  addEntry(entry: ActorEntry, fromUser: boolean): void {
    const seen = new Set<string>();
    for (const alias of [entry.name, ...entry.aliases]) this.add(alias, { entry, generic: null, acronym: false }, fromUser, seen);
    for (const acronym of entry.acronyms) this.add(acronym, { entry, generic: null, acronym: true }, fromUser, seen);
  }
}

/**
 * Builds the dictionary. `extra` is the parsed content of `--actors FILE.json`
 * (validated here too): a user entry replaces a built-in entry with the same
 * canonical name, and owns any alias it lists.
 */
export function loadActorDictionary(extra?: unknown): ActorDictionary {
  const user = extra === undefined || extra === null ? [] : validateActorEntries(extra, '--actors');
  const userNames = new Set(user.map((e) => e.name));
  const entries = [...user, ...builtInEntries().filter((e) => !userNames.has(e.name))];
  const builder = new IndexBuilder();
  for (const entry of user) builder.addEntry(entry, true);
  for (const entry of entries.slice(user.length)) builder.addEntry(entry, false);
  // Generic wordings come last: any named entry with the same words wins.
  for (const rule of GENERIC_RULES) {
    const seen = new Set<string>();
    for (const word of rule.words) builder.add(word, { entry: null, generic: rule, acronym: false }, false, seen);
    if (!rule.demonymPlurals) continue;
    for (const [country, demonym] of demonyms()) {
      // "Afghans", "Iraqis"; demonyms in -ese or -s are their own plural and too often adjectives.
      if (/(?:s|sh|ese|ch)$/.test(demonym)) continue;
      builder.add(`${demonym}s`, { entry: null, generic: rule, acronym: false, country }, false, seen);
    }
  }
  const byBaseName = new Map<string, ActorEntry[]>();
  for (const e of entries) {
    const list = byBaseName.get(baseName(e.name)) ?? [];
    list.push(e);
    byBaseName.set(baseName(e.name), list);
  }
  return { size: entries.length, entries, index: builder.index, prefixes: builder.prefixes, byBaseName };
}
