/**
 * Precision, recall and F1 per field over a gold file. A wrong value on a
 * matched pair is both a false positive and a false negative (the record said
 * something false and missed the truth).
 */
import type { EventRecord } from '../schema/event';
import type { GoldArticle, GoldEvent } from './gold';
import { FIELDS, compareField, type FieldSpec } from './fields';
import { matchEvents } from './match';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Tally {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Event detection first, then each field. */
export const SCORE_ROWS: readonly string[] = ['events', ...FIELDS.map((f) => f.name)];

export function emptyTallies(): Record<string, Tally> {
  return Object.fromEntries(SCORE_ROWS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
}

export function addOutcome(t: Tally, outcome: ReturnType<typeof compareField>): void {
  if (outcome === 'tp') t.tp++;
  else if (outcome === 'fp') t.fp++;
  else if (outcome === 'fn') t.fn++;
  else if (outcome === 'wrong') {
    t.fp++;
    t.fn++;
  }
}

/**
 * Fields the gold file never gives (null in every event: GVDB has no types or
 * actors, UCDP no injured) are not scored for that file.
 */
export function scoredFields(articles: readonly GoldArticle[]): FieldSpec[] {
  const events = articles.flatMap((a) => a.events);
  if (events.length === 0) return [...FIELDS];
  return FIELDS.filter((f) => events.some((e) => f.gold(e) !== null));
}

/** Adds one article's outcomes to the tallies. */
export function scoreArticle(
  tallies: Record<string, Tally>,
  fields: readonly FieldSpec[],
  gold: readonly GoldEvent[],
  records: readonly EventRecord[],
  text: string,
): void {
  const m = matchEvents(gold, records, text);
  tallies.events.tp += m.pairs.length;
  tallies.events.fp += m.unmatchedSystem.length;
  tallies.events.fn += m.unmatchedGold.length;
  for (const field of fields) {
    const t = tallies[field.name];
    for (const [g, s] of m.pairs) addOutcome(t, compareField(field, gold[g], records[s]));
    for (const g of m.unmatchedGold) addOutcome(t, compareField(field, gold[g], null));
    for (const s of m.unmatchedSystem) addOutcome(t, compareField(field, null, records[s]));
  }
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export function toScore(t: Tally): FieldScore {
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  const f1 = ratio(2 * t.tp, 2 * t.tp + t.fp + t.fn);
  return { ...t, precision, recall, f1 };
}
