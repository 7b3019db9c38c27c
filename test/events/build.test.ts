import { fixtureDoc, simpleRoles, type FixtureSpec } from './fixture';

jest.mock('../../src/actors', () => ({ assignRoles: (...args: Parameters<typeof simpleRoles>) => simpleRoles(...args) }));
// eslint-disable-next-line import/first
import { buildEvents } from '../../src/events/build';
import { explainEvent } from '../../src/events/explain';
import type { Resources } from '../../src/pipeline/resources';

const resources = {} as Resources;
const TOWNS = ['Alpha', 'Beta', 'Gamma'].map((t) => ({ text: t, country: 'Nowhere', code: 'NW' }));

function build(text: string, spec: FixtureSpec = {}) {
  return buildEvents(fixtureDoc(text, { published: '2021-05-12', places: TOWNS, ...spec }), resources);
}

describe('one record per incident', () => {
  it('splits a roundup of three attacks in three towns', () => {
    const events = build(
      'Gunmen killed five villagers in Alpha on Monday. In Beta, a roadside bomb killed two soldiers. Militants also attacked the village of Gamma, killing three people.',
      { counts: [{ text: 'killing three people', category: 'killed', value: 3 }] },
    );
    expect(events.map((e) => [e.location?.name, e.sub_event_type])).toEqual([
      ['Alpha', 'attack'],
      ['Beta', 'remote_explosive_landmine_ied'],
      ['Gamma', 'attack'],
    ]);
  });

  it('gives each incident of one sentence the place in its own clause', () => {
    const events = build('Clashes broke out in Alpha on Monday and an air strike hit Beta, while Gamma was shelled by the army.');
    expect(events.map((e) => [e.sub_event_type, e.location?.name])).toEqual([
      ['armed_clash', 'Alpha'],
      ['air_drone_strike', 'Beta'],
      ['shelling_artillery_missile_attack', 'Gamma'],
    ]);
  });

  it('keeps a march and a riot told in one sentence apart ("…, while in B …")', () => {
    const events = build('Thousands marched through Alpha on Tuesday to protest against prices, while in Beta demonstrators blocked roads with burning tyres and stoned police.');
    expect(events.map((e) => [e.sub_event_type, e.location?.name])).toEqual([
      ['peaceful_protest', 'Alpha'],
      ['violent_demonstration', 'Beta'],
    ]);
  });

  it('gives each figure of a sentence with two incidents to the incident whose cue is nearest', () => {
    const events = build('Eleven people were wounded when shells fell on Alpha on Monday, and an air strike killed two fighters in Beta.', {
      counts: [
        { text: 'Eleven people', category: 'injured', value: 11 },
        { text: 'killed two fighters', category: 'killed', value: 2 },
      ],
    });
    expect(events.map((e) => [e.sub_event_type, e.counts.injured?.value ?? null, e.counts.killed?.value ?? null])).toEqual([
      ['shelling_artillery_missile_attack', 11, null],
      ['air_drone_strike', null, 2],
    ]);
  });

  it('keeps a later arrest as its own record with its own date and place', () => {
    const events = build('A car bomb exploded near the market in Alpha on Monday, killing four.\nOn Wednesday police arrested two militants in Beta.');
    expect(events.map((e) => [e.sub_event_type, e.location?.name, e.date.value])).toEqual([
      ['remote_explosive_landmine_ied', 'Alpha', '2021-05-10'],
      ['arrests', 'Beta', '2021-05-12'],
    ]);
  });

  it('keeps an earlier strike as its own record', () => {
    const events = build('Militants stormed and seized the town of Alpha on Tuesday.\nEarlier, an air strike hit a militant convoy near Beta.');
    expect(events.map((e) => [e.sub_event_type, e.location?.name, e.date.value, e.date.precision])).toEqual([
      ['non_state_actor_overtakes_territory', 'Alpha', '2021-05-11', 'day'],
      ['air_drone_strike', 'Beta', '2021-05-10', 'week'],
    ]);
  });

  it('dates "the attack came a day after" before the incident it follows', () => {
    const events = build('A grenade wounded 12 people in Alpha on Monday.\n\nThe attack came a day after two militants were killed in a gunfight in Beta.');
    expect(events.map((e) => [e.location?.name, e.date.value])).toEqual([
      ['Alpha', '2021-05-10'],
      ['Beta', '2021-05-09'],
    ]);
  });

  it.each([
    ['a retelling with its own day dates the lead and keeps a later day apart',
      'The attackers struck the camp late on Sunday while residents slept.', [['attack', '2021-05-09'], ['armed_clash', '2021-05-11']]],
    ['"The raid" retells it too', 'The raid began late on Sunday, residents said.', [['attack', '2021-05-09'], ['armed_clash', '2021-05-11']]],
    ['a sentence that does not open on the incident dates nothing', 'Residents said the camp had been quiet late on Sunday.', [['attack', '2021-05-11'], ['armed_clash', '2021-05-11']]],
  ])('an incident with only its report\'s day: %s', (_why, retelling, expected) => {
    const events = build(
      `Militiamen killed 11 villagers in a raid on a camp near Alpha, officials said on Tuesday.\n\n${retelling}\n\nTroops clashed with the militia near Alpha on Tuesday morning, killing three fighters.`,
      { counts: [{ text: '11 villagers', category: 'killed', value: 11 }, { text: 'three fighters', category: 'killed', value: 3 }] },
    );
    expect(events.map((e) => [e.sub_event_type, e.date.value])).toEqual(expected);
  });

  it.each([
    ['a break cue in the sentence just before opens the story a cue goes on with',
      'Later in the day, hundreds of people tried to walk to the office in Alpha. When soldiers stopped them, the protesters pelted stones at the soldiers.'],
    ['"the protesters pelted" names its actor, it does not point back to the killing',
      'In Beta, the protesters pelted stones at soldiers.'],
  ])('%s', (_why, second) => {
    const events = build(`A farmer was killed when gunmen fired at a field near Alpha on Tuesday morning, police said.\n\n${second}`, {
      counts: [{ text: 'A farmer was killed', category: 'killed', value: 1 }],
    });
    expect(events.map((e) => e.event_type)).toEqual(['violence_against_civilians', 'riots']);
  });

  it.each([
    ['"in the fighting" in a paragraph that opened on another day is that day\'s incident',
      'On Tuesday, police launched an operation to push the gunmen out of Alpha. Six gunmen were killed in the fighting.', [['attack', '2021-05-09'], ['armed_clash', '2021-05-11']]],
    ['in a paragraph on the same day it retells the incident', 'On Sunday, residents fled Alpha. Six gunmen were killed in the fighting.', [['armed_clash', '2021-05-09']]],
  ])('%s', (_why, second, expected) => {
    const events = build(`Gunmen stormed Alpha on Sunday, killing 12 villagers.\n\n${second}`, {
      counts: [{ text: 'killing 12 villagers', category: 'killed', value: 12 }, { text: 'Six gunmen were killed', category: 'killed', value: 6 }],
    });
    expect(events.map((e) => [e.sub_event_type, e.date.value])).toEqual(expected);
  });

  it.each([
    ['a cue whose own date is history tells history', 'Retired officers admitted on Tuesday that soldiers killed 20 civilians in Alpha more than 15 years ago.', 'killed 20 civilians', 0],
    ['a cue whose own date is history tells history', 'A roadside bomb killed 9 soldiers in 2019 in Alpha.', 'killed 9 soldiers', 0],
    ['"since" compares with a span up to now', 'A roadside bomb, the deadliest since 2019, killed 9 soldiers in Alpha on Tuesday.', 'killed 9 soldiers', 1],
    ['a sentence that opens on its own day keeps it', 'Late last month, rebels killed three soldiers in Alpha in an ambush like one in 2016.', 'killed three soldiers', 1],
  ])('%s: %s', (_why, text, count, records) => {
    expect(build(text, { counts: [{ text: count, category: 'killed', value: 9 }] })).toHaveLength(records);
  });

  it('dates an updated toll by its incident, not by the day the toll rose', () => {
    const events = build('The death toll from a car bombing in Alpha rose to 23 from 17 on Tuesday, police said. The attacker drove the car into a checkpoint late Monday.');
    expect(events.map((e) => e.date.value)).toEqual(['2021-05-10']);
  });

  it('dates "a day earlier" against the incident it follows', () => {
    const events = build('A roadside bomb killed three soldiers in Alpha on Tuesday. Another bomb had exploded in Beta a day earlier.');
    expect(events.map((e) => [e.location?.name, e.date.value])).toEqual([
      ['Alpha', '2021-05-11'],
      ['Beta', '2021-05-10'],
    ]);
  });

  it('merges the sentences that retell one incident', () => {
    const events = build(
      'Rebels seized the town of Alpha on Sunday, officials said.\nThe fall of the town followed days of heavy fighting between the rebels and the army.\nRebels took control of Alpha after the army withdrew its last units, a commander said.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sub_event_type: 'non_state_actor_overtakes_territory', date: { value: '2021-05-09' } });
    expect(events[0].evidence).toHaveLength(3);
  });

  it('attaches counts from the sentences that continue an incident, not running tolls', () => {
    const text = 'An air strike hit a market in Alpha on Monday. Twelve people died and 30 were wounded.\nThe war has killed 4,000 people since 2019.';
    const events = build(text, {
      counts: [
        { text: 'Twelve people died', category: 'killed', value: 12 },
        { text: '30 were wounded', category: 'injured', value: 30 },
        { text: 'killed 4,000 people', category: 'killed', value: 4000, cumulative: true },
      ],
    });
    expect(events).toHaveLength(1);
    expect(events[0].counts.killed?.value).toBe(12);
    expect(events[0].counts.injured?.value).toBe(30);
    expect(events[0].evidence.map((e) => e.text)).toEqual(['An air strike hit a market in Alpha on Monday.', 'Twelve people died and 30 were wounded.']);
  });
});

describe('conflict context', () => {
  it('codes a bare headline about a country at war, not the same words elsewhere', () => {
    const headline = 'Two persons killed and clashes continue in Alpha';
    const syria = build(headline, { places: [{ text: 'Alpha', code: 'SY', country: 'Syria' }] });
    expect(syria.map((e) => e.sub_event_type)).toEqual(['armed_clash']);
    expect(build('A man was shot and killed in Alpha, the sheriff said.', { places: [{ text: 'Alpha', code: 'US' }] })).toEqual([]);
  });
});

describe('fields', () => {
  it('falls back to the article place, then the focus country at precision 4', () => {
    const withMain = build('Heavy fighting erupted at dawn between the army and rebels.\nResidents of Alpha fled their homes in Alpha.');
    expect(withMain[0].location).toMatchObject({ name: 'Alpha', rule: 'article_main_place' });
    const doc = fixtureDoc('Heavy fighting erupted at dawn between the army and rebels.', { published: '2021-05-12' });
    doc.focusCountry = 'SY';
    expect(buildEvents(doc, resources)[0].location).toMatchObject({ name: 'Syria', country_code: 'SY', precision: 4, lat: null, rule: 'focus_country' });
  });

  it('dates an undated incident by the reference date, or leaves it unknown', () => {
    expect(build('Heavy fighting erupted between the army and rebels in Alpha.')[0].date).toMatchObject({ value: '2021-05-12', precision: 'day', rule: 'reference_date' });
    const undated = buildEvents(fixtureDoc('Heavy fighting erupted between the army and rebels in Alpha.', { places: TOWNS }), resources);
    expect(undated[0].date).toMatchObject({ value: null, precision: null, rule: 'no_date' });
  });

  it('retypes an attack on armed men as a battle, territory taken by the state as regained', () => {
    const actors = [
      { text: 'gunmen', name: 'Unidentified Armed Group', type: 'political_militia' as const },
      { text: 'soldiers', name: 'Military Forces', type: 'state_forces' as const },
      { text: 'The army', name: 'Military Forces', type: 'state_forces' as const },
      { text: 'rebels', name: 'Rebels', type: 'rebel_group' as const },
    ];
    expect(build('Suspected gunmen attacked soldiers in Alpha, killing two.', { actors })[0]).toMatchObject({ event_type: 'battles', sub_event_type: 'armed_clash' });
    expect(build('The army seized the town of Alpha from rebels.', { actors })[0]).toMatchObject({ sub_event_type: 'government_regains_territory', type_rule: 'territory_taken>state_forces' });
  });

  it('gives more confidence to records with more fields found in the text', () => {
    const full = build('A roadside bomb killed three soldiers in Alpha on Tuesday.', {
      actors: [{ text: 'soldiers', name: 'Military Forces', type: 'state_forces' }],
      counts: [{ text: 'killed three soldiers', category: 'killed', value: 3 }],
    })[0];
    const bare = buildEvents(fixtureDoc('A roadside bomb went off.'), resources)[0];
    expect(full.confidence).toBeGreaterThan(bare.confidence);
    expect(bare.confidence).toBeGreaterThan(0);
  });

  it('explains a record: rules and spans', () => {
    const [event] = build('A roadside bomb killed three soldiers in Alpha on Tuesday.');
    const text = explainEvent(event);
    expect(text).toContain('remote_explosive_landmine_ied  <- ied "roadside bomb"');
    expect(text).toContain('2021-05-11 (day)  <- weekday_past "on Tuesday"');
    expect(text).toContain('Alpha, Nowhere (precision 1)  <- fixture_place "Alpha"');
    expect(text).toContain('evidence');
  });
});
