import { fixtureDoc, simpleRoles, type FixtureSpec } from './fixture';

jest.mock('../../src/actors', () => ({ assignRoles: (...args: Parameters<typeof simpleRoles>) => simpleRoles(...args) }));
// eslint-disable-next-line import/first
import { buildEvents } from '../../src/events/build';
import type { Resources } from '../../src/pipeline/resources';

const resources = {} as Resources;
const build = (text: string, spec: FixtureSpec = {}) => buildEvents(fixtureDoc(text, { published: '2021-05-12', ...spec }), resources);

describe('location choice', () => {
  it('narrows a most-mentioned province to the town inside it', () => {
    const places = [
      { text: 'Westmark', precision: 3 as const, admin1: 'Westmark', code: 'NW' },
      { text: 'Dunford', precision: 1 as const, admin1: 'Westmark', code: 'NW' },
    ];
    const events = build('Police dispersed a sit-in of families outside the press club on Monday.\n\nThe families came from towns across Westmark to Dunford.\n\nWestmark has seen many such cases.', { places });
    expect(events.map((e) => e.location?.name)).toEqual(['Dunford']);
  });

  it('ranks a named but unresolved place in a known country above the country', () => {
    const places = [
      { text: 'Nowhereland', precision: 4 as const, code: 'NW' },
      { text: 'Porto Velho Sul', precision: null, code: 'NW', lat: null, lon: null },
    ];
    const events = build('Insurgents captured the port of Porto Velho Sul in northern Nowhereland on Tuesday.', { places });
    expect(events[0].location?.name).toBe('Porto Velho Sul');
  });

  it('takes the finest place of a clause, not the first', () => {
    const places = [
      { text: 'Kestria', precision: 4 as const, code: 'KS' },
      { text: 'Lorn', precision: 1 as const, code: 'KS' },
      { text: 'Alpha', precision: 1 as const, code: 'NW' },
    ];
    const events = build('Clashes broke out in Alpha on Monday and an air strike hit the Kestria city of Lorn.', { places });
    expect(events.map((e) => e.location?.name)).toEqual(['Alpha', 'Lorn']);
  });

  it('places an incident with no place of its own where the one told just before it happened', () => {
    const events = build('BETA — A grenade was thrown at a patrol in Beta on Monday.\n\nOn Sunday soldiers clashed with rebels in a farm outside Alpha.\n\nAfter the clash, hundreds of villagers took to the streets to protest.', { places: [{ text: 'Alpha' }, { text: 'Beta' }] });
    expect(events.find((e) => e.event_type === 'protests')?.location?.name).toBe('Alpha');
  });
});

describe('districts and the towns named like their provinces', () => {
  const places = [
    { text: 'Harrow', precision: 1 as const, admin1: 'Harrow', code: 'NW' },
    { text: 'Kettle', precision: 3 as const, admin1: 'Harrow', code: 'NW' },
  ];

  it('prefers the district to the province capital that names the province', () => {
    const events = build('Government jets bombed a market in the Kettle district of Harrow on Friday.', { places });
    expect(events[0].location?.name).toBe('Kettle');
  });

  it('keeps the town when the district lies in another province', () => {
    const other = [places[0], { ...places[1], admin1: 'Elsewhere' }];
    const events = build('Government jets bombed a market in Harrow on Friday, near the Kettle district.', { places: other });
    expect(events[0].location?.name).toBe('Harrow');
  });

  it('gives a sentence with several cues of one incident its finest place', () => {
    const events = build('CAPITAL, Nowhereland — A car bomb exploded outside the police station in Harrow on Tuesday.', {
      places: [{ text: 'Nowhereland', precision: 4, code: 'NW' }, places[0]],
    });
    expect(events.map((e) => e.location?.name)).toEqual(['Harrow']);
  });
});

