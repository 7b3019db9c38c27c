/** The seed article: what the counts stage must read from it, and what it must not. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCounts, mergeCounts } from '../../src/counts';
import { docFor } from './helpers';

const text = readFileSync(join(__dirname, '../../seeds/baghouz-2019-03-19.txt'), 'utf8');
const doc = docFor(text, '2019-03-19');
const mentions = findCounts(doc);
const merged = mergeCounts(mentions);

test('captured: 157 ("capturing 157 militants"), the vague "hundreds" kept as a mention', () => {
  expect(merged.captured).toMatchObject({ value: 157, approximate: false });
  expect(mentions.some((m) => m.category === 'captured' && m.vague === 'hundreds' && m.value === 200)).toBe(true);
});

test('"sick and injured ... militants who were captured" is not an injured count', () => {
  expect(mentions.filter((m) => m.category === 'injured')).toEqual([]);
});

test('surrendered: some 5,000 in the past two months, approximate and cumulative', () => {
  expect(merged.surrendered).toMatchObject({ value: 5000, approximate: true, cumulative: true });
});

test('displaced: over 60,000 people who have left Baghouz', () => {
  expect(merged.displaced).toMatchObject({ value: 60000, min: 60001, max: null });
});

test('no killed figure, and "5,000 more people in Baghouz" is nobody\'s count', () => {
  expect(merged.killed).toBeUndefined();
  expect(mentions.some((m) => m.text.includes('more people'))).toBe(false);
});

test('every mention points at its evidence and names its rule', () => {
  for (const m of mentions) {
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(m.rule).toMatch(/^[a-z]+\.[a-z-]+$/);
    expect(m.sentence).toBeGreaterThanOrEqual(0);
  }
});
