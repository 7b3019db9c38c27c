import { mergeSameEvents } from '../../src/events/merge';
import type { EventDraft } from '../../src/events/build';

const span = { start: 0, end: 1, rule: 'test' };
function draft(at: number, patch: Partial<EventDraft> = {}): EventDraft {
  return {
    event_type: 'battles',
    sub_event_type: 'armed_clash',
    type_rule: 'r',
    type_text: 'clashes',
    date: { value: '2024-05-06', precision: 'day', text: 'on Monday', ...span },
    location: { name: 'Gao', admin1: null, country: 'Mali', country_code: 'ML', lat: 16.27, lon: -0.04, precision: 1, geonameid: null, text: 'Gao', ...span },
    actor1: { name: 'JNIM', type: 'rebel_group', known: true, text: 'JNIM', ...span },
    actor2: { name: 'Military Forces of Mali', type: 'state_forces', known: true, text: 'soldiers', ...span },
    counts: { killed: null, injured: null, captured: null, arrested: null, kidnapped: null, surrendered: null, displaced: null },
    evidence: [{ text: `s${at}`, start: at, end: at + 5 }],
    confidence: 0.5,
    ...patch,
  };
}
const killed = (value: number, approximate = false) =>
  ({ value, min: value, max: null, approximate, cumulative: false, breakdown: {}, text: String(value), ...span });

describe('mergeSameEvents', () => {
  it('merges records of one type, place, day and actor pair: evidence joined, counts kept', () => {
    const merged = mergeSameEvents([
      draft(0),
      draft(100, { counts: { ...draft(0).counts, killed: killed(7) }, confidence: 0.9 }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].evidence.map((e) => e.start)).toEqual([0, 100]);
    expect(merged[0].counts.killed?.value).toBe(7);
    expect(merged[0].confidence).toBe(0.9);
  });

  it('in ordinary crime, merges one day\'s records of one kind wherever they were placed', () => {
    const beta = { ...draft(0).location!, name: 'Beta', text: 'Beta', lat: 14.45, lon: 1.45 };
    const records = [draft(0), draft(100, { location: beta, actor1: null, counts: { ...draft(0).counts, killed: killed(2) } })];
    expect(mergeSameEvents(records)).toHaveLength(2);
    const [m] = mergeSameEvents(records, true);
    expect(m.location?.name).toBe('Gao');
    expect(m.counts.killed?.value).toBe(2);
    const sunday = { value: '2024-05-05', precision: 'day' as const, text: 'on Sunday', ...span };
    expect(mergeSameEvents([draft(0), draft(100, { date: sunday, location: beta })], true)).toHaveLength(2);
  });

  const sunday = { value: '2024-05-05', precision: 'day' as const, text: 'on Sunday', ...span };
  const lastWeek = { value: '2024-04-29', precision: 'week' as const, text: 'a week ago', ...span };
  const beta = { ...draft(0).location!, name: 'Beta', text: 'Beta', lat: 14.45, lon: 1.45 };
  it.each([
    ['one town, another day', true, { date: sunday }],
    ['one town, a week-precise date', true, { date: lastWeek }],
    ['one town, another day and actors', true, { date: sunday, actor1: null }],
    ['another town and day', false, { date: sunday, location: beta }],
    ['a suburb 10 km off, another day', true, { date: sunday, location: { ...draft(0).location!, name: 'Suburb', lat: 16.3, lon: 0.05 } }],
    ['a town 40 km off, another day', false, { date: sunday, location: { ...draft(0).location!, name: 'Gamma', lat: 16.63, lon: -0.04 } }],
    ['another day, an unresolved name', true, { date: sunday, location: { ...draft(0).location!, name: 'Delta Wood', lat: null, lon: null } }],
    ['another day and kind, an unresolved name', false, { date: sunday, location: { ...draft(0).location!, name: 'Delta Wood', lat: null, lon: null }, sub_event_type: 'attack' as const }],
    ['another day and country, an unresolved name', false, { date: sunday, location: { ...draft(0).location!, name: 'Delta Wood', lat: null, lon: null, country: 'Niger', country_code: 'NE' } }],
    ['another day and kind', false, { date: sunday, sub_event_type: 'attack' as const, event_type: 'violence_against_civilians' as const }],
    ['another day, no place on one side', false, { date: sunday, location: null }],
    ['another town, no date of its own', true, { date: { ...draft(0).date, rule: 'reference_date' }, location: beta }],
    ['another town and day, the first without a date of its own', true, { date: sunday, location: beta }, { date: { ...draft(0).date, rule: 'reference_date' } }],
    ['another town and kind, no date of its own', false, { date: { ...draft(0).date, rule: 'reference_date' }, location: beta, sub_event_type: 'attack' as const }],
  ])('in ordinary crime, %s: one record = %s', (_label, one, patch, firstPatch = {}) => {
    const records = [draft(0, firstPatch), draft(100, { ...patch, counts: { ...draft(0).counts, killed: killed(3) } })];
    expect(mergeSameEvents(records, true)).toHaveLength(one ? 1 : 2);
    // Outside crime the records stay apart: a conflict article may tell two days' fighting in one town.
    expect(mergeSameEvents(records.map((r) => ({ ...r })), false)).toHaveLength(2);
  });

  it('in ordinary crime, a record joined by its town lends its day to the records after it', () => {
    const records = [
      draft(0, { counts: { ...draft(0).counts, killed: killed(1) } }),
      draft(100, { date: sunday }),
      draft(200, { date: sunday, location: beta, counts: { ...draft(0).counts, killed: killed(4) } }),
    ];
    const merged = mergeSameEvents(records, true);
    expect(merged).toHaveLength(1);
    expect(merged[0].location?.name).toBe('Gao');
    expect(merged[0].date.value).toBe('2024-05-06');
    expect(merged[0].counts.killed?.value).toBe(4);
    expect(merged[0].evidence.map((e) => e.start)).toEqual([0, 100, 200]);
  });

  it('prefers an exact figure over a vague one for the same people', () => {
    const [m] = mergeSameEvents([
      draft(0, { counts: { ...draft(0).counts, killed: killed(24, true) } }),
      draft(50, { counts: { ...draft(0).counts, killed: killed(19) } }),
    ]);
    expect(m.counts.killed?.value).toBe(19);
  });

  it.each([
    ['another day', { date: { value: '2024-05-05', precision: 'day' as const, text: 'on Sunday', ...span } }],
    ['another place', { location: { ...draft(0).location!, name: 'Menaka' } }],
    ['another sub-event type', { sub_event_type: 'attack' as const, event_type: 'violence_against_civilians' as const }],
    ['other actors', { actor1: { ...draft(0).actor1!, name: 'Islamic State Sahel' } }],
    ['a week-precise date', { date: { value: '2024-05-06', precision: 'week' as const, text: 'last week', ...span } }],
  ])('keeps records apart on %s', (label, patch) => {
    // Two week-precise records with the same key may still be two events; the others differ in one field.
    const first = label === 'a week-precise date' ? draft(0, patch) : draft(0);
    expect(mergeSameEvents([first, draft(100, patch)])).toHaveLength(2);
  });
});
