/**
 * Hostile input, property-based (issue 8 part 2): random and adversarial
 * strings never make extractArticle throw, every record it returns is
 * schema-valid, and the same input always gives the same output.
 */
import fc from 'fast-check';
import { extractArticle } from '../../src/extract';
import { loadResources } from '../../src/pipeline/resources';
import { EventSchema } from '../../src/schema/event';
import { ADVERSARIAL_TOKENS } from './adversarial';

const resources = loadResources();

/** Text built from tokens that stress the rules: triggers, numbers, capitals, quotes, breaks. */
const adversarialText = fc
  .array(fc.oneof(fc.constantFrom(...ADVERSARIAL_TOKENS), fc.string({ maxLength: 6 })), { maxLength: 120 })
  .chain((tokens) => fc.array(fc.constantFrom(' ', '', '\n', '  ', '\t'), { minLength: tokens.length, maxLength: tokens.length })
    .map((seps) => tokens.map((t, i) => t + seps[i]).join('')));

const anyText = fc.oneof(
  adversarialText,
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const published = fc.option(
  fc.oneof(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('', 'yesterday', '2019-02-30', '19-03-2019', 'not a date'),
  ),
  { nil: null },
);

function run(text: string, date: string | null): string {
  return JSON.stringify(extractArticle({ id: 'prop', text, published: date }, { resources }));
}

describe('extractArticle on random and adversarial text', () => {
  test('never throws and returns only schema-valid records', () => {
    fc.assert(
      fc.property(anyText, published, (text, date) => {
        const events = extractArticle({ id: 'prop', text, published: date }, { resources });
        for (const e of events) {
          const check = EventSchema.safeParse(e);
          if (!check.success) throw new Error(check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
          for (const ev of e.evidence) expect(ev.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300, seed: 20190319 },
    );
  });

  test('is deterministic: the same input twice gives the same JSON', () => {
    fc.assert(
      fc.property(anyText, published, (text, date) => {
        expect(run(text, date)).toBe(run(text, date));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
