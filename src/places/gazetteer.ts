/**
 * The gazetteer a process loads once: the prepared index (cities, divisions
 * and conflict villages, binary-searched in place) and a keyed map for a
 * user's entries. Before any build, the map holds the committed tables too.
 */
import { GazetteerIndex } from './key-index';
import { boundedMemo } from '../util/bounded-memo';
import { skeletonKey } from './place-key';
import { countryByDemonymKey, countryByKey, countryTable, type CountryInfo, type CountryTable } from './countries';
import { divisionEntries, conflictEntries, type KeyedEntry, type PlaceEntry } from './entries';

// Distinct names of a few hundred articles; each entry a key and a short array.
const MEMO_LIMIT = 20_000;

export class Gazetteer {
  private readonly keyed = new Map<string, PlaceEntry[]>();
  private readonly skeletons = new Map<string, PlaceEntry[]>();
  /** Parsed index records of recent lookups: names repeat within and across articles. */
  private readonly indexed = boundedMemo(MEMO_LIMIT, (key) => this.index?.lookup(key) ?? []);
  private readonly indexedSkeleton = boundedMemo(MEMO_LIMIT, (key) => this.index?.lookupSkeleton(key) ?? []);
  readonly countries: CountryTable = countryTable();

  constructor(private readonly index: GazetteerIndex | null, extra: readonly KeyedEntry[]) {
    if (!index) {
      this.addAll(divisionEntries().entries);
      this.addAll(conflictEntries());
    }
    this.addAll(extra);
  }

  private addAll(entries: readonly KeyedEntry[]): void {
    const add = (map: Map<string, PlaceEntry[]>, key: string, entry: PlaceEntry) => {
      const list = map.get(key);
      if (!list) map.set(key, [entry]);
      else if (list[list.length - 1] !== entry) list.push(entry);
    };
    for (const { keys, entry } of entries) {
      for (const key of keys) {
        add(this.keyed, key, entry);
        const skeleton = skeletonKey(key);
        if (skeleton) add(this.skeletons, skeleton, entry);
      }
    }
  }

  /** Number of keys held in memory (user entries; the committed tables before a build). */
  get size(): number {
    return this.keyed.size;
  }

  /** False before `npm run build`: only divisions and conflict villages are known then. */
  get hasIndex(): boolean {
    return this.index !== null;
  }

  /** Every place spelled `key` (see place-key.ts), countries excluded (see `country`). Do not mutate. */
  lookup(key: string): readonly PlaceEntry[] {
    const own = this.keyed.get(key) ?? [];
    if (!this.index) return own;
    const indexed = this.indexed(key);
    return own.length === 0 ? indexed : [...own, ...indexed];
  }

  /** Places whose names have the same consonants (see skeletonKey); for last-chance matches only. */
  lookupSkeleton(skeleton: string): PlaceEntry[] {
    const own = this.skeletons.get(skeleton) ?? [];
    return this.index ? [...own, ...this.indexedSkeleton(skeleton)] : own;
  }

  country(key: string): CountryInfo | null {
    return countryByKey(key);
  }

  demonym(key: string): CountryInfo | null {
    return countryByDemonymKey(key);
  }
}
