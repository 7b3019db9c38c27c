import { evaluateArticles, combineReports, matchEvents, parseGold, type GoldArticle, type GoldEvent } from '../../src/eval';
import type { EventRecord } from '../../src/schema/event';
import { COUNT_CATEGORIES } from '../../src/schema/vocab';

const TEXT = 'Fighters seized the village of Kafr Test on Monday. Two soldiers were killed in Other Town.';

function gold(overrides: Partial<GoldEvent> & { killed?: number | null } = {}): GoldEvent {
  const { killed = null, ...rest } = overrides;
  return {
    event_type: null, sub_event_type: null, date: null, date_precision: null,
    location: null, admin1: null, country: null, lat: null, lon: null,
    actor1: null, actor2: null, evidence: null,
    counts: { killed, injured: null, captured: null, arrested: null, kidnapped: null, surrendered: null, displaced: null },
    ...rest,
  };
}

function record(overrides: { date?: string; location?: string; country?: string; killed?: number; actor1?: string; sub?: EventRecord['sub_event_type']; evidence?: [number, number] } = {}): EventRecord {
  const counts = Object.fromEntries(COUNT_CATEGORIES.map((c) => [c, null])) as EventRecord['counts'];
  const prov = { text: 'x', start: 0, end: 1, rule: 'test' };
  if (overrides.killed !== undefined) {
    counts.killed = { value: overrides.killed, min: overrides.killed, max: overrides.killed, approximate: false, cumulative: false, breakdown: {}, ...prov };
  }
  const [start, end] = overrides.evidence ?? [0, 10];
  return {
    id: 'r', source: { id: 'a', path: null, published: '2019-03-18', published_from: 'metadata' },
    event_type: 'battles', sub_event_type: overrides.sub ?? 'armed_clash', type_rule: 't', type_text: 'x',
    date: { value: overrides.date ?? '2019-03-18', precision: 'day', ...prov },
    location: overrides.location
      ? { name: overrides.location, admin1: null, country: overrides.country ?? null, country_code: null, lat: null, lon: null, precision: 1, geonameid: null, ...prov }
      : null,
    actor1: overrides.actor1 ? { name: overrides.actor1, type: 'rebel_group', known: true, ...prov } : null,
    actor2: null,
    counts,
    evidence: [{ text: TEXT.slice(start, end), start, end }],
    confidence: 0.5,
  };
}

function article(events: GoldEvent[], id = 'a'): GoldArticle {
  return { id, published: '2019-03-18', text: TEXT, events };
}

describe('event matching', () => {
  test('pairs each gold event with its most similar record, one to one', () => {
    const g = [gold({ date: '2019-03-18', location: 'Kafr Test' }), gold({ date: '2019-03-18', location: 'Other Town', killed: 2 })];
    const r = [record({ location: 'Other Town', killed: 2 }), record({ location: 'Kafr Test' }), record({ location: 'Elsewhere', date: '2001-01-01' })];
    const m = matchEvents(g, r, TEXT);
    expect(m.pairs).toEqual([[0, 1], [1, 0]]);
    expect(m.unmatchedSystem).toEqual([2]);
    expect(m.unmatchedGold).toEqual([]);
  });

  test('gold evidence decides between otherwise equal records', () => {
    const evidence = 'Two soldiers were killed in Other Town.';
    const g = [gold({ evidence })];
    const at = TEXT.indexOf(evidence);
    const r = [record({ evidence: [0, 20] }), record({ evidence: [at, at + 10] })];
    expect(matchEvents(g, r, TEXT).pairs).toEqual([[0, 1]]);
  });
});

describe('field scores', () => {
  test('a count where the gold gives none is a false positive; a wrong count is fp and fn', () => {
    const report = evaluateArticles('f', [
      article([gold({ date: '2019-03-18', killed: 3 })], 'a'),
      article([gold({ date: '2019-03-18' })], 'b'),
    ], (a) => ({ events: [record({ killed: a.id === 'a' ? 2 : 5 })], invalid: 0 }));
    expect(report.scores.killed).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(report.scores.events).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  test('gold 0 agrees with no figure; gold null and no figure is ignored', () => {
    const report = evaluateArticles('f', [article([gold({ date: '2019-03-18', killed: 0 })])], () => ({ events: [record()], invalid: 0 }));
    expect(report.scores.killed).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: null });
  });

  test('fields the gold never gives are skipped for the file', () => {
    const report = evaluateArticles('f', [article([gold({ date: '2019-03-18', killed: 1 })])], () => ({ events: [record({ killed: 1 })], invalid: 0 }));
    expect(report.skipped).toEqual(expect.arrayContaining(['actor1', 'event_type', 'location', 'injured']));
    expect(report.scores.actor1).toBeUndefined();
    expect(report.scores.killed).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  test('a non-count value where this gold event gives none is ignored, on a spurious event it is a false positive', () => {
    const articles = [
      article([gold({ date: '2019-03-18', location: 'Kafr Test' }), gold({ date: '2019-03-18' })], 'a'),
    ];
    const report = evaluateArticles('f', articles, () => ({
      events: [record({ location: 'Kafr Test' }), record({ location: 'Nowhere' }), record({ location: 'Far Away', date: '1999-01-01' })],
      invalid: 0,
    }));
    // Kafr Test tp; "Nowhere" matched (by date) to the gold event without a location: ignored; "Far Away" spurious: fp.
    expect(report.scores.location).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(report.scores.events).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });

  test('an article with no event: every record is a false positive; extractor errors are reported', () => {
    const report = evaluateArticles('f', [article([], 'quiet'), article([gold({ date: '2019-03-18' })], 'boom')], (a) => {
      if (a.id === 'boom') throw new Error('bad');
      return { events: [record({ killed: 4 })], invalid: 1 };
    });
    expect(report.scores.events).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.errors).toEqual([{ id: 'boom', message: 'bad' }]);
    expect(report.invalid_records).toBe(1);
  });

  test('files combine by summing tallies', () => {
    const one = evaluateArticles('1', [article([gold({ date: '2019-03-18', killed: 1 })])], () => ({ events: [record({ killed: 1 })], invalid: 0 }));
    const two = evaluateArticles('2', [article([gold({ date: '2019-03-18', actor1: 'IS' })])], () => ({ events: [record({ actor1: 'Islamic State' })], invalid: 0 }));
    const all = combineReports([one, two]);
    expect(all.scores.events).toMatchObject({ tp: 2 });
    expect(all.scores.killed).toMatchObject({ tp: 1 });
    expect(all.scores.actor1).toMatchObject({ tp: 1 });
    expect(all.skipped).not.toContain('actor1');
  });
});

describe('gold parsing', () => {
  test('pads short dates and names the bad line', () => {
    const ok = parseGold('{"id":"x","published":"2015-8-3","text":"t","events":[{"date":"2015-8-3","counts":{"killed":1}}]}\n', 'g.jsonl');
    expect(ok[0].published).toBe('2015-08-03');
    expect(ok[0].events[0].date).toBe('2015-08-03');
    expect(ok[0].events[0].counts.injured).toBeNull();
    expect(() => parseGold('{"id":"x","text":"t","events":[]}\n{oops', 'g.jsonl')).toThrow('g.jsonl:2');
    expect(() => parseGold('{"id":"x","text":"t","events":[{"event_type":"war"}]}', 'g.jsonl')).toThrow('g.jsonl:1: events.0.event_type');
  });
});
