/** Dates compared at the precision the gold gives (a month-precise gold date only needs the month). */
import type { DatePrecision } from '../schema/vocab';

const DAY_MS = 86_400_000;

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function datesMatch(gold: string, precision: DatePrecision | null, system: string): boolean {
  switch (precision ?? 'day') {
    case 'year':
      return gold.slice(0, 4) === system.slice(0, 4);
    case 'month':
      return gold.slice(0, 7) === system.slice(0, 7);
    case 'week': {
      // Gold gives the first day of the week: any day of those seven matches.
      const diff = (utc(system) - utc(gold)) / DAY_MS;
      return diff >= 0 && diff < 7;
    }
    default:
      return gold.slice(0, 10) === system.slice(0, 10);
  }
}
