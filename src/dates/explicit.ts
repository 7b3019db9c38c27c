/**
 * Explicit calendar dates ("March 19, 2019", "Jan. 27", "19 March 2019",
 * "2019-03-19", "3/19/2019") read by our own small patterns (calendar.json),
 * so articles never load chrono-node (about 25-100 ms); chrono reads only
 * metadata dates in other formats (reference.ts). Results keep a missing
 * year missing, so the reference-date stage and the mentions stage share one
 * reading per document.
 */
import type { Doc } from '../pipeline/doc';
import { chrono } from '../util/lazy';
import { dayOf } from './calendar';
import table from './calendar.json';

export interface ExplicitDate {
  start: number;
  end: number;
  text: string;
  sentence: number;
  year: number | null;
  month: number;
  day: number;
}

interface Reading { index: number; text: string; year: number | null; month: number; day: number }

const MONTH_NUMBER = new Map<string, number>(
  Object.entries(table.monthNames).flatMap(([month, names]) => names.map((n) => [n.toLowerCase(), Number(month)] as [string, number])),
);
// Longest first, so "Sept" is not read as "Sep" + "t".
const MONTH = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).map((n) => n[0].toUpperCase() + n.slice(1)).join('|');
const YEAR = ',?\\s((?:19|20)\\d\\d)(?!\\d)';
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:${YEAR})?`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(${MONTH})\\b\\.?(?:${YEAR})?`, 'g');
const DIGIT = /\d/;
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g;
const SLASH = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d\d)\b/g;
// Two-digit years: 00-69 are this century, 70-99 the last (as chrono reads them).
const CENTURY_PIVOT = 70;

// chrono needs a reference instant; a fixed one keeps the clock out. Years it
// guesses are discarded (isCertain('year') false) and resolved by our past rule.
const FIXED_INSTANT = new Date(Date.UTC(2000, 0, 1, 12));

function reading(index: number, text: string, year: string | undefined, month: number, day: string): Reading | null {
  const y = year ? Number(year) : null;
  const d = Number(day);
  // A day the month cannot have ("February 30") is no date; without a year, a leap year allows the 29th.
  if (dayOf(y ?? 2000, month, d) === null) return null;
  return { index, text, year: y, month, day: d };
}

/** Our own readings of one sentence: written-out months, ISO and slash dates. */
export function readExplicitDates(text: string): Reading[] {
  const found: Reading[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const r = reading(m.index, m[0], m[3], MONTH_NUMBER.get(m[1].toLowerCase())!, m[2]);
    if (r) found.push(r);
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const r = reading(m.index, m[0], m[3], MONTH_NUMBER.get(m[2].toLowerCase())!, m[1]);
    if (r && !found.some((f) => r.index < f.index + f.text.length && f.index < r.index + r.text.length)) found.push(r);
  }
  for (const m of text.matchAll(ISO)) {
    const r = reading(m.index, m[0], m[1], Number(m[2]), m[3]);
    if (r) found.push(r);
  }
  for (const m of text.matchAll(SLASH)) {
    // Month first, as in US English, unless the first number cannot be a month ("19/03/2019").
    const [month, day] = Number(m[1]) > 12 ? [m[2], m[1]] : [m[1], m[2]];
    const yy = Number(m[3]);
    const year = m[3].length === 2 ? String(yy + (yy < CENTURY_PIVOT ? 2000 : 1900)) : m[3];
    const r = reading(m.index, m[0], year, Number(month), day);
    if (r) found.push(r);
  }
  return found.sort((a, b) => a.index - b.index);
}

function chronoReadings(text: string): Reading[] {
  const found: Reading[] = [];
  for (const r of chrono().strict.parse(text, FIXED_INSTANT)) {
    if (!r.start.isCertain('month') || !r.start.isCertain('day')) continue;
    const year = r.start.isCertain('year') ? (r.start.get('year') ?? null) : null;
    found.push({ index: r.index, text: r.text, year, month: r.start.get('month') ?? 1, day: r.start.get('day') ?? 1 });
  }
  return found;
}

/** One date string (metadata) with day, month and year, by our patterns, else chrono's; null when neither reads one. */
export function readFullDate(value: string): { year: number; month: number; day: number } | null {
  const own = readExplicitDates(value).find((r) => r.year !== null);
  const r = own ?? chronoReadings(value).find((c) => c.year !== null);
  return r && r.year !== null ? { year: r.year, month: r.month, day: r.day } : null;
}

const cache = new WeakMap<Doc, ExplicitDate[]>();

export function findExplicitDates(doc: Doc): ExplicitDate[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const found: ExplicitDate[] = [];
  for (const sentence of doc.sentences) {
    // Every explicit date has a digit; most sentences have none and cost one scan.
    if (!DIGIT.test(sentence.text)) continue;
    for (const r of readExplicitDates(sentence.text)) {
      found.push({
        start: sentence.start + r.index,
        end: sentence.start + r.index + r.text.length,
        text: r.text,
        sentence: sentence.index,
        year: r.year,
        month: r.month,
        day: r.day,
      });
    }
  }
  cache.set(doc, found);
  return found;
}
