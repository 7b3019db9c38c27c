import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRIGGER_RULES } from '../../src/events/lexicon';
import { buildTriggerIndex } from '../../src/events/prefilter';

// Every sentence the other event tests use, and the seed article's lines.
const sources = ['triggers.test.ts', 'build.test.ts'].map((f) => readFileSync(join(__dirname, f), 'utf8'));
const sentences = [
  ...sources.flatMap((src) => Array.from(src.matchAll(/'([A-Z][^'\n]{20,})'/g), (m) => m[1])),
  ...readFileSync(join(__dirname, '../../seeds/baghouz-2019-03-19.txt'), 'utf8').split('\n'),
  'air raids and airstrikes, shelled and re-captured, a suicide car-bomber, tear gas, teargas, IEDs',
];

describe('trigger word index', () => {
  const index = buildTriggerIndex(TRIGGER_RULES);

  it('reads many sentences', () => expect(sentences.length).toBeGreaterThan(80));

  it.each(sentences)('picks every rule that matches: %s', (sentence) => {
    const picked = new Set(index.rulesFor(sentence).map((r) => r.id));
    for (const rule of TRIGGER_RULES) {
      rule.pattern.lastIndex = 0;
      if (rule.pattern.test(sentence)) expect(picked).toContain(rule.id);
    }
  });

  it('skips the rules a plain sentence cannot match', () => {
    expect(index.rulesFor('The committee will meet next spring to discuss the budget.').length).toBeLessThan(5);
  });
});
