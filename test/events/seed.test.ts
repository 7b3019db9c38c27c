import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureDoc, simpleRoles } from './fixture';

jest.mock('../../src/actors', () => ({ assignRoles: (...args: Parameters<typeof simpleRoles>) => simpleRoles(...args) }));
// eslint-disable-next-line import/first
import { buildEvents } from '../../src/events/build';
import type { Resources } from '../../src/pipeline/resources';

const resources = {} as Resources;
const text = readFileSync(join(__dirname, '../../seeds/baghouz-2019-03-19.txt'), 'utf8');

// The places, actors and counts stages' expected findings on the seed, given by hand.
const doc = fixtureDoc(text, {
  places: [
    { text: 'Baghouz', country: 'Syria', code: 'SY', lat: 34.45, lon: 40.93 },
    { text: 'Syria', country: 'Syria', code: 'SY', lat: 35, lon: 38, precision: 4 },
  ],
  actors: [
    { text: 'US-backed group', name: 'Syrian Democratic Forces', type: 'rebel_group' },
    { text: 'Syrian Democratic Forces', name: 'Syrian Democratic Forces', type: 'rebel_group' },
    { text: 'SDF', name: 'Syrian Democratic Forces', type: 'rebel_group' },
    { text: 'ISIS', name: 'Islamic State', type: 'rebel_group' },
    { text: 'Daesh', name: 'Islamic State', type: 'rebel_group' },
    { text: 'militants', name: 'Islamic State', type: 'rebel_group' },
  ],
  counts: [
    { text: 'capturing 157 militants', category: 'captured', value: 157 },
    { text: 'some 5,000 fighters have surrendered', category: 'surrendered', value: 5000, approximate: true, cumulative: true },
    { text: 'over 60,000 people who have left', category: 'displaced', value: 60000, approximate: true, cumulative: true },
  ],
});

describe('seed article (Baghouz, 2019-03-19)', () => {
  const events = buildEvents(doc, resources);

  it('resolves the reference date from the only full date', () => {
    expect(doc.reference).toMatchObject({ value: '2019-03-19', source: 'latest_date' });
  });

  it('has an SDF–Islamic State event at Baghouz on Tuesday 2019-03-19', () => {
    const main = events.find((e) => e.location?.name === 'Baghouz' && e.date.value === '2019-03-19' && e.date.precision === 'day');
    expect(main).toBeDefined();
    expect(main!.event_type).toBe('battles');
    expect(main!.sub_event_type).toBe('non_state_actor_overtakes_territory');
    expect(main!.actor1?.name).toBe('Syrian Democratic Forces');
    expect(main!.actor2?.name).toBe('Islamic State');
  });

  it('puts captured 157 on an SDF–Islamic State event', () => {
    const e = events.find((x) => x.counts.captured?.value === 157);
    expect(e?.actor1?.name).toBe('Syrian Democratic Forces');
    expect(e?.actor2?.name).toBe('Islamic State');
  });

  it('keeps the surrenders and the people who left', () => {
    expect(events.some((e) => e.counts.surrendered?.value === 5000 && e.counts.surrendered.approximate)).toBe(true);
    expect(events.some((e) => (e.counts.displaced?.value ?? 0) >= 60000)).toBe(true);
  });

  it('reports no deaths and no event dated from the 2014 caliphate', () => {
    expect(events.every((e) => e.counts.killed === null)).toBe(true);
    expect(events.some((e) => e.date.value?.startsWith('2014'))).toBe(false);
    expect(events.some((e) => e.evidence.some((ev) => ev.text.includes('caliphate')))).toBe(false);
  });

  it('orders records by their first evidence and gives confidences in [0, 1]', () => {
    const starts = events.map((e) => e.evidence[0].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const e of events) expect(e.confidence).toBeGreaterThanOrEqual(0);
    for (const e of events) expect(e.confidence).toBeLessThanOrEqual(1);
  });
});
