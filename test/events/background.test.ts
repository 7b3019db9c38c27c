/**
 * What is not a new incident: background tolls and history, retellings,
 * developments that belong to the incident they follow, hypotheticals and
 * non-conflict senses. Every sentence here is written for this test.
 */
import { dateDoc, fixtureDoc, simpleRoles, type FixtureSpec } from './fixture';

jest.mock('../../src/actors', () => ({ assignRoles: (...args: Parameters<typeof simpleRoles>) => simpleRoles(...args) }));
// eslint-disable-next-line import/first
import { buildEvents } from '../../src/events/build';
import type { Resources } from '../../src/pipeline/resources';
import { isReportingDate } from '../../src/events/incidents';

const resources = {} as Resources;
const TOWNS = ['Alpha', 'Beta', 'Gamma'].map((t) => ({ text: t, country: 'Nowhere', code: 'NW' }));
const REBELS = { text: 'rebels', name: 'Rebels', type: 'rebel_group' as const };
const ARMY = { text: 'army', name: 'Army', type: 'state_forces' as const };

function build(text: string, spec: FixtureSpec = {}, includeCrime = false) {
  return buildEvents(fixtureDoc(text, { published: '2021-05-12', places: TOWNS, ...spec }), resources, { includeCrime });
}

const types = (text: string, spec: FixtureSpec = {}) => build(text, spec).map((e) => e.sub_event_type);

describe('background is not an incident', () => {
  it('drops a running toll after the lead, keeps one in the lead', () => {
    expect(types('Rebels shelled Alpha on Tuesday, killing two. The insurgency has killed 9,000 people since it began.', {
      counts: [{ text: '9,000 people', category: 'killed', value: 9000 }],
    })).toEqual(['shelling_artillery_missile_attack']);
    expect(types('Rebel shelling has killed 12 people in Alpha, medics said.', {
      counts: [{ text: '12 people', category: 'killed', value: 12 }],
    })).toEqual(['shelling_artillery_missile_attack']);
  });

  it('keeps a paragraph that opened in the past in the past', () => {
    expect(types('Families of the victims met in Alpha on Tuesday.\n\nOn June 2, 2004, a car bomb exploded at the gate of the barracks. A second bomb killed 14 people in Beta.', {
      counts: [{ text: '14 people', category: 'killed', value: 14 }],
    })).toEqual([]);
  });

  it('reads history in months, years and decades ago', () => {
    expect(types('The rebels seized Alpha in February.', { published: '2021-05-12' })).toEqual([]);
    expect(types('Kidnappings by rebels were frequent in Beta a decade ago.')).toEqual([]);
    expect(types('Air strikes killed 300 people in Gamma last year.', { counts: [{ text: '300 people', category: 'killed', value: 300 }] })).toEqual([]);
  });

  it('skips habitual, hypothetical and commemorative sentences', () => {
    expect(types('The militia is notorious for kidnappings along the river near Alpha.')).toEqual([]);
    expect(types('The rebels demanded guarantees that the army would stop air strikes on Beta.')).toEqual([]);
    expect(types('Hundreds gathered in Gamma on Tuesday to mark ten years since the bombing of the bus station.')).toEqual([]);
    expect(types('The concert in Alpha went ahead after weeks of protests over fuel prices.')).toEqual([]);
  });

  it('reads a dateline dash as the start of the sentence for lower-case-only negatives', () => {
    expect(types('ALPHA (Wire) — Flash floods swept through three villages, killing at least nine people, officials said.', {
      counts: [{ text: 'nine people', category: 'killed', value: 9 }],
    })).toEqual([]);
  });

  it('knows accidents, currencies and fishing grounds', () => {
    expect(types('At least 30 people were killed when a bus plunged off a bridge near Alpha on Tuesday.', {
      counts: [{ text: '30 people', category: 'killed', value: 30 }],
    })).toEqual([]);
    expect(types('ALPHA — The currency fell to a record low against the dollar on Tuesday.')).toEqual([]);
    expect(types('Volunteers planted trees near Beta on Saturday to protect coastal villages and restore fishing grounds.')).toEqual([]);
  });
});

