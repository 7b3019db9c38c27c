/**
 * Explicit calendar dates ("March 19, 2019", "Jan. 27", "19/03/2019") read by
 * chrono-node's strict parser, only in sentences a cheap regex says hold one.
 * Results are kept without resolving a missing year, so the reference-date
 * stage and the mentions stage share one parse per document.
 */
import type { Doc } from '../pipeline/doc';
import { chrono } from '../util/lazy';

export interface ExplicitDate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  year: number | null;
  month: number;
  day: number;
}

const MONTH_STEM = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const PREFILTER = new RegExp(
  `\\b${MONTH_STEM}[a-z]{0,6}\\.?\\s\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH_STEM}|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
);

// chrono needs a reference instant; a fixed one keeps the clock out. Years it
// guesses are discarded (isCertain('year') false) and resolved by our past rule.
const FIXED_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

const cache = new WeakMap<Doc, ExplicitDate[]>();

export function findExplicitDates(doc: Doc): ExplicitDate[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const found: ExplicitDate[] = [];
  for (const sentence of doc.sentences) {
    if (!PREFILTER.test(sentence.text)) continue;
    for (const r of chrono().strict.parse(sentence.text, FIXED_INSTANT)) {
      if (!r.start.isCertain('month') || !r.start.isCertain('day')) continue;
      found.push({
        start: sentence.start + r.index,
        end: sentence.start + r.index + r.text.length,
        text: r.text,
        sentence: sentence.index,
        year: r.start.isCertain('year') ? (r.start.get('year') ?? null) : null,
        month: r.start.get('month') ?? 1,
        day: r.start.get('day') ?? 1,
      });
    }
  }
  cache.set(doc, found);
  return found;
}
