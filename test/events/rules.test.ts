import triggers from '../../src/events/triggers.json';
import negatives from '../../src/events/negatives.json';
import incidents from '../../src/events/incidents.json';
import { SUB_EVENT_TYPES } from '../../src/schema/vocab';
import { DATE_RULE_PATTERNS } from '../../src/dates/relative';
import relativeDates from '../../src/dates/relative.json';

const patterns: [string, string][] = [
  ...triggers.rules.map((r) => [`trigger ${r.id}`, r.pattern] as [string, string]),
  ...negatives.sentence.map((n) => [`negative ${n.id}`, n.pattern] as [string, string]),
  ['conflictContext', negatives.conflictContext],
  ['breakCues', incidents.breakCues],
  ['earlierCues', incidents.earlierCues],
  ['anaphoricCue', incidents.anaphoricCue],
  ['reportingCue', incidents.reportingCue],
  ['retellingCue', incidents.retellingCue],
  ['date nightClock afterMidnight', relativeDates.nightClock.afterMidnight],
  ['date nightClock beforeMidnight', relativeDates.nightClock.beforeMidnight],
  ['grievance', triggers.grievance.pattern],
  ['absorbStop', triggers.absorbStop.pattern],
  ['date futureContext', relativeDates.futureContext.pattern],
  ['date sinceContext', relativeDates.sinceContext.pattern],
  ['date dateline before', relativeDates.dateline.before],
  ['date dateline after', relativeDates.dateline.after],
  ...DATE_RULE_PATTERNS.map((p, i) => [`date rule ${i}`, p.source] as [string, string]),
];

/** True when a quantified group contains a quantifier itself: the shape that can backtrack super-linearly. */
function hasNestedQuantifier(pattern: string): boolean {
  const groups: boolean[] = []; // per open group: does it contain a quantifier?
  const isQuantifier = (j: number) => /[*+?{]/.test(pattern[j] ?? '');
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1; continue; }
    if (c === '(') { groups.push(false); if (pattern[i + 1] === '?') i++; continue; }
    if (c === ')') {
      const inner = groups.pop() ?? false;
      if (inner && isQuantifier(i + 1)) return true;
      if (groups.length && (inner || isQuantifier(i + 1))) groups[groups.length - 1] = true;
      continue;
    }
    if (groups.length && isQuantifier(i)) groups[groups.length - 1] = true;
  }
  return false;
}

describe('rule tables', () => {
  it.each(patterns)('%s compiles and has no nested unbounded quantifier', (_id, pattern) => {
    expect(() => new RegExp(pattern, 'i')).not.toThrow();
    expect(hasNestedQuantifier(pattern)).toBe(false);
  });

  it('the checker itself flags nested quantifiers', () => {
    expect(['(a+)+', '(?:\\w+\\s)?', '(?:x(?:ab)*)+'].map(hasNestedQuantifier)).toEqual([true, true, true]);
    expect(['(?:es|ed)?', '(?<![Tt]he )x', '[a-z]{0,20}(?:a|b)', '(?:a|b(?:c)?)'].map(hasNestedQuantifier)).toEqual([false, false, false, false]);
  });

  it('names only known sub-event types and unique rule ids', () => {
    for (const r of triggers.rules) expect(SUB_EVENT_TYPES).toContain(r.sub_event_type);
    expect(new Set(triggers.rules.map((r) => r.id)).size).toBe(triggers.rules.length);
  });

  it('cancels only known trigger rules', () => {
    const ids = new Set(triggers.rules.map((r) => r.id));
    for (const n of negatives.sentence) for (const id of [n.suppresses].flat()) if (id !== 'weak') expect(ids).toContain(id);
  });

  it('matches in linear time on hostile input', () => {
    const hostile = `${'a '.repeat(20000)}${'captured '.repeat(2000)}${'x'.repeat(20000)}`;
    for (const [, p] of patterns) {
      const started = process.hrtime.bigint();
      new RegExp(p, 'gi').test(hostile);
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
    }
  });
});
