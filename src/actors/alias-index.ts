/**
 * The alias index: normalised alias -> candidates, plus every proper prefix of
 * an alias so the scan stops as soon as no alias can continue. Built once at
 * build time for the built-in entries (scripts/build-actors.ts writes its
 * packed form to dist/data/actors-index.json) and at start-up only for a
 * user's `--actors` entries, which are few.
 */
import type { ActorEntry } from './schema';
import type { GenericRule } from './generic-rules';
import { isCaseBound, tokenize } from './tokens';
import { demonyms, isCountryWord } from './countries';

export interface Candidate {
  /** The dictionary entry, or null for a generic wording. */
  entry: ActorEntry | null;
  generic: GenericRule | null;
  /** Per token, the spelling the text must use (acronyms), or null for any case. */
  caseTokens: (string | null)[] | null;
  acronym: boolean;
  /** ISO2 country the wording itself names ("Afghans"), over the article's country. */
  country: string | null;
  /** Matches only in articles about the entry's countries ("AFP" is a news agency elsewhere). */
  local: boolean;
}

/** What an alias adds: a candidate but for its case tokens; `country` and `local` when set. */
type CandidateSpec = Pick<Candidate, 'entry' | 'generic' | 'acronym'> & { country?: string; local?: boolean };

/** Every candidate with every field, in one order: one hidden class for all (see mention.ts). */
function candidateOf(spec: CandidateSpec, caseTokens: (string | null)[] | null): Candidate {
  return { entry: spec.entry, generic: spec.generic, caseTokens, acronym: spec.acronym, country: spec.country ?? null, local: spec.local ?? false };
}

/**
 * A node of the alias trie: the words read so far are an alias or a proper prefix of one. The scan
 * walks it one token at a time with the token's own normalised string: joining a key per token
 * and hashing it in a set (as before) was the stage's top cost.
 */
export interface AliasNode {
  /** Where the index keeps the candidates of the alias ending here, or -1 (a proper prefix only). */
  slot: number;
  /** The one next word and its node, when only one goes on (most nodes: a map each cost start-up time and memory). */
  onlyWord: string | null;
  only: AliasNode | null;
  /** Next word -> its node, when several go on. */
  next: Map<string, AliasNode> | null;
}

/** What the scan asks of an index. */
export interface AliasLookup {
  candidates(key: string): readonly Candidate[] | undefined;
  /** True for a full key or a proper prefix of one. */
  isPrefix(key: string): boolean;
  /** The node after reading word `norm` at `node` (at the start of an alias when null), or null: no alias goes on. */
  step(node: AliasNode | null, norm: string): AliasNode | null;
  /** Candidates of the alias that ends at `node`. */
  candidatesAt(node: AliasNode): readonly Candidate[] | undefined;
}

/** FNV-1a over the UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * A Bloom filter of the aliases' first words (64 Kbit, two bits per word). Most words of a text
 * start no alias, and in the full pipeline a lookup in the big root map mostly missed the CPU
 * caches (five times the cost it has in a loop over the actor stage alone); the filter, 8 KB,
 * turns nearly all of them away first.
 */
class FirstWordFilter {
  private readonly bits = new Int32Array(2048);

  add(word: string): void {
    const h = wordHash(word);
    this.set(h & 0xffff);
    this.set(h >>> 16);
  }

  mayHave(word: string): boolean {
    const h = wordHash(word);
    return this.has(h & 0xffff) && this.has(h >>> 16);
  }

