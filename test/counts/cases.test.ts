/** The sentence table: each sentence → the figures mergeCounts must give per category. */
import { findCounts, mergeCounts } from '../../src/counts';
import { COUNT_CATEGORIES } from '../../src/schema/vocab';
import table from './cases.json';
import { docFor } from './helpers';

type Expected = number | Record<string, unknown>;
interface Case { text: string; published?: string; expect: Record<string, Expected> }

const cases = (table as { cases: Case[] }).cases;

test('the table is large enough and a third of it must yield nothing', () => {
  expect(cases.length).toBeGreaterThanOrEqual(200);
  expect(cases.filter((c) => Object.keys(c.expect).length === 0).length * 3).toBeGreaterThanOrEqual(cases.length);
});

describe.each(cases)('$text', ({ text, published, expect: expected }) => {
  const doc = docFor(text, published ?? null);
  const merged = mergeCounts(findCounts(doc));
  test.each(COUNT_CATEGORIES.map((c) => [c]))('%s', (category) => {
    const want = expected[category];
    const got = merged[category];
    if (want === undefined) {
      expect(got?.value ?? null).toBeNull();
      return;
    }
    expect(got).toBeDefined();
    if (typeof want === 'number') expect(got!.value).toBe(want);
    else expect(got).toMatchObject(want);
    // Evidence points into the article.
    expect(doc.text.slice(got!.start, got!.end)).toBe(got!.text.includes(' … ') ? doc.text.slice(got!.start, got!.end) : got!.text);
  });
});
