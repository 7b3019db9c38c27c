/**
 * The actor dictionary: built-in entries (hand-kept groups.json, generated
 * state-forces.json) plus user entries. The built-in alias index is prepared
 * at build time (dist/data/actors-index.json, validated there with zod), so a
 * start only parses that file; user entries are validated and indexed here,
 * and consulted before the built-in index.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validateActorEntries, type ActorEntry } from './schema';
import { IndexBuilder, PackedLookup, packIndex, type AliasLookup, type AliasNode, type Candidate, type PackedIndex } from './alias-index';
import { GENERIC_RULES } from './generic-rules';
import { generatedDataPath, packageRoot } from '../util/paths';

export type { Candidate } from './alias-index';
export { GENERIC_RULES, type GenericRule } from './generic-rules';

export interface ActorDictionary extends AliasLookup {
  readonly size: number;
  readonly entries: readonly ActorEntry[];
  /** Entries by canonical name without a period suffix: "Military Forces of Syria" -> its regimes. */
  readonly byBaseName: ReadonlyMap<string, readonly ActorEntry[]>;
}

/** "Military Forces of Syria (2000-2024)" -> "Military Forces of Syria". */
export function baseName(name: string): string {
  return name.replace(/ \(\d{4}-(?:\d{4})?\)$/, '');
}

export const ACTORS_INDEX_FILE = 'actors-index.json';
/** The committed tables the index is built from (src/actors/data/). */
const SOURCE_FILES = ['groups.json', 'state-forces.json', 'generic.json', 'countries.json'];

/** Builds the packed built-in index from the committed tables, validating every entry (build time, or a stale dist/). */
export function buildBuiltInIndex(): PackedIndex {
  /* eslint-disable @typescript-eslint/no-require-imports -- required only when the prepared index is missing */
  const entries = [
    ...validateActorEntries(require('./data/groups.json'), 'src/actors/data/groups.json'),
    ...validateActorEntries(require('./data/state-forces.json'), 'src/actors/data/state-forces.json'),
  ];
  /* eslint-enable @typescript-eslint/no-require-imports */
  const builder = new IndexBuilder();
  for (const e of entries) builder.addEntry(e);
  builder.addGenericRules(GENERIC_RULES);
  return packIndex(builder, entries, GENERIC_RULES);
}

function mtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * The prepared file, unless a committed table under src/ is newer (edited since the last build;
 * src/ is compared, not the copies tsc writes to dist/src/ on every compile).
 */
function readPreparedIndex(): PackedIndex | null {
  const file = generatedDataPath(ACTORS_INDEX_FILE);
  const built = mtime(file);
  if (built === null) return null;
  const tables = join(packageRoot(), 'src', 'actors', 'data');
  if (SOURCE_FILES.some((name) => (mtime(join(tables, name)) ?? 0) > built)) return null;
  const packed = JSON.parse(readFileSync(file, 'utf8')) as PackedIndex;
  return packed.version === 3 ? packed : null;
}

let builtIn: PackedLookup | null = null;

function builtInLookup(): PackedLookup {
  builtIn ??= new PackedLookup(readPreparedIndex() ?? buildBuiltInIndex(), GENERIC_RULES);
  return builtIn;
}

/** Built-in entries, in dictionary order. */
export function builtInEntries(): readonly ActorEntry[] {
  return builtInLookup().entries;
}

function byBaseNameOf(entries: readonly ActorEntry[]): Map<string, ActorEntry[]> {
  const out = new Map<string, ActorEntry[]>();
  for (const e of entries) {
    const list = out.get(baseName(e.name));
    if (list) list.push(e);
    else out.set(baseName(e.name), [e]);
  }
  return out;
}

/** A node of both tries at once (only with user entries): the built-in one and the user's. */
interface LayeredNode extends AliasNode {
  key: string;
  base: AliasNode | null;
  user: AliasNode | null;
}

/**
 * User entries over the built-in index: a key a user alias defines belongs to
 * the user entries alone, and a built-in entry a user entry replaces (same
 * canonical name) no longer matches.
 */
class LayeredDictionary implements ActorDictionary {
  readonly size: number;
  readonly entries: readonly ActorEntry[];
  readonly byBaseName: ReadonlyMap<string, readonly ActorEntry[]>;
  private readonly filtered = new Map<string, readonly Candidate[] | undefined>();

  constructor(private readonly user: IndexBuilder, private readonly base: PackedLookup, private readonly replaced: ReadonlySet<string>, userEntries: readonly ActorEntry[]) {
    this.entries = [...userEntries, ...base.entries.filter((e) => !replaced.has(e.name))];
    this.size = this.entries.length;
    this.byBaseName = byBaseNameOf(this.entries);
  }

  isPrefix(key: string): boolean {
    return this.base.isPrefix(key) || this.user.isPrefix(key);
  }

  step(node: AliasNode | null, norm: string): AliasNode | null {
    if (this.user.index.size === 0) return this.base.step(node, norm);
    const from = node as LayeredNode | null;
    const base = !from ? this.base.step(null, norm) : from.base && this.base.step(from.base, norm);
    const user = !from ? this.user.step(null, norm) : from.user && this.user.step(from.user, norm);
    if (!base && !user) return null;
    const layered: LayeredNode = { key: from ? `${from.key} ${norm}` : norm, slot: -1, onlyWord: null, only: null, next: null, base, user };
    return layered;
  }

  candidatesAt(node: AliasNode): readonly Candidate[] | undefined {
    return this.user.index.size === 0 ? this.base.candidatesAt(node) : this.candidates((node as LayeredNode).key);
  }

  candidates(key: string): readonly Candidate[] | undefined {
    if (this.user.index.size === 0) return this.base.candidates(key);
    const own = this.user.candidates(key);
    if (own) return own;
    if (this.replaced.size === 0) return this.base.candidates(key);
    if (!this.filtered.has(key)) {
      const kept = this.base.candidates(key)?.filter((c) => !c.entry || !this.replaced.has(c.entry.name));
      this.filtered.set(key, kept && kept.length > 0 ? kept : undefined);
    }
    return this.filtered.get(key);
  }
}

let defaultDictionary: ActorDictionary | null = null;

/**
 * The dictionary. `extra` is the parsed content of `--actors FILE.json`
 * (validated here with zod): a user entry replaces a built-in entry with the
 * same canonical name, and owns any alias it lists.
 */
export function loadActorDictionary(extra?: unknown): ActorDictionary {
  const base = builtInLookup();
  if (extra === undefined || extra === null) {
    defaultDictionary ??= new LayeredDictionary(new IndexBuilder(), base, new Set(), []);
    return defaultDictionary;
  }
  const user = validateActorEntries(extra, '--actors');
  const builder = new IndexBuilder();
  for (const e of user) builder.addEntry(e);
  return new LayeredDictionary(builder, base, new Set(user.map((e) => e.name)), user);
}
