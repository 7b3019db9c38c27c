/**
 * One record per event as ACLED counts them: records of one article that
 * share sub-event type, place, day and both actors are one event told twice
 * (a lead and a later paragraph that returns to it), so they are merged.
 * Only day-precise, placed records merge: vaguer ones may be distinct events
 * (except in ordinary crime, below).
 */
import type { CountValue, LocationValue } from '../schema/event';
import { COUNT_CATEGORIES } from '../schema/vocab';
import type { EventDraft } from './build';
import cues from './incidents.json';
import { distanceKm } from '../util/geo';

function sameEventKey(d: EventDraft, crime: boolean): string | null {
  if (d.date.precision !== 'day' || d.date.value === null || d.location === null) return null;
  // An ordinary crime story tells one crime a day: its other "places" are streets, quarters and names read as towns.
  if (crime) return [d.sub_event_type, d.location.country_code, d.date.value].join('\u0000');
  return [d.sub_event_type, d.location.name, d.location.country_code, d.date.value, d.actor1?.name, d.actor2?.name].join('\u0000');
}

// Between two placed records; unplaced ones are never near.
function kmBetween(a: LocationValue, b: LocationValue): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

// No date of its own: the record took the article's reference date.
const undated = (d: EventDraft): boolean => d.date.rule.startsWith('reference');
// No coordinates: a name the gazetteer does not know (a race course, a wood, a name read as a place).
const unresolved = (d: EventDraft): boolean => d.location?.lat === null;

/**
 * Ordinary crime, another day: a crime story returns to its one crime under the
 * dates of its telling (an update's timestamp, "a week ago" of a witness, the day
 * a victim died), so records of one kind and town (or town and suburb, within
 * `crimeSamePlaceKm`) are one crime whatever their day.
 * A record with no date of its own (a headline naming the victim's home town or
 * the station's city) is the crime the article dates, wherever it was placed;
 * one placed at an unresolved name is the crime the article places, as such a
 * name never contradicts a town.
 */
function sameCrime(kept: EventDraft, d: EventDraft): boolean {
  if (kept.sub_event_type !== d.sub_event_type || kept.location === null || d.location === null) return false;
  if (kept.location.country_code !== d.location.country_code) return false;
  if (kept.location.name === d.location.name || undated(kept) || undated(d)) return true;
  if (unresolved(kept) || unresolved(d)) return true;
  return kmBetween(kept.location, d.location) <= cues.crimeSamePlaceKm;
}

// Both records read a figure for the same people: an exact figure beats a vague one, else the larger stands.
function preferredCount(a: CountValue | null, b: CountValue | null): CountValue | null {
  if (a === null || b === null) return a ?? b;
  if (a.approximate !== b.approximate) return a.approximate ? b : a;
  return b.value > a.value ? b : a;
}

function mergeInto(kept: EventDraft, other: EventDraft): void {
  const seen = new Set(kept.evidence.map((e) => e.start));
  kept.evidence = [...kept.evidence, ...other.evidence.filter((e) => !seen.has(e.start))].sort((x, y) => x.start - y.start);
  for (const c of COUNT_CATEGORIES) kept.counts[c] = preferredCount(kept.counts[c], other.counts[c]);
  kept.confidence = Math.max(kept.confidence, other.confidence);
}

/**
 * Merges records of the same event; keeps the first record's fields and order.
 * `crime`: the article is ordinary crime kept on request (includeCrime), where
 * records of one day and kind are one crime wherever they were placed, and
 * records of one kind and place (or with no date of their own) one crime
 * whatever day they were dated.
 */
export function mergeSameEvents(drafts: EventDraft[], crime = false): EventDraft[] {
  const byKey = new Map<string, EventDraft>();
  const out: EventDraft[] = [];
  for (const d of drafts) {
    const key = sameEventKey(d, crime);
    let kept = key === null ? undefined : byKey.get(key);
    if (!kept && crime) kept = out.find((k) => sameCrime(k, d));
    if (kept) {
      mergeInto(kept, d);
      // The crime's other day now names it too.
      if (key !== null && !byKey.has(key)) byKey.set(key, kept);
      continue;
    }
    if (key !== null) byKey.set(key, d);
    out.push(d);
  }
  return out;
}
