/**
 * Chooses each field of an incident's record from the spans the stages found,
 * keeping the span and rule it came from (the record's provenance).
 */
import type { CountMention, Doc, PlaceMention } from '../pipeline/doc';
import type { CountValue, DateValue, LocationValue } from '../schema/event';
import { COUNT_CATEGORIES, type CountCategory } from '../schema/vocab';
import { mergeCounts } from '../counts';
import { isoOf, mondayOf, firstOfMonth, parseIsoDay } from '../dates/calendar';
import { datesIn, eventPlacesIn, isReportingDate, lastPlaceBefore, type Incident } from './incidents';
import { mostPrecise, placeRank } from './precision';

// Provinces (3) and countries (4) contain the places the main place may be narrowed to.
const BROAD_RANK = 3;

export function incidentSentences(incident: Incident): number[] {
  return [...incident.sentences, ...incident.satellites].sort((a, b) => a - b);
}

export type DateChoice = DateValue & { found: 'text' | 'paragraph' | 'reference' | 'none' };

/**
 * The incident's own date, else the nearest date earlier in its paragraph,
 * else the date of the incident told before it (the story's day), else the
 * story's date: news reports the latest events, and ACLED dates an
 * undated report by its publication. An incident introduced as earlier
 * ("Earlier, …") gets the reference week instead; a cumulative report ("in
 * the past two months") the reference month. Background dates never date it.
 */
export function chooseDate(doc: Doc, incident: Incident, storyDate: DateChoice | null = null): DateChoice {
  if (incident.date) {
    const m = incident.date.mention;
    return { value: incident.date.value, precision: m.precision, text: m.text, start: m.start, end: m.end, rule: m.rule, found: 'text' };
  }
  // Incident dates in any of its sentences before the day of a report ("said on Monday").
  const own = incidentSentences(incident).flatMap((s) => datesIn(doc, s));
  const d = own.find((m) => !isReportingDate(doc, m)) ?? own[0];
  if (d) return { value: d.value, precision: d.precision, text: d.text, start: d.start, end: d.end, rule: d.rule, found: 'text' };
  const first = doc.sentences[incident.sentences[0]];
  const preceding = doc.dates.filter(
    (d) => !d.background && !d.anaphoric && d.start < first.start && doc.sentences[d.sentence].paragraph === first.paragraph,
  ).pop();
  if (preceding) {
    return { value: preceding.value, precision: preceding.precision, text: preceding.text, start: preceding.start, end: preceding.end, rule: `paragraph_${preceding.rule}`, found: 'paragraph' };
  }
  // "In nearby X, a rescuer was killed": an undated incident told after a dated one happened in its day.
  if (storyDate && !incident.earlier) return { ...storyDate, rule: storyDate.rule.startsWith('story_') ? storyDate.rule : `story_${storyDate.rule}`, found: 'paragraph' };
  const ref = doc.reference ? parseIsoDay(doc.reference.value) : null;
  if (ref === null) return { value: null, precision: null, text: '', start: null, end: null, rule: 'no_date', found: 'none' };
  const span = doc.reference?.span;
  const base = { text: span?.text ?? '', start: span?.start ?? null, end: span?.end ?? null, found: 'reference' as const };
  if (incident.earlier) return { ...base, value: isoOf(mondayOf(ref)), precision: 'week', rule: 'reference_week_earlier' };
  const cumulative = incident.sentences.some((s) => doc.dates.some((d) => d.sentence === s && d.rule === 'duration'));
  if (cumulative) return { ...base, value: isoOf(firstOfMonth(ref)), precision: 'month', rule: 'reference_month_duration' };
  return { ...base, value: doc.reference!.value, precision: 'day', rule: 'reference_date' };
}

