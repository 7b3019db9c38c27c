/**
 * Date mentions: explicit dates from chrono-node, relative ones from our own
 * past-biased rules (relative.ts), each resolved against the reference date
 * and marked `background` when it cannot date a reported incident: spans of
 * time, "since …", years before the story's year, explicit dates more than
 * two months before the reference, and scheduled future dates.
 */
import type { DateMention, Doc } from '../pipeline/doc';
import { dayOf, isoOf, parseIsoDay, weekdayOf, type DayNumber } from './calendar';
import { findExplicitDates, type ExplicitDate } from './explicit';
import { findRelativeDates, foundDate, type FoundDate } from './relative';
import data from './relative.json';

const BACKGROUND_AFTER_DAYS = 60;
const FUTURE_TOLERANCE_DAYS = 1;

function resolveExplicit(d: ExplicitDate, ref: DayNumber | null): FoundDate {
  let day: DayNumber | null = null;
  if (d.year !== null) day = dayOf(d.year, d.month, d.day);
  else if (ref !== null) {
    // Past bias: a day and month without a year is the latest such day on or before the reference
    // (or just after it: a story dated the evening before its incident's day).
    const year = Number(isoOf(ref).slice(0, 4));
    day = dayOf(year, d.month, d.day);
    if (day !== null && day > ref + FUTURE_TOLERANCE_DAYS) day = dayOf(year - 1, d.month, d.day);
  }
  const background =
    day !== null && ref !== null && (ref - day > BACKGROUND_AFTER_DAYS || day - ref > FUTURE_TOLERANCE_DAYS);
  return foundDate(d.start, d.end, {
    value: day === null ? null : isoOf(day),
    precision: 'day',
    relative: d.year === null,
    background: background || undefined,
    rule: d.year === null ? 'explicit_day_month' : 'explicit_full_date',
  });
}

/** Overlapping finds keep the explicit date, else the longer span ("since January" over "January"). */
function dropOverlaps(found: FoundDate[], explicitCount: number): FoundDate[] {
  const ranked = found.map((f, i) => ({ f, explicit: i < explicitCount }));
  ranked.sort((a, b) => Number(b.explicit) - Number(a.explicit) || (b.f.end - b.f.start) - (a.f.end - a.f.start) || a.f.start - b.f.start);
  const kept: FoundDate[] = [];
  for (const { f } of ranked) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

const SINCE_CONTEXT = new RegExp(data.sinceContext.pattern, 'i');
// "since the protest movement erupted on October 1": the clause a "since" opens is short.
const SINCE_WINDOW = 50;
const DATELINE_BEFORE = new RegExp(data.dateline.before);
const DATELINE_AFTER = new RegExp(data.dateline.after);
// A dateline sits in the first few lines; its place, comma and agency are short.
const DATELINE_REACH = 200;
const DATELINE_WINDOW = 60;

/** "KHARTOUM, Aug 14 (Reuters) -": the day the story was filed (the reference date's business), not an incident's. */
function inDateline(text: string, f: FoundDate): boolean {
  if (f.start > DATELINE_REACH) return false;
  return DATELINE_BEFORE.test(text.slice(Math.max(0, f.start - DATELINE_WINDOW), f.start)) && DATELINE_AFTER.test(text.slice(f.end, f.end + DATELINE_WINDOW));
}

/** "killed since the protest movement erupted on October 1": the date opens a span of time up to the story ("since today's dawn" is the news itself). */
function sinceEarlier(text: string, f: FoundDate, ref: DayNumber | null): boolean {
  const day = f.value === null ? null : parseIsoDay(f.value);
  return day !== null && ref !== null && day < ref && SINCE_CONTEXT.test(text.slice(Math.max(0, f.start - SINCE_WINDOW), f.start));
}

// "Tuesday, Jan. 27": only a comma and spaces between a weekday and the date it names.
const WEEKDAY_APPOSITION = /^,?\s{1,3}$/;

const weekdayOfIso = (iso: string | null): number | null => {
  const day = iso === null ? null : parseIsoDay(iso);
  return day === null ? null : weekdayOf(day);
};

/**
 * "was shot Tuesday, Jan. 27": the explicit date says which Tuesday, so the weekday
 * is not read on its own (it could resolve to another week). When the two disagree
 * (a wrong publication year), both stay.
 */
function withoutNamedWeekdays(text: string, found: FoundDate[]): FoundDate[] {
  return found.filter((f, i) => {
    const next = found[i + 1];
    if (!f.rule.startsWith('weekday') || !next?.rule.startsWith('explicit') || !WEEKDAY_APPOSITION.test(text.slice(f.end, next.start))) return true;
    const named = weekdayOfIso(f.value);
    return named === null || named !== weekdayOfIso(next.value);
  });
}

const NIGHT = data.nightClock;
const NIGHT_PHRASES: ReadonlySet<string> = new Set(NIGHT.phrases);
const CLOCK = new RegExp(`(${NIGHT.afterMidnight})|${NIGHT.beforeMidnight}`, 'i');

/**
 * "A missile slammed into a building overnight … The missile struck shortly after 3 a.m.": a
 * night the violence of which a clock time puts after midnight took place on the reference day,
 * not the night before (relative.json nightClock).
 */
function nightAfterMidnight(doc: Doc, f: FoundDate, sentence: number, ref: DayNumber | null): FoundDate {
  if (ref === null || f.anaphoric || !NIGHT_PHRASES.has(doc.text.slice(f.start, f.end).toLowerCase())) return f;
  const own = doc.sentences[sentence];
  if (!own) return f;
  const last = doc.sentences[Math.min(sentence + NIGHT.sentences - 1, doc.sentences.length - 1)];
  const clock = CLOCK.exec(doc.text.slice(own.start, last.end));
  return clock?.[1] ? { ...f, value: isoOf(ref), rule: 'overnight_after_midnight' } : f;
}

function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return doc.sentences[lo]?.index ?? 0;
}

export function findDates(doc: Doc): DateMention[] {
  const ref = doc.reference ? parseIsoDay(doc.reference.value) : null;
  const explicit = findExplicitDates(doc).map((d) => resolveExplicit(d, ref));
  const all = withoutNamedWeekdays(doc.text, dropOverlaps([...explicit, ...findRelativeDates(doc.text, ref)], explicit.length)).filter((f) => !inDateline(doc.text, f));
  return all.map((found) => {
    const sentence = sentenceAt(doc, found.start);
    const f = nightAfterMidnight(doc, found, sentence, ref);
    const duration = !f.background && sinceEarlier(doc.text, f, ref);
    // Every mention has every field (undefined when absent): one object shape, so V8 keeps one map for them.
    const mention: DateMention = {
      start: f.start,
      end: f.end,
      text: doc.text.slice(f.start, f.end),
      sentence,
      value: f.value,
      precision: f.precision,
      relative: f.relative,
      rule: duration ? 'duration' : f.rule,
      anaphoric: f.anaphoric,
      background: f.background || duration || undefined,
    };
    return mention;
  });
}
