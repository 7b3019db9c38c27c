/**
 * Article-level counts: the measure the counts issue sets its bar in ("killed
 * exactly right in over 90% of articles that state it"). Per article and
 * category, the article's figure is the sum over its events, gold and ours;
 * incident matching plays no part, so this isolates reading the numbers from
 * splitting a story into incidents.
 */
import type { EventRecord } from '../schema/event';
import { COUNT_CATEGORIES, type CountCategory } from '../schema/vocab';
import type { GoldEvent } from './gold';

export interface ArticleCountTally {
  /** Articles whose gold gives a figure (0 included). */
  stated: number;
  /** ... and ours sums to exactly that figure (no figure counts as 0). */
  exact: number;
  /** Articles whose gold gives no figure. */
  unstated: number;
  /** ... where we nevertheless report a figure above 0. */
  spurious: number;
}

export type ArticleCounts = Record<CountCategory, ArticleCountTally>;

export function emptyArticleCounts(): ArticleCounts {
  return Object.fromEntries(COUNT_CATEGORIES.map((c) => [c, { stated: 0, exact: 0, unstated: 0, spurious: 0 }])) as ArticleCounts;
}

function goldTotal(events: readonly GoldEvent[], c: CountCategory): number | null {
  const figures = events.map((e) => e.counts[c]).filter((v): v is number => typeof v === 'number');
  return figures.length ? figures.reduce((a, b) => a + b, 0) : null;
}

function systemTotal(events: readonly EventRecord[], c: CountCategory): number {
  return events.reduce((sum, e) => sum + (e.counts[c]?.value ?? 0), 0);
}

export function tallyArticleCounts(t: ArticleCounts, gold: readonly GoldEvent[], ours: readonly EventRecord[]): void {
  for (const c of COUNT_CATEGORIES) {
    const expected = goldTotal(gold, c);
    const got = systemTotal(ours, c);
    if (expected === null) {
      t[c].unstated++;
      if (got > 0) t[c].spurious++;
    } else {
      t[c].stated++;
      if (got === expected) t[c].exact++;
    }
  }
}

export function addArticleCounts(into: ArticleCounts, from: ArticleCounts): void {
  for (const c of COUNT_CATEGORIES) {
    for (const k of ['stated', 'exact', 'unstated', 'spurious'] as const) into[c][k] += from[c][k];
  }
}
