/**
 * Our own date rules, applied on top of chrono-node: chrono cannot force a
 * past reading (its issue #599), and news reports events that happened. A
 * weekday means the latest such day on or before the reference date (so a
 * same-day story's "on Saturday" is that Saturday), "last week" is the week
 * before the reference week, and "overnight" is the night before the
 * reference: morning stories report the previous night, and ACLED dates a
 * night by the day it began.
 */
import type { DatePrecision } from '../schema/vocab';
import data from './relative.json';
import { alternation } from './phrases';
import {
  type DayNumber,
  dayOf,
  firstOfMonth,
  firstOfYear,
  isoOf,
  latestMonthStart,
  latestWeekdayOnOrBefore,
  mondayOf,
  partsOf,
  weekdayOf,
} from './calendar';

export interface FoundDate {
  start: number;
  end: number;
  value: string | null;
  precision: DatePrecision;
  relative: boolean;
  background?: boolean;
  anaphoric?: { offsetDays: number };
  rule: string;
}

type Resolved = Omit<FoundDate, 'start' | 'end'>;
type Resolver = (m: RegExpExecArray, reference: DayNumber | null) => Resolved | null;

/** Every found date has every field, in one order: one object shape (V8 map) for all of them. */
export function foundDate(start: number, end: number, r: Resolved): FoundDate {
  return { start, end, value: r.value, precision: r.precision, relative: r.relative, background: r.background, anaphoric: r.anaphoric, rule: r.rule };
}

const WEEKDAYS = data.weekdays.join('|');
const MONTHS = data.months.join('|');
const wp = data.weekdayPrefixes;
const mp = data.monthPrefixes;
const yp = data.yearPrefixes;

const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const inList = (list: readonly string[], s: string | undefined) => list.includes(lower(s));
const iso = (day: DayNumber | null) => (day === null ? null : isoOf(day));

const dayWordOffset = new Map(data.dayWords.map((d) => [d.phrase, d.offset]));
const anaphoricOffset = new Map(data.anaphoric.map((d) => [d.phrase, d.offset]));
const periodOf = new Map(data.periods.map((p) => [p.phrase, p]));
const agoNumbers: Record<string, number> = data.agoNumbers;

function periodStart(unit: string, back: number, reference: DayNumber): { day: DayNumber; precision: DatePrecision } {
  if (unit === 'week') return { day: mondayOf(reference) - 7 * back, precision: 'week' };
  if (unit === 'month') return { day: firstOfMonth(reference, back), precision: 'month' };
  return { day: firstOfYear(partsOf(reference).year - back), precision: 'year' };
}

const weekdayRule: Resolver = (m, ref) => {
  const prefix = m[1];
  const weekday = data.weekdays.indexOf(m[2]);
  if (inList(wp.future, prefix)) {
    const next = ref === null ? null : ref + ((weekday - weekdayOf(ref) + 7) % 7 || 7);
    return { value: iso(next), precision: 'day', relative: true, background: true, rule: 'weekday_future' };
  }
  if (ref === null) return { value: null, precision: 'day', relative: true, rule: 'weekday_past' };
  let day = latestWeekdayOnOrBefore(ref, weekday);
  // "last Tuesday" said on a Tuesday is a week ago, not today.
  if (inList(wp.lastWeek, prefix) && day === ref) day -= 7;
  const background = inList(wp.background, prefix) || undefined;
  return { value: isoOf(day), precision: 'day', relative: true, background, rule: 'weekday_past' };
};

const dayWordRule: Resolver = (m, ref) => {
  const offset = dayWordOffset.get(lower(m[0])) ?? 0;
  return { value: iso(ref === null ? null : ref + offset), precision: 'day', relative: true, rule: `day_word_${offset}` };
};

const anaphoricRule: Resolver = (m) => ({
  value: null,
  precision: 'day',
  relative: true,
  anaphoric: { offsetDays: anaphoricOffset.get(lower(m[0])) ?? 0 },
  rule: 'anaphoric',
});

