import { EventSchema } from '../../src/schema/event';
import { SUB_EVENT_TYPES, SUB_EVENT_TYPES_BY_TYPE, eventTypeOf } from '../../src/schema/vocab';

const span = { text: 'x', start: 0, end: 1, rule: 'test' };
const valid = {
  id: 'abc',
  source: { id: 'a.txt', path: 'a.txt', published: '2019-03-19', published_from: 'metadata' },
  event_type: 'battles',
  sub_event_type: 'armed_clash',
  type_rule: 'battles.clash',
  type_text: 'clashes',
  date: { value: '2019-03-19', precision: 'day', ...span },
  location: null,
  actor1: null,
  actor2: null,
  counts: { killed: null, injured: null, captured: null, arrested: null, kidnapped: null, surrendered: null, displaced: null },
  evidence: [{ text: 'x', start: 0, end: 1 }],
  confidence: 0.5,
};

describe('event schema', () => {
  it('has ACLED’s 25 sub-event types, each under one of six types', () => {
    expect(SUB_EVENT_TYPES).toHaveLength(25);
    expect(Object.keys(SUB_EVENT_TYPES_BY_TYPE)).toHaveLength(6);
    expect(eventTypeOf('air_drone_strike')).toBe('explosions_remote_violence');
  });
  it('accepts a complete record', () => {
    expect(EventSchema.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['an unknown event type', { event_type: 'war' }],
    ['a date that is not YYYY-MM-DD', { date: { ...valid.date, value: '19/03/2019' } }],
    ['a negative count', { counts: { ...valid.counts, killed: { value: -1, min: 0, max: null, approximate: false, cumulative: false, breakdown: {}, ...span } } }],
    ['a record without evidence', { evidence: [] }],
    ['confidence above 1', { confidence: 1.5 }],
  ])('rejects %s', (_name, patch) => {
    expect(EventSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});