describe('one incident told in several sentences', () => {
  it('joins a retelling ("the attack", "in the fighting") whatever place it names', () => {
    const events = build('Rebels attacked an army base in Alpha on Monday. Dozens of soldiers were killed in the fighting, and hundreds of families fled toward Beta.', {
      actors: [REBELS, ARMY],
      counts: [{ text: 'Dozens of soldiers', category: 'killed', value: 24 }],
    });
    expect(events.map((e) => [e.sub_event_type, e.location?.name, e.counts.killed?.value])).toEqual([['armed_clash', 'Alpha', 24]]);
  });

  it('joins a past-perfect backstory ("its fighters had attacked an army post") to the incident it explains', () => {
    const events = build('Army artillery shelled Alpha on Tuesday. Four residents were wounded in the town, where rebels had attacked an army post.', {
      actors: [REBELS, ARMY],
      counts: [{ text: 'Four residents', category: 'injured', value: 4 }],
    });
    expect(events.map((e) => [e.sub_event_type, e.counts.injured?.value])).toEqual([['shelling_artillery_missile_attack', 4]]);
  });

  it('keeps the arrests of a riot with it when the charges come on a later day', () => {
    const riot = build('Rioters threw stones at police in Beta on Friday. Officers said 12 people were arrested and would be charged on Thursday.', {
      counts: [{ text: '12 people', category: 'arrested', value: 12 }],
    });
    expect(riot.map((e) => [e.sub_event_type, e.date.value, e.counts.arrested?.value])).toEqual([['violent_demonstration', '2021-05-07', 12]]);
  });

  it('tells a bare cue after the lead as more of the incident just told, wherever it was reported', () => {
    const events = build('Rebels attacked an army base in Alpha on Monday, officials said. The army said it lost soldiers there.\n\nIn Beta, an officer said two guards were killed at the gate.', {
      actors: [REBELS, ARMY],
      counts: [{ text: 'two guards', category: 'killed', value: 2 }],
    });
    expect(events.map((e) => [e.sub_event_type, e.location?.name, e.counts.killed?.value])).toEqual([['armed_clash', 'Alpha', 2]]);
  });

  it('drops a retelling with nothing before it to point back to', () => {
    expect(types('The river burst its banks near Alpha on Monday.\n\nA fisherman said his two sons were among those killed.', {
      counts: [{ text: 'two sons', category: 'killed', value: 2 }],
    })).toEqual([]);
  });

  it('keeps seized weapons, looting and arrests with the incident they follow', () => {
    expect(types('Rebels stormed a military base in Alpha on Sunday. The rebels said they had seized weapons and ammunition from the base.', { actors: [REBELS] }))
      .toEqual(['armed_clash']);
    const riot = build('Rioters threw stones at police in Beta on Friday. Officers said 12 people were arrested.', {
      counts: [{ text: '12 people', category: 'arrested', value: 12 }],
    });
    expect(riot.map((e) => [e.sub_event_type, e.counts.arrested?.value])).toEqual([['violent_demonstration', 12]]);
  });

  it('joins a subsidiary development right after its incident even where another place is named', () => {
    const events = build('The army recaptured Alpha from the rebels on Wednesday. An officer told reporters in Beta that 30 rebels surrendered to the army.', {
      actors: [ARMY, REBELS],
      counts: [{ text: '30 rebels', category: 'surrendered', value: 30 }],
    });
    expect(events.map((e) => [e.sub_event_type, e.counts.surrendered?.value])).toEqual([['government_regains_territory', 30]]);
  });

  it('keeps a surrender that is the news itself', () => {
    expect(types('In the past two months, some 800 rebels have surrendered to the army in Gamma.', { actors: [REBELS, ARMY] }))
      .toEqual(['change_to_group_activity']);
  });

  it('dates an incident by its own day, not by the day of the report', () => {
    const events = build('The toll from an attack on an army post near Alpha has risen to 20, the government said on Tuesday. Rebels attacked the post at dawn on Sunday.', {
      published: '2021-05-12',
      actors: [REBELS, ARMY],
    });
    expect(events.map((e) => [e.date.value, e.date.text])).toEqual([['2021-05-09', 'on Sunday']]);
  });

  it('gives each clause of a sentence its own date', () => {
    const events = build('Rebels kidnapped six farmers near Alpha late Saturday, the army said Tuesday, as troops clashed with rebels in Beta. On Monday troops clashed again with rebels in Beta.', {
      actors: [REBELS],
    });
    expect(events.map((e) => [e.sub_event_type, e.location?.name])).toEqual([
      ['abduction_forced_disappearance', 'Alpha'],
      ['armed_clash', 'Beta'],
    ]);
  });
});

