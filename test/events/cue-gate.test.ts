/**
 * Articles with no cue at all skip the costly stages (analyse with
 * onlyWithCues, as extractArticle runs it); that must never change a record.
 */
import { mayHaveTriggers } from '../../src/events/triggers';
import { analyse } from '../../src/pipeline/stages';
import { loadResources } from '../../src/pipeline/resources';
import { buildEvents } from '../../src/events/build';

const resources = loadResources();

describe('mayHaveTriggers', () => {
  it.each([
    'Gunmen killed five villagers in Kaduna on Monday, police said.',
    'An air strike hit a market in the town.',
    'Thousands took to the streets of the capital.',
    'The army retook the town of Alpha after two days of fighting.',
  ])('finds a cue in %p', (text) => {
    expect(mayHaveTriggers(text)).toBe(true);
  });

  it.each([
    'The central bank held interest rates at 4.5 percent on Tuesday.',
    'The home side won 3-1 in front of a crowd of 40,000.',
    '',
  ])('finds none in %p', (text) => {
    expect(mayHaveTriggers(text)).toBe(false);
  });
});

describe('analyse with onlyWithCues', () => {
  const market = 'LAGOS (Reuters) - Nigerian shares rose 2 percent on Monday as bank stocks gained, traders in Lagos said.';
  const attack = 'KADUNA, Nigeria (AP) - Gunmen killed five villagers in Kaduna state on Monday, police said.';

  it('stops before the places, actors and counts of an article without a cue, and says so', () => {
    const doc = analyse({ text: market }, resources, { published: '2021-05-10', onlyWithCues: true });
    expect(doc.places).toEqual([]);
    expect(doc.sentences.length).toBeGreaterThan(0);
    expect(doc.reference?.value).toBe('2021-05-10');
    expect(doc.trace.join('\n')).toMatch(/no event cue/);
    expect(analyse({ text: market }, resources, { published: '2021-05-10' }).places.length).toBeGreaterThan(0);
  });

  it.each([[market], [attack]])('gives the same records either way (%#)', (text) => {
    for (const includeCrime of [false, true]) {
      const full = buildEvents(analyse({ text }, resources, { published: '2021-05-10' }), resources, { includeCrime });
      const gated = buildEvents(analyse({ text }, resources, { published: '2021-05-10', onlyWithCues: true }), resources, { includeCrime });
      expect(gated).toEqual(full);
    }
    expect(buildEvents(analyse({ text: attack }, resources, { published: '2021-05-10', onlyWithCues: true }), resources, {})).toHaveLength(1);
  });
});