const periodRule: Resolver = (m, ref) => {
  const period = periodOf.get(lower(m[0]));
  if (!period) return null;
  const precision = period.unit as DatePrecision;
  if (ref === null) return { value: null, precision, relative: true, rule: `period_${period.unit}` };
  const found = periodStart(period.unit, period.back, ref);
  // "this year", "last year": a running total or history, never the date of one incident.
  const background = period.unit === 'year' || undefined;
  return { value: isoOf(found.day), precision: found.precision, relative: true, background, rule: `period_${period.unit}` };
};

const agoRule: Resolver = (m, ref) => {
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : (agoNumbers[lower(m[1])] ?? 1);
  const unit = lower(m[2]);
  // "a month ago", "a decade ago": history; only days and weeks ago can date the news.
  if (unit === 'decade') return { value: null, precision: 'year', relative: true, background: true, rule: 'decades_ago' };
  if (unit === 'day') return { value: iso(ref === null ? null : ref - n), precision: 'day', relative: true, rule: 'days_ago' };
  const precision = unit as DatePrecision;
  if (ref === null) return { value: null, precision, relative: true, background: unit !== 'week' || undefined, rule: `${unit}s_ago` };
  const day = unit === 'week' ? mondayOf(ref - 7 * n) : periodStart(unit, n, ref).day;
  return { value: isoOf(day), precision, relative: true, background: unit !== 'week' || undefined, rule: `${unit}s_ago` };
};

// "in the past two months", "over the last week": a span of time, never a date.
const durationRule: Resolver = () => ({ value: null, precision: 'day', relative: true, background: true, rule: 'duration' });

const monthRule: Resolver = (m, ref) => {
  const month = data.months.indexOf(m[2]) + 1;
  const year = m[3] ? Number(m[3]) : null;
  const background = inList(mp.background, m[1]) || undefined;
  if (year !== null) {
    const day = dayOf(year, month, 1) as DayNumber;
    const old = ref !== null && day < firstOfMonth(ref, 2);
    return { value: isoOf(day), precision: 'month', relative: false, background: background || old || undefined, rule: 'month_year' };
  }
  const start = ref === null ? null : latestMonthStart(ref, month);
  // An incident is news for about a month: "in September" told in November is history.
  const old = start !== null && ref !== null && start < firstOfMonth(ref, 1);
  return { value: iso(start), precision: 'month', relative: true, background: background || old || undefined, rule: 'month_past' };
};

const yearRule: Resolver = (m, ref) => {
  const year = Number(m[2]);
  const past = ref !== null && year < partsOf(ref).year;
  const background = inList(yp.background, m[1]) || past || undefined;
  return { value: isoOf(firstOfYear(year)), precision: 'year', relative: false, background, rule: 'year' };
};

/**
 * A rule's pattern starts at its keyword (a weekday, a month, a year), which
 * the regex engine finds fast; an optional prefix ("late", "since", "in
 * early") is read afterwards from the few characters before the keyword, so
 * no pattern tries a long alternation at every position of the text.
 */
interface Rule {
  pattern: RegExp;
  /** Matches the prefix just before the keyword (anchored at the end); its group is the resolver's m[1]. */
  prefix?: RegExp;
  /** Without a prefix the keyword alone is no date ("2014" alone may be a number). */
  prefixRequired?: boolean;
  /** A literal every match contains, exactly as written (the pattern is case-sensitive there): a text without it is not scanned. */
  needs?: string;
  /** A modal or schedule earlier in the clause ("would be charged on Thursday") makes it a day to come. */
  futureAfterModal?: boolean;
  resolve: Resolver;
}

const prefixBefore = (phrases: readonly string[], separator: string) => new RegExp(`\\b(${alternation(phrases)})${separator}$`);
// The longest prefix ("this coming", "on or before") plus its separator.
const PREFIX_WINDOW = 16;
const FUTURE_CONTEXT = new RegExp(data.futureContext.pattern);
// A modal governs a date a few words after it: "would be charged in court on Thursday".
const MODAL_WINDOW = 60;

