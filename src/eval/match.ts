/**
 * One-to-one matching of our records to gold events within an article:
 * greedy on a similarity of type, date, location, counts and evidence, best
 * pairs first, ties broken by position so the result is deterministic.
 */
import type { EventRecord } from '../schema/event';
import type { GoldEvent } from './gold';
import { FIELDS, compareField } from './fields';

/** Below this similarity a record and a gold event are different events. */
export const MIN_SIMILARITY = 0.25;

const MATCHING_FIELDS = new Set(['sub_event_type', 'event_type', 'date', 'location', ...FIELDS.filter((f) => f.valueWithoutGoldIsError).map((f) => f.name)]);

/** Whether the gold evidence sentence (found in the article) overlaps the record's evidence spans; null when unknown. */
function evidenceOverlap(gold: GoldEvent, record: EventRecord, text: string): number | null {
  if (!gold.evidence) return null;
  const start = text.indexOf(gold.evidence);
  if (start < 0) return null;
  const end = start + gold.evidence.length;
  return record.evidence.some((e) => e.start < end && e.end > start) ? 1 : 0;
}

/** Share of the gold event's given facts (and its evidence) the record agrees with, 0..1. */
export function similarity(gold: GoldEvent, record: EventRecord, text: string): number {
  let given = 0;
  let agreed = 0;
  for (const field of FIELDS) {
    if (!MATCHING_FIELDS.has(field.name) || field.gold(gold) === null) continue;
    given++;
    const outcome = compareField(field, gold, record);
    // 'ignore' with a given gold value is a gold 0 against no figure: agreement.
    if (outcome === 'tp' || outcome === 'ignore') agreed++;
  }
  const evidence = evidenceOverlap(gold, record, text);
  if (evidence !== null) {
    given++;
    agreed += evidence;
  }
  // A gold event that gives nothing comparable can only be matched by position.
  return given === 0 ? MIN_SIMILARITY : agreed / given;
}

export interface Matching {
  pairs: [gold: number, system: number][];
  unmatchedGold: number[];
  unmatchedSystem: number[];
}

export function matchEvents(gold: readonly GoldEvent[], records: readonly EventRecord[], text: string): Matching {
  const candidates: { g: number; s: number; sim: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < records.length; s++) {
      const sim = similarity(gold[g], records[s], text);
      if (sim >= MIN_SIMILARITY) candidates.push({ g, s, sim });
    }
  }
  candidates.sort((a, b) => b.sim - a.sim || a.g - b.g || a.s - b.s);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedSystem.has(c.s)) continue;
    usedGold.add(c.g);
    usedSystem.add(c.s);
    pairs.push([c.g, c.s]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !usedGold.has(i)),
    unmatchedSystem: records.map((_, i) => i).filter((i) => !usedSystem.has(i)),
  };
}
