/**
 * The scored fields: how each is read from a gold event and from one of our
 * records, and when the two agree. The rules for nulls are shared
 * (`compareField`) so every field is scored the same way; see docs/evaluation.md.
 */
import { COUNT_CATEGORIES, type CountCategory } from '../schema/vocab';
import type { CountValue, EventRecord } from '../schema/event';
import type { GoldEvent } from './gold';
import { actorsMatch } from './actors';
import { countriesMatch } from './countries';
import { datesMatch } from './dates';
import { locationsMatch, type PlacePoint } from './places';

export type Outcome = 'tp' | 'fp' | 'fn' | 'wrong' | 'ignore';

export interface FieldSpec {
  name: string;
  /** The gold value, or null when the gold does not give it. */
  gold(event: GoldEvent): unknown;
  system(record: EventRecord): unknown;
  matches(gold: GoldEvent, record: EventRecord): boolean;
  /** Counts only: a figure where the gold gives none is an error ("almost no counts where the article states none"). */
  valueWithoutGoldIsError: boolean;
  /** Counts only: gold 0 ("none") agrees with a record that gives no figure. */
  zeroMeansAbsent: boolean;
}

function countMatches(gold: number, value: CountValue): boolean {
  // A range ("between 10 and 15") agrees with any gold figure inside it.
  return value.value === gold || (value.max !== null && value.min <= gold && gold <= value.max);
}

function countField(category: CountCategory): FieldSpec {
  return {
    name: category,
    gold: (e) => e.counts[category],
    system: (r) => r.counts[category],
    matches: (e, r) => countMatches(e.counts[category] as number, r.counts[category] as CountValue),
    valueWithoutGoldIsError: true,
    zeroMeansAbsent: true,
  };
}

function goldPlace(e: GoldEvent): PlacePoint | null {
  if (e.location === null && (e.lat === null || e.lon === null)) return null;
  return { name: e.location, lat: e.lat, lon: e.lon };
}

const plain = { valueWithoutGoldIsError: false, zeroMeansAbsent: false } as const;

export const FIELDS: readonly FieldSpec[] = [
  ...COUNT_CATEGORIES.map(countField),
  { name: 'event_type', gold: (e) => e.event_type, system: (r) => r.event_type, matches: (e, r) => e.event_type === r.event_type, ...plain },
  { name: 'sub_event_type', gold: (e) => e.sub_event_type, system: (r) => r.sub_event_type, matches: (e, r) => e.sub_event_type === r.sub_event_type, ...plain },
  {
    name: 'date',
    gold: (e) => e.date,
    system: (r) => r.date.value,
    matches: (e, r) => datesMatch(e.date as string, e.date_precision, r.date.value as string),
    ...plain,
  },
  {
    name: 'location',
    gold: goldPlace,
    system: (r) => r.location,
    matches: (e, r) => locationsMatch(goldPlace(e) as PlacePoint, r.location as PlacePoint),
    ...plain,
  },
  {
    name: 'country',
    gold: (e) => e.country,
    system: (r) => r.location?.country ?? r.location?.country_code ?? null,
    matches: (e, r) => countriesMatch(e.country as string, (r.location?.country ?? r.location?.country_code) as string),
    ...plain,
  },
  { name: 'actor1', gold: (e) => e.actor1, system: (r) => r.actor1?.name ?? null, matches: (e, r) => actorsMatch(e.actor1 as string, r.actor1?.name as string), ...plain },
  { name: 'actor2', gold: (e) => e.actor2, system: (r) => r.actor2?.name ?? null, matches: (e, r) => actorsMatch(e.actor2 as string, r.actor2?.name as string), ...plain },
];

export const FIELD_NAMES: readonly string[] = FIELDS.map((f) => f.name);

/**
 * One field of a gold event against one record; either side is absent for an
 * unmatched event. Both null: ignored. Gold only: a miss. Record only: an
 * error for a spurious event, and for counts also on a matched one. Both: agree or wrong.
 */
export function compareField(field: FieldSpec, gold: GoldEvent | null, record: EventRecord | null): Outcome {
  const g = gold ? field.gold(gold) : null;
  const s = record ? field.system(record) : null;
  if (g === null && s === null) return 'ignore';
  if (s === null) return g === 0 && field.zeroMeansAbsent ? 'ignore' : 'fn';
  if (g === null) return gold === null || field.valueWithoutGoldIsError ? 'fp' : 'ignore';
  return field.matches(gold as GoldEvent, record as EventRecord) ? 'tp' : 'wrong';
}