const RULES: readonly Rule[] = [
  {
    pattern: new RegExp(`\\b(${WEEKDAYS})(?:\\s(?:night|morning|evening|afternoon))?\\b`, 'g'),
    prefix: prefixBefore([...wp.past, ...wp.lastWeek, ...wp.future, ...wp.background], '\\s'),
    futureAfterModal: true,
    resolve: weekdayRule,
  },
  { pattern: new RegExp(`\\b(?:${alternation(data.anaphoric.map((d) => d.phrase))})\\b`, 'g'), resolve: anaphoricRule },
  { pattern: new RegExp(`\\b(?:${alternation(data.dayWords.map((d) => d.phrase))})\\b`, 'g'), resolve: dayWordRule },
  { pattern: new RegExp(`\\b(?:${alternation(data.periods.map((p) => p.phrase))})\\b`, 'g'), resolve: periodRule },
  {
    pattern: new RegExp(`\\b(\\d{1,2}|${alternation(Object.keys(agoNumbers))})\\s(day|week|month|year|decade)s?\\sago\\b`, 'g'),
    // Few stories say "ago"; its pattern tries a dozen number words at every word of the others.
    needs: 'ago',
    resolve: agoRule,
  },
  {
    pattern: /\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or|[Ww]ithin)\s(?:the\s(?:past|last)\s[a-z0-9 -]{0,14}|recent\s)(?:days?|weeks?|months?|years?|decades?)\b/g,
    resolve: durationRule,
  },
  {
    pattern: new RegExp(`\\b(${MONTHS})(?:(?:,\\s|\\s)((?:19|20)\\d\\d))?\\b`, 'g'),
    prefix: prefixBefore([...mp.past, ...mp.background], '[\\s-]'),
    resolve: monthRule,
  },
  {
    pattern: /\b((?:19|20)\d\d)\b(?![-/]\d)/g,
    prefix: prefixBefore([...yp.past, ...yp.background], '[\\s-]'),
    prefixRequired: true,
    resolve: yearRule,
  },
];

/** For the rule-table tests: each rule's pattern with the literal it is said to need. */
export const DATE_RULE_NEEDS: readonly [RegExp, string][] = RULES.flatMap((r) => (r.needs ? [[r.pattern, r.needs] as [RegExp, string]] : []));

/** For the rule-table tests: every pattern the date rules use. */
export const DATE_RULE_PATTERNS: readonly RegExp[] = [...RULES.flatMap((r) => (r.prefix ? [r.pattern, r.prefix] : [r.pattern])), FUTURE_CONTEXT];

/** All relative and partial dates our rules find in `text`, resolved against `reference` where there is one. */
export function findRelativeDates(text: string, reference: DayNumber | null): FoundDate[] {
  const found: FoundDate[] = [];
  for (const rule of RULES) {
    if (rule.needs && !text.includes(rule.needs)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      let start = m.index;
      let groups: RegExpExecArray = m;
      if (rule.prefix) {
        const p = rule.prefix.exec(text.slice(Math.max(0, start - PREFIX_WINDOW), start));
        if (!p && rule.prefixRequired) continue;
        if (p) start -= p[0].length;
        // The resolvers read the prefix as m[1] and the keyword's own groups after it.
        groups = Object.assign([text.slice(start, m.index + m[0].length), p?.[1], ...m.slice(1)], { index: start, input: text }) as unknown as RegExpExecArray;
      }
      let resolved = rule.resolve(groups, reference);
      if (resolved && rule.futureAfterModal && !resolved.background && FUTURE_CONTEXT.test(text.slice(Math.max(0, start - MODAL_WINDOW), start))) {
        resolved = { ...resolved, background: true, rule: 'weekday_future' };
      }
      if (resolved) found.push(foundDate(start, m.index + m[0].length, resolved));
    }
  }
  return found;
}