  private set(bit: number): void {
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  private has(bit: number): boolean {
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** The words of every key and of its prefixes, as a trie. */
class AliasTrie {
  private readonly root = new Map<string, AliasNode>();
  private readonly firstWords = new FirstWordFilter();

  /** The node for `word` after `parent` (a first word when null), made when missing; `slot` is set when not -1. */
  child(parent: AliasNode | null, word: string, slot: number): AliasNode {
    const node = parent ? this.step(parent, word) : this.root.get(word) ?? null;
    if (!node) return this.attach(parent, word, slot);
    if (slot >= 0) node.slot = slot;
    return node;
  }

  /** A new node for `word` after `parent`, which has none yet. */
  attach(parent: AliasNode | null, word: string, slot: number): AliasNode {
    const node: AliasNode = { slot, onlyWord: null, only: null, next: null };
    if (!parent) {
      this.root.set(word, node);
      this.firstWords.add(word);
    } else if (!parent.onlyWord && !parent.next) {
      parent.onlyWord = word;
      parent.only = node;
    } else {
      if (!parent.next) {
        parent.next = new Map([[parent.onlyWord!, parent.only!]]);
        parent.onlyWord = null;
        parent.only = null;
      }
      parent.next.set(word, node);
    }
    return node;
  }

  step(node: AliasNode | null, norm: string): AliasNode | null {
    if (!node) return this.firstWords.mayHave(norm) ? this.root.get(norm) ?? null : null;
    if (node.onlyWord !== null) return node.onlyWord === norm ? node.only : null;
    return (node.next && node.next.get(norm)) ?? null;
  }

  /** The node of a key (normalised words joined by single spaces), or null. */
  nodeFor(key: string): AliasNode | null {
    let node: AliasNode | null = null;
    for (const word of key.split(' ')) {
      node = this.step(node, word);
      if (!node) return null;
    }
    return node;
  }
}

export class IndexBuilder implements AliasLookup {
  readonly index = new Map<string, Candidate[]>();
  readonly prefixes = new Set<string>();
  private readonly trie = new AliasTrie();
  /** The candidate lists by trie slot. */
  private readonly lists: Candidate[][] = [];

  /** Adds one alias; `seen` holds the keys (with case signature) this entry already has. */
  add(phrase: string, candidate: CandidateSpec, seen: Set<string>): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    const key = tokens.map((t) => t.norm).join(' ');
    const bound = tokens.map((t) => (candidate.acronym || isCaseBound(t.raw) ? t.raw : null));
    const caseTokens = bound.some((b) => b !== null) ? bound : null;
    const signature = caseTokens ? `${key}|${caseTokens.join(' ')}` : key;
    if (seen.has(signature)) return;
    seen.add(signature);
    const list = this.index.get(key);
    if (list) {
      list.push(candidateOf(candidate, caseTokens));
      return;
    }
    const created = [candidateOf(candidate, caseTokens)];
    this.index.set(key, created);
    this.lists.push(created);
    let prefix = '';
    let node: AliasNode | null = null;
    for (let k = 0; k < tokens.length; k++) {
      const word = tokens[k]!.norm;
      prefix = prefix ? `${prefix} ${word}` : word;
      this.prefixes.add(prefix);
      node = this.trie.child(node, word, k === tokens.length - 1 ? this.lists.length - 1 : -1);
    }
  }

  addEntry(entry: ActorEntry): void {
    const seen = new Set<string>();
    for (const alias of [entry.name, ...entry.aliases]) this.add(alias, { entry, generic: null, acronym: false }, seen);
    for (const acronym of entry.acronyms) this.add(acronym, { entry, generic: null, acronym: true }, seen);
    for (const acronym of entry.local_acronyms ?? []) this.add(acronym, { entry, generic: null, acronym: true, local: true }, seen);
  }

  /** Generic wordings after the named entries: a named entry with the same words is listed first. */
  addGenericRules(rules: readonly GenericRule[]): void {
    for (const rule of rules) {
      const seen = new Set<string>();
      for (const word of rule.words) this.add(word, { entry: null, generic: rule, acronym: false }, seen);
      if (!rule.demonymPlurals) continue;
      for (const [country, demonym] of demonyms()) {
        // "Afghans", "Iraqis"; demonyms in -ese or -s are their own plural and too often adjectives;
        // "Philippines" is a country, not its people.
        if (/(?:s|sh|ese|ch)$/.test(demonym) || isCountryWord(`${demonym}s`.toLowerCase())) continue;
        this.add(`${demonym}s`, { entry: null, generic: rule, acronym: false, country }, seen);
      }
    }
  }

  candidates(key: string): readonly Candidate[] | undefined {
    return this.index.get(key);
  }

  isPrefix(key: string): boolean {
    return this.prefixes.has(key);
  }

  step(node: AliasNode | null, norm: string): AliasNode | null {
    return this.trie.step(node, norm);
  }

  candidatesAt(node: AliasNode): readonly Candidate[] | undefined {
    return node.slot >= 0 ? this.lists[node.slot] : undefined;
  }
}

/**
 * A candidate as stored: [entry index or -1, generic rule index or -1,
 * case tokens or 0, acronym 0/1, own country or 0, local 0/1].
 */
type PackedCandidate = [number, number, (string | null)[] | 0, 0 | 1, string | 0, 0 | 1];

/**
 * The JSON form of the built-in index, shaped for a fast JSON.parse and a trie built without
 * hashing whole keys: every key (every alias and every prefix of one) as its last word, in one
 * newline-joined string, with the index of the key it extends in `parents` (-1 for a first word;
 * always an earlier key); per key in `values`, -1 (only a prefix of longer keys), an entry index
 * (the common case: one plain alias of one entry), or the list of packed candidates. Entries keep
 * no aliases: the index holds them.
 */
export interface PackedIndex {
  version: 3;
  entries: ActorEntry[];
  words: string;
  parents: number[];
  values: (number | PackedCandidate[])[];
}

function packCandidate(c: Candidate, entryIndex: ReadonlyMap<ActorEntry, number>, ruleIndex: ReadonlyMap<GenericRule, number>): PackedCandidate {
  return [c.entry ? entryIndex.get(c.entry)! : -1, c.generic ? ruleIndex.get(c.generic)! : -1, c.caseTokens ?? 0, c.acronym ? 1 : 0, c.country ?? 0, c.local ? 1 : 0];
}

export function packIndex(builder: IndexBuilder, entries: readonly ActorEntry[], rules: readonly GenericRule[]): PackedIndex {
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const ruleIndex = new Map(rules.map((r, i) => [r, i]));
  // Every prefix was added before the keys that extend it (IndexBuilder.add), so parents come first.
  const keys = [...builder.prefixes];
  const position = new Map(keys.map((key, i) => [key, i]));
  const parents = keys.map((key) => {
    const cut = key.lastIndexOf(' ');
    return cut < 0 ? -1 : position.get(key.slice(0, cut))!;
  });
  const values = keys.map((key) => {
    const list = builder.index.get(key);
    if (!list) return -1;
    const packed = list.map((c) => packCandidate(c, entryIndex, ruleIndex));
    const [only] = packed;
    const plain = packed.length === 1 && only![1] === -1 && only![2] === 0 && only![3] === 0 && only![4] === 0 && only![5] === 0;
    return plain ? only![0] : packed;
  });
  const words = keys.map((key) => key.slice(key.lastIndexOf(' ') + 1)).join('\n');
  return { version: 3, entries: entries.map((e) => ({ ...e, aliases: [], acronyms: [], local_acronyms: undefined })), words, parents, values };
}

/** Every field of an entry in the schema's order, unset ones too (the JSON leaves them out): one hidden class for all entries. */
function uniformEntry(e: ActorEntry): ActorEntry {
  return {
    name: e.name, type: e.type, aliases: e.aliases, acronyms: e.acronyms, local_acronyms: e.local_acronyms,
    countries: e.countries, local: e.local, valid_from: e.valid_from, valid_to: e.valid_to,
  };
}

/** Lookups on the parsed JSON; a candidate list is decoded the first time a text needs it. */
export class PackedLookup implements AliasLookup {
  readonly entries: readonly ActorEntry[];
  private readonly trie = new AliasTrie();
  private readonly decoded: (Candidate[] | undefined)[] = [];

  constructor(private readonly packed: PackedIndex, private readonly rules: readonly GenericRule[]) {
    this.entries = packed.entries.map(uniformEntry);
    const words = packed.words.split('\n');
    const nodes: AliasNode[] = [];
    for (let i = 0; i < words.length; i++) {
      const parent = packed.parents[i]!;
      // Keys are unique: each is a new node.
      nodes.push(this.trie.attach(parent < 0 ? null : nodes[parent]!, words[i]!, i));
    }
  }

  isPrefix(key: string): boolean {
    return this.trie.nodeFor(key) !== null;
  }

  step(node: AliasNode | null, norm: string): AliasNode | null {
    return this.trie.step(node, norm);
  }

  candidates(key: string): readonly Candidate[] | undefined {
    const node = this.trie.nodeFor(key);
    return node ? this.candidatesAt(node) : undefined;
  }

  candidatesAt(node: AliasNode): readonly Candidate[] | undefined {
    const slot = node.slot;
    if (slot < 0) return undefined;
    const value = this.packed.values[slot]!;
    if (value === -1) return undefined;
    const known = this.decoded[slot];
    if (known) return known;
    // Built by push alone: a list from map() is holey, another hidden class for the code that reads it.
    const list: Candidate[] = [];
    if (typeof value === 'number') list.push(this.decode([value, -1, 0, 0, 0, 0]));
    else for (const c of value) list.push(this.decode(c));
    this.decoded[slot] = list;
    return list;
  }

  private decode([e, g, caseTokens, acronym, country, local]: PackedCandidate): Candidate {
    const entry = e >= 0 ? this.entries[e]! : null;
    const generic = g >= 0 ? this.rules[g]! : null;
    return candidateOf({ entry, generic, acronym: acronym === 1, country: country === 0 ? undefined : country, local: local === 1 }, caseTokens === 0 ? null : caseTokens);
  }
}
