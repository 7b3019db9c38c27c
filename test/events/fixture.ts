/**
 * Hand-built documents for the events and dates tests: the text stages and
 * our own date and trigger stages run for real; places, actors and counts are
 * given by the test (found by their surface text), so these tests do not
 * depend on the other stages' progress.
 */
import type { ActorMention, CountMention, Doc, PlaceMention, RoleAssignment, TriggerMention } from '../../src/pipeline/doc';
import type { ActorType, CountCategory } from '../../src/schema/vocab';
import { emptyDoc } from '../../src/pipeline/stages';
import { normalizeText } from '../../src/text/normalize';
import { splitSentences } from '../../src/text/sentences';
import { findReferenceDate } from '../../src/dates/reference';
import { findDates } from '../../src/dates/mentions';
import { findTriggers } from '../../src/events/triggers';

export interface PlaceSpec { text: string; name?: string; country?: string; code?: string; lat?: number | null; lon?: number | null; precision?: 1 | 2 | 3 | 4 | null; admin1?: string; role?: PlaceMention['role'] }
export interface ActorSpec { text: string; name: string; type: ActorType; source?: boolean }
export interface CountSpec { text: string; category: CountCategory; value: number; approximate?: boolean; cumulative?: boolean; occurrence?: number }

export interface FixtureSpec {
  published?: string | null;
  option?: string | null;
  places?: PlaceSpec[];
  actors?: ActorSpec[];
  counts?: CountSpec[];
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) found.push(i);
  return found;
}

function sentenceOf(doc: Doc, offset: number): number {
  return doc.sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? 0;
}

export function dateDoc(text: string, published: string | null = null, option: string | null = null): Doc {
  const doc = emptyDoc({ text, published });
  doc.text = normalizeText(text);
  doc.sentences = splitSentences(doc.text);
  doc.reference = findReferenceDate(doc, option);
  doc.dates = findDates(doc);
  return doc;
}

export function fixtureDoc(text: string, spec: FixtureSpec = {}): Doc {
  const doc = dateDoc(text, spec.published ?? null, spec.option ?? null);
  doc.places = (spec.places ?? []).flatMap((p) =>
    occurrences(doc.text, p.text).map((start): PlaceMention => ({
      start, end: start + p.text.length, text: p.text, sentence: sentenceOf(doc, start),
      name: p.name ?? p.text, admin1: p.admin1 ?? null, country: p.country ?? null, country_code: p.code ?? null,
      lat: p.lat === undefined ? 1 : p.lat, lon: p.lon === undefined ? 1 : p.lon, precision: p.precision === undefined ? 1 : p.precision,
      geonameid: null, role: p.role ?? 'event', rule: 'fixture_place',
    })),
  ).sort((a, b) => a.start - b.start);
  doc.actors = (spec.actors ?? []).flatMap((a) =>
    occurrences(doc.text, a.text).map((start): ActorMention => ({
      start, end: start + a.text.length, text: a.text, sentence: sentenceOf(doc, start), name: a.name, type: a.type,
      known: true, country: null, generic: false, source: a.source, rule: 'fixture_actor',
    })),
  ).sort((a, b) => a.start - b.start);
  doc.counts = (spec.counts ?? []).map((c): CountMention => {
    const start = occurrences(doc.text, c.text)[c.occurrence ?? 0];
    if (start === undefined) throw new Error(`count text not found: ${c.text}`);
    return {
      start, end: start + c.text.length, text: c.text, sentence: sentenceOf(doc, start), category: c.category,
      value: c.value, min: c.value, max: c.approximate ? null : c.value, approximate: c.approximate ?? false,
      cumulative: c.cumulative ?? false, breakdown: {}, rule: 'fixture_count',
    };
  });
  doc.triggers = findTriggers(doc);
  return doc;
}

/** Stand-in for the actors stage's assignRoles: the incident's first two distinct non-source actors, in text order. */
export function simpleRoles(doc: Doc, _t: TriggerMention, sentences: number[]): RoleAssignment {
  const inIncident = doc.actors.filter((a) => sentences.includes(a.sentence) && !a.source);
  const actor1 = inIncident[0] ?? null;
  const actor2 = inIncident.find((a) => a.name !== actor1?.name) ?? null;
  return { actor1, actor2, rule: 'test_roles' };
}
