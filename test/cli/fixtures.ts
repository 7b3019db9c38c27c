/** A valid event record written for these tests (not taken from any article). */
import { EventSchema, type EventRecord } from '../../src/schema/event';

const none = { killed: null, injured: null, captured: null, arrested: null, kidnapped: null, surrendered: null, displaced: null };

export function sampleRecord(overrides: Partial<EventRecord> = {}): EventRecord {
  const text = 'Rebels, "the Front", attacked a post near Qarya;\nthree guards were\nkilled.';
  return EventSchema.parse({
    id: 'abc123',
    source: { id: 'story-1', path: null, published: '2020-02-03', published_from: 'metadata' },
    event_type: 'battles',
    sub_event_type: 'armed_clash',
    type_rule: 'test.attacked',
    type_text: 'attacked',
    date: { value: '2020-02-02', precision: 'day', text: 'on Sunday', start: 0, end: 9, rule: 'test.date' },
    location: {
      name: 'Qarya', admin1: 'North', country: 'Testland', country_code: 'TL', lat: 12.5, lon: -3.25,
      precision: 1, geonameid: null, text: 'Qarya', start: 40, end: 45, rule: 'test.place',
    },
    actor1: { name: 'The Front', type: 'rebel_group', known: true, text: 'Rebels', start: 0, end: 6, rule: 'test.actor' },
    actor2: null,
    counts: {
      ...none,
      killed: { value: 3, min: 3, max: 3, approximate: false, cumulative: false, breakdown: {}, text: 'three', start: 47, end: 52, rule: 'test.count' },
    },
    evidence: [
      { text: text.slice(0, 48), start: 0, end: 48 },
      { text: text.slice(49), start: 49, end: text.length },
    ],
    confidence: 0.75,
    ...overrides,
  });
}
