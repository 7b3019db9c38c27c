/**
 * Calendar arithmetic on whole days. Dates are counted as days since
 * 1970-01-01 in UTC so that no time zone or clock can shift a day.
 */

const MS_PER_DAY = 86_400_000;

export type DayNumber = number;

export function dayOf(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses an ISO date (YYYY-MM-DD, optionally followed by a time) to a day number. */
export function parseIsoDay(value: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function isoOf(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function partsOf(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Weeks start on Monday (ISO 8601), as ACLED's weekly aggregates do. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - ((weekdayOf(day) + 6) % 7);
}

export function firstOfMonth(day: DayNumber, monthsBack = 0): DayNumber {
  const p = partsOf(day);
  const index = p.year * 12 + (p.month - 1) - monthsBack;
  return dayOf(Math.floor(index / 12), (index % 12) + 1, 1) as DayNumber;
}

export function firstOfYear(year: number): DayNumber {
  return dayOf(year, 1, 1) as DayNumber;
}

/** The most recent day on or before `reference` that falls on `weekday`. */
export function latestWeekdayOnOrBefore(reference: DayNumber, weekday: number): DayNumber {
  return reference - ((weekdayOf(reference) - weekday + 7) % 7);
}

/** The most recent first-of-month on or before `reference` whose month is `month` (1-12). */
export function latestMonthStart(reference: DayNumber, month: number): DayNumber {
  const p = partsOf(reference);
  return dayOf(month <= p.month ? p.year : p.year - 1, month, 1) as DayNumber;
}
