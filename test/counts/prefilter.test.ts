/** The sentence prefilter must never drop a sentence the counts stage reads. */
import { findCounts } from '../../src/counts';
import { mayHaveCount } from '../../src/counts/prefilter';
import table from './cases.json';
import { docFor } from './helpers';

const cases = (table as { cases: { text: string; expect: Record<string, unknown> }[] }).cases;

test('every sentence with a count passes the prefilter', () => {
  for (const { text } of cases) {
    const doc = docFor(text);
    for (const m of findCounts(doc)) expect([text, mayHaveCount(doc.sentences[m.sentence].text)]).toEqual([text, true]);
  }
});

test.each([
  'The shooting remains under investigation.',
  'Officers said the shooting was not connected to the robbery.',
  'The group claimed responsibility for the blast.',
  'The minister took questions from reporters.',
])('no cue, no tokenizing: %s', (text) => {
  expect(mayHaveCount(text)).toBe(false);
});

test.each([
  'Police said the gunman was shooting two people in the car park.',
  'The floods claimed the lives of 12 villagers.',
  'Shooting John Smith in the leg, the robber fled.',
  'An apparent murder-suicide left two dead.',
])('a cue before its people passes: %s', (text) => {
  expect(mayHaveCount(text)).toBe(true);
});