describe('typing and dating an incident from all its sentences', () => {
  it('types an intercepted rocket as disrupted weapons use', () => {
    expect(types('Late Monday, militants fired a rocket toward Alpha. The army said it was intercepted and no one was hurt.', { actors: [{ text: 'militants', name: 'Militants', type: 'rebel_group' }] }))
      .toEqual(['disrupted_weapons_use']);
  });

  it('keeps an arrest that opened its incident an arrest, though "attacked" follows', () => {
    expect(types('Security forces arrested 40 militants in Beta on Sunday. The men had attacked a checkpoint, officials said.', {
      counts: [{ text: '40 militants', category: 'arrested', value: 40 }],
    })).toEqual(['arrests']);
  });

  it('lets a bare "attacked" retell a riot', () => {
    expect(types('A mob set fire to two houses in Gamma on Saturday. Two traders were attacked near the market by the crowd.')).toEqual(['mob_violence']);
  });

  it('types by the most severe outcome: deaths make an abduction an attack, tear gas excessive force', () => {
    expect(types('Gunmen abducted 15 women and killed four men in a raid on Alpha on Friday.', {
      counts: [{ text: 'four men', category: 'killed', value: 4 }, { text: '15 women', category: 'kidnapped', value: 15 }],
    })).toEqual(['attack']);
    expect(types('Police fired tear gas at protesters in Beta on Sunday, and two demonstrators died of gunshot wounds.', {
      counts: [{ text: 'two demonstrators', category: 'killed', value: 2 }],
    })).toEqual(['excessive_force_against_protesters']);
  });

  it('keeps territory recaptured by unnamed forces regained', () => {
    const doc = fixtureDoc('Government forces backed by clan fighters recaptured the town of Alpha on Wednesday.', {
      published: '2021-05-12', places: TOWNS,
      actors: [{ text: 'clan fighters', name: 'Militia', type: 'political_militia' }],
    });
    doc.actors = doc.actors.map((a) => ({ ...a, generic: true }));
    expect(buildEvents(doc, resources).map((e) => e.sub_event_type)).toEqual(['government_regains_territory']);
  });

  it('reads a massacre by warplanes as one air strike', () => {
    expect(types('Dozens of civilians were killed in a massacre committed by warplanes in Alpha on Tuesday.', {
      counts: [{ text: 'Dozens of civilians', category: 'killed', value: 24 }],
    })).toEqual(['air_drone_strike']);
  });

  it('does not read air support for an air strike', () => {
    expect(types('Rebels attacked army positions near Gamma on Tuesday. Troops backed by air strikes repelled the assault.', { actors: [REBELS, ARMY] }))
      .toEqual(['armed_clash']);
  });

  it('dates an undated incident by the day of the one told before it', () => {
    const events = build('Air strikes hit a market in Alpha late Monday, killing five, rescuers said.\n\nIn nearby Beta, a rescuer was killed by artillery fire.', {
      published: '2021-05-12',
      counts: [{ text: 'killing five', category: 'killed', value: 5 }, { text: 'a rescuer', category: 'killed', value: 1 }],
    });
    expect(events.map((e) => [e.location?.name, e.date.value])).toEqual([['Alpha', '2021-05-10'], ['Beta', '2021-05-10']]);
  });
});

describe('cues read in context', () => {
  it('does not take riot police for a riot, nor "those arrested" for an arrest', () => {
    expect(types('Riot police shot dead three protesters in Alpha on Monday.', { counts: [{ text: 'three protesters', category: 'killed', value: 3 }] }))
      .toEqual(['excessive_force_against_protesters']);
    expect(types('"Those arrested will be freed soon," the militia commander in Beta said.')).toEqual([]);
  });

  it('does not read a weapons inventory as shelling', () => {
    expect(types('The rebels handed in 20 rifles, among them two mortars, at a ceremony in Gamma on Monday.', { actors: [REBELS] })).toEqual([]);
  });

  it('needs more than default civilian victims for a bare cue after the lead', () => {
    const events = build('A parade was held in Alpha on Monday.\n\nThe mayor said the new stadium will be a target for visitors.', {
      actors: [{ text: 'visitors', name: 'Civilians', type: 'civilians' }],
    });
    expect(events).toEqual([]);
  });
});

describe('includeCrime', () => {
  const shooting = 'A man shot and killed two neighbours in a quarrel over a parking space in Alpha on Monday, the county sheriff said. Deputies arrested the suspect at his home.';
  const spec: FixtureSpec = { counts: [{ text: 'two neighbours', category: 'killed', value: 2 }] };

  it('leaves ordinary crime out by default', () => {
    expect(build(shooting, spec)).toEqual([]);
  });

  it('keeps it as an attack on civilians on request', () => {
    const events = build(shooting, spec, true);
    expect(events[0]).toMatchObject({ event_type: 'violence_against_civilians', sub_event_type: 'attack' });
    expect(events[0].counts.killed?.value).toBe(2);
  });

  it('tells the arrest of a suspect as part of the crime, even on another day', () => {
    const later = 'A man shot and killed two neighbours in a quarrel over a parking space in Alpha on Monday, the county sheriff said.\n\nOn Wednesday deputies arrested the suspect in Beta.';
    expect(build(later, spec, true).map((e) => e.sub_event_type)).toEqual(['attack']);
  });

  it('reads a gunshot wound as a shooting', () => {
    const found = 'Deputies found a man with a gunshot wound to the chest in Alpha on Monday, the county sheriff said.';
    expect(build(found, { counts: [{ text: 'a man', category: 'injured', value: 1 }] }, true).map((e) => e.sub_event_type)).toEqual(['attack']);
  });

  it('keeps an arrest as the record of a crime story that tells nothing else', () => {
    expect(build('Deputies arrested a man in Alpha on Monday after a complaint, the county sheriff said.', {}, true).map((e) => e.sub_event_type)).toEqual(['arrests']);
  });
});

describe('the day of a report, a claim or a statement', () => {
  it.each([
    ['Officials said on Tuesday that gunmen attacked the village.', true],
    ['The attack was claimed on Tuesday by the militia.', true],
    ['In a statement read on state television late on Tuesday, the army said it repelled the attack.', true],
    ['Gunmen attacked the village late on Tuesday.', false],
  ])('%s -> %s', (text, reporting) => {
    const doc = dateDoc(text, '2021-05-12');
    expect(doc.dates.map((d) => isReportingDate(doc, d))).toEqual([reporting]);
  });
});