// Created on first use: an Intl object made while the module loads could not go into
// the CLI's V8 start-up snapshot (scripts/snapshot.ts).
let regionNames: Intl.DisplayNames | null = null;
const regionName = (code: string): string | undefined =>
  (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' })).of(code);

function locationOf(p: PlaceMention, rule: string): LocationValue {
  return {
    name: p.name, admin1: p.admin1, country: p.country, country_code: p.country_code,
    lat: p.lat, lon: p.lon, precision: p.precision, geonameid: p.geonameid,
    text: p.text, start: p.start, end: p.end, rule,
  };
}

/** `inner` lies inside the broad place `outer` (a town in the province or country). */
function inside(inner: PlaceMention, outer: PlaceMention): boolean {
  if (inner.country_code === null || inner.country_code !== outer.country_code || placeRank(inner) >= placeRank(outer)) return false;
  if (outer.precision === 4) return true;
  const province = (outer.admin1 ?? outer.name).toLowerCase();
  return inner.admin1 !== null && inner.admin1.toLowerCase() === province;
}

/**
 * The place the article is mostly about: its most mentioned event place, the
 * first on ties; when that is a province or country, the most mentioned
 * finer place inside it ("Quetta" over "Balochistan", a town over its country).
 */
function mainPlace(doc: Doc): PlaceMention | null {
  const tally = new Map<string, { place: PlaceMention; n: number }>();
  for (const p of doc.places) {
    if (p.role !== 'event') continue;
    const key = p.name.toLowerCase();
    const held = tally.get(key);
    if (held) held.n++;
    else tally.set(key, { place: p, n: 1 });
  }
  const top = (among: Iterable<{ place: PlaceMention; n: number }>) => {
    let best: { place: PlaceMention; n: number } | null = null;
    for (const t of among) if (!best || t.n > best.n) best = t;
    return best?.place ?? null;
  };
  const main = top(tally.values());
  if (!main || placeRank(main) < BROAD_RANK) return main;
  return top([...tally.values()].filter((t) => inside(t.place, main))) ?? main;
}

export type LocationChoice = { value: LocationValue | null; found: 'text' | 'article' | 'country' | 'none' };

/**
 * The incident's own place (incidents.ts); else one in its continuing
 * sentences; else the last place named earlier in its paragraph ("On Monday
 * rebels fired missiles at a post near A. The army said its artillery
 * struck back."); else the place of the incident told just before it, nearby in
 * the story ("After the gunfight, villagers took to the streets"); else the
 * article's main place; else its focus country.
 */
export function chooseLocation(doc: Doc, incident: Incident, storyPlace: LocationValue | null = null): LocationChoice {
  const own = incident.place ?? mostPrecise(incident.satellites.flatMap((s) => eventPlacesIn(doc, s)));
  if (own) return { value: locationOf(own, own.rule), found: 'text' };
  const preceding = lastPlaceBefore(doc, incident.sentences[0]);
  if (preceding) return { value: locationOf(preceding, `paragraph_${preceding.rule}`), found: 'text' };
  if (storyPlace) return { value: { ...storyPlace, rule: storyPlace.rule.startsWith('story_') ? storyPlace.rule : `story_${storyPlace.rule}` }, found: 'text' };
  const main = mainPlace(doc);
  if (main) return { value: locationOf(main, 'article_main_place'), found: 'article' };
  if (doc.focusCountry) {
    const code = doc.focusCountry.toUpperCase();
    const name = regionName(code) ?? code;
    return {
      value: {
        name, admin1: null, country: name, country_code: code, lat: null, lon: null, precision: 4,
        geonameid: null, text: '', start: null, end: null, rule: 'focus_country',
      },
      found: 'country',
    };
  }
  return { value: null, found: 'none' };
}

export type CountsValue = Record<CountCategory, CountValue | null>;

/** Distance from a figure to the nearest cue of an incident in the figure's sentence. */
function cueDistance(c: CountMention, incident: Incident): number {
  const cues = incident.triggers.filter((t) => t.sentence === c.sentence);
  return Math.min(...cues.map((t) => (t.end <= c.start ? c.start - t.end : Math.max(0, t.start - c.end))));
}

/**
 * "11 wounded in the fall of shells on A and casualties in an air strike on B": a sentence
 * that tells several incidents gives each figure to the incident whose cue stands nearest it.
 */
function closerToAnother(c: CountMention, incident: Incident, others: readonly Incident[]): boolean {
  const own = cueDistance(c, incident);
  return others.some((o) => o !== incident && cueDistance(c, o) < own);
}

/**
 * Counts stated in the incident's sentences. A running toll ("cumulative")
 * is kept only beside the incident's own trigger, where it is the event
 * itself ("5,000 fighters have surrendered in the past two months").
 */
export function chooseCounts(doc: Doc, incident: Incident, others: readonly Incident[] = []): { counts: CountsValue; mentions: CountMention[] } {
  const sentences = new Set(incidentSentences(incident));
  const triggerSentences = new Set(incident.sentences);
  const usable = doc.counts.filter(
    (c) => sentences.has(c.sentence) && (!c.cumulative || triggerSentences.has(c.sentence)) && !closerToAnother(c, incident, others),
  );
  const merged = mergeCounts(usable);
  const counts = Object.fromEntries(COUNT_CATEGORIES.map((c) => [c, null])) as CountsValue;
  const mentions: CountMention[] = [];
  for (const category of COUNT_CATEGORIES) {
    const m = merged[category];
    if (!m) continue;
    mentions.push(m);
    counts[category] = {
      value: m.value, min: m.min, max: m.max, approximate: m.approximate, cumulative: m.cumulative,
      breakdown: m.breakdown, text: m.text, start: m.start, end: m.end, rule: m.rule,
    };
  }
  return { counts, mentions };
}
