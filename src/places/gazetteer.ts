/**
 * The gazetteer a process loads once: the prepared index (cities, divisions
 * and conflict villages, binary-searched in place) and a keyed map for a
 * user's entries. Before any build, the map holds the committed tables too.
 */
import { SortedKeyIndex } from './key-index';
import { countryByDemonymKey, countryByKey, countryTable, type CountryInfo, type CountryTable } from './countries';
import { admin1Entries, conflictEntries, type KeyedEntry, type PlaceEntry } from './entries';

export class Gazetteer {
  private readonly keyed = new Map<string, PlaceEntry[]>();
  readonly countries: CountryTable = countryTable();

  constructor(private readonly index: SortedKeyIndex | null, extra: readonly KeyedEntry[]) {
    if (!index) {
      this.addAll(admin1Entries().entries);
      this.addAll(conflictEntries());
    }
    this.addAll(extra);
  }

  private addAll(entries: readonly KeyedEntry[]): void {
    for (const { keys, entry } of entries) {
      for (const key of keys) {
        const list = this.keyed.get(key);
        if (list) list.push(entry); else this.keyed.set(key, [entry]);
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

  /** Every place spelled `key` (see place-key.ts), countries excluded (see `country`). */
  lookup(key: string): PlaceEntry[] {
    const own = this.keyed.get(key) ?? [];
    if (!this.index) return own;
    const indexed = this.index.lookup(key);
    return own.length === 0 ? indexed : [...own, ...indexed];
  }

  country(key: string): CountryInfo | null {
    return countryByKey(key);
  }

  demonym(key: string): CountryInfo | null {
    return countryByDemonymKey(key);
  }
}