describe('grouping consequences and days', () => {
  it('gives the incident the injured told in the next paragraph', () => {
    const text = 'A car bomb exploded at a checkpoint in Alpha on Sunday, killing nine.\n\nThe driver rammed the barrier at speed, a guard said. At least 30 other people were hurt.';
    const events = build(text, {
      places: [{ text: 'Alpha' }],
      counts: [{ text: 'killing nine', category: 'killed', value: 9 }, { text: 'At least 30 other people were hurt', category: 'injured', value: 30 }],
    });
    expect(events).toHaveLength(1);
    expect(events[0].counts.injured?.value).toBe(30);
  });

  it.each([
    ['a later day', 'on Monday', 30],
    ['the same day', 'on Sunday', 30],
    ['an earlier day', 'on Saturday', null],
    ['a week later', 'on June 1', null],
  ])('gives the incident a toll told on %s only when that is up to three days after it', (_name, when, injured) => {
    const text = `A car bomb exploded at a checkpoint in Alpha on Sunday, killing nine.\n\nAt least 30 people were treated for wounds ${when}, doctors said.`;
    const events = build(text, {
      places: [{ text: 'Alpha' }],
      counts: [{ text: 'killing nine', category: 'killed', value: 9 }, { text: 'At least 30 people were treated for wounds', category: 'injured', value: 30 }],
    });
    expect(events).toHaveLength(1);
    expect(events[0].date.value).toBe('2021-05-09');
    expect(events[0].counts.injured?.value ?? null).toBe(injured);
  });

  it('gives a capture the displaced told in the next paragraph', () => {
    const text = 'Rebels seized the town of Alpha on Friday after heavy fighting.\n\nAbout 3,000 families fled on foot.';
    const events = build(text, { places: [{ text: 'Alpha' }], counts: [{ text: 'About 3,000 families fled', category: 'displaced', value: 3000 }] });
    expect(events[0].counts.displaced?.value).toBe(3000);
  });

  it('leaves a toll two paragraphs on to itself', () => {
    const text = 'Rebels seized the town of Alpha on Friday after heavy fighting.\n\nThe governor spoke on the radio.\n\nAbout 3,000 families fled on foot.';
    const events = build(text, { places: [{ text: 'Alpha' }], counts: [{ text: 'About 3,000 families fled', category: 'displaced', value: 3000 }] });
    expect(events[0].counts.displaced).toBeNull();
  });

  it('lets a strategic development keep the place told in the sentence after it', () => {
    const places = [{ text: 'Alpha' }, { text: 'Gamma' }];
    const events = build('On Sunday the Red Hand faction announced that it was dissolving itself.\nThe statement was read out in Gamma.', { places });
    expect(events.map((e) => e.location?.name)).toEqual(['Gamma']);
  });

  it('gives an undated cue sentence to the incident of the day its paragraph named', () => {
    const text = 'Police fired tear gas at marchers in Alpha on Tuesday.\n\nHundreds staged a sit-in in Alpha on Monday.\n\nOn Tuesday, police stopped the marchers at the bridge. Officers fired tear gas at the crowd, injuring five.';
    const events = build(text, { places: [{ text: 'Alpha' }], counts: [{ text: 'injuring five', category: 'injured', value: 5 }] });
    expect(events.map((e) => [e.sub_event_type, e.date.value, e.counts.injured?.value ?? null])).toEqual([
      ['protest_with_intervention', '2021-05-11', 5],
      ['peaceful_protest', '2021-05-10', null],
    ]);
  });
});

describe('a second incident told after the day its paragraph opened with', () => {
  const text = 'A drone strike killed two fighters in Alpha on Sunday.\n\nOn Monday, the militia said it had hit an army post near Beta with guided missiles. The army said the raid caused no casualties and that its artillery had struck back.';
  const spec: FixtureSpec = { places: [{ text: 'Alpha' }, { text: 'Beta' }], counts: [{ text: 'caused no casualties', category: 'injured', value: 0 }] };

  it('keeps the reply out of the earlier strike, with its own day and the place its paragraph named', () => {
    const events = build(text, spec);
    expect(events.map((e) => [e.sub_event_type, e.date.value, e.location?.name, e.counts.injured?.value ?? null])).toEqual([
      ['air_drone_strike', '2021-05-09', 'Alpha', null],
      ['shelling_artillery_missile_attack', '2021-05-10', 'Beta', 0],
    ]);
  });

  it('reads a barrage of rockets as shelling', () => {
    const events = build('Militants fired a barrage of rockets at the town of Beta on Tuesday.', { places: [{ text: 'Beta' }] });
    expect(events.map((e) => e.sub_event_type)).toEqual(['shelling_artillery_missile_attack']);
  });
});

describe('a roundup lead', () => {
  it('leaves its total to the incidents told after it', () => {
    const text = 'A string of attacks hit two towns over the past three days, killing 9 people, officials said.\n\nA roadside bomb struck a convoy near Alpha on Friday, killing three soldiers.\n\nOn Sunday gunmen shot dead six traders in Beta.';
    const events = build(text, {
      places: [{ text: 'Alpha' }, { text: 'Beta' }],
      counts: [
        { text: 'killing 9 people', category: 'killed', value: 9 },
        { text: 'killing three soldiers', category: 'killed', value: 3 },
        { text: 'shot dead six traders', category: 'killed', value: 6 },
      ],
    });
    expect(events.map((e) => [e.location?.name, e.counts.killed?.value])).toEqual([['Alpha', 3], ['Beta', 6]]);
  });

  it('stays the event when nothing specific follows', () => {
    const events = build('Jihadist attacks on three villages near Alpha over the past three days killed 9 people, officials said.', {
      places: [{ text: 'Alpha' }], counts: [{ text: 'killed 9 people', category: 'killed', value: 9 }],
    });
    expect(events.map((e) => e.counts.killed?.value)).toEqual([9]);
  });
});

describe('places that do not split an incident, and one that does', () => {
  it('keeps a road with no gazetteer entry in the town incident told beside it', () => {
    const events = build('Police shot dead two protesters in Alpha on Tuesday.\n\nOfficers opened fire on a crowd that had blocked the Old Mill road with burning tyres.', {
      places: [{ text: 'Alpha', code: 'NW' }, { text: 'Old Mill', precision: null, code: 'NW', lat: null, lon: null }],
    });
    expect(events).toHaveLength(1);
    expect(events[0].location?.name).toBe('Alpha');
  });

  it('gives a cue sentence the place its paragraph opened on', () => {
    const events = build('Thousands of protesters marched peacefully through Alpha on Saturday.\n\nIn the northern city of Beta, the evening turned violent. Young men threw stones at soldiers guarding a bank.', {
      places: [{ text: 'Alpha' }, { text: 'Beta' }],
    });
    expect(events.map((e) => [e.event_type, e.location?.name])).toEqual([['protests', 'Alpha'], ['riots', 'Beta']]);
  });
});
