import { fixtureDoc, simpleRoles } from './fixture';

jest.mock('../../src/actors', () => ({ assignRoles: (...args: Parameters<typeof simpleRoles>) => simpleRoles(...args) }));
// eslint-disable-next-line import/first
import { buildEvents } from '../../src/events/build';
import type { Resources } from '../../src/pipeline/resources';
import { SUB_EVENT_TYPES } from '../../src/schema/vocab';

const resources = {} as Resources;

function typesOf(text: string): string[] {
  const doc = fixtureDoc(text, { published: '2021-05-12' });
  return buildEvents(doc, resources).map((e) => `${e.event_type}/${e.sub_event_type}`);
}

// Sentences written for these tests; one incident each.
const POSITIVE: [sub: string, type: string, text: string][] = [
  ['armed_clash', 'battles', 'Soldiers and insurgents clashed for hours near the river on Monday.'],
  ['armed_clash', 'battles', 'Rebel fighters attacked a military checkpoint outside the town on Monday.'],
  ['armed_clash', 'battles', 'Army troops were ambushed and exchanged fire with militants for two hours.'],
  ['government_regains_territory', 'battles', 'The army recaptured the town of Kalima from rebels on Sunday.'],
  ['non_state_actor_overtakes_territory', 'battles', 'Militants seized control of the village after a night of fighting.'],
  ['non_state_actor_overtakes_territory', 'battles', 'Insurgents overran an army base in the north on Tuesday.'],
  ['government_regains_territory', 'battles', 'Government troops restored control over three villages east of the river.'],
  ['non_state_actor_overtakes_territory', 'battles', 'The militia controls a hill overlooking the town since its fighters seized it on Sunday.'],
  ['armed_clash', 'battles', 'Rebel factions advance toward the airport amid heavy fighting.'],
  ['chemical_weapon', 'explosions_remote_violence', 'Residents said chlorine gas was dropped on the district during the war on Monday.'],
  ['air_drone_strike', 'explosions_remote_violence', 'An air strike hit a militant hideout on Monday.'],
  ['air_drone_strike', 'explosions_remote_violence', 'A drone strike killed two militants in their car.'],
  ['suicide_bomb', 'explosions_remote_violence', 'A suicide bomber blew himself up at a checkpoint, killing four soldiers.'],
  ['shelling_artillery_missile_attack', 'explosions_remote_violence', 'Army artillery pounded rebel positions south of the city.'],
  ['shelling_artillery_missile_attack', 'explosions_remote_violence', 'Mortar rounds landed in a crowded market during the war.'],
  ['remote_explosive_landmine_ied', 'explosions_remote_violence', 'A roadside bomb struck an army patrol on the highway.'],
  ['remote_explosive_landmine_ied', 'explosions_remote_violence', 'Two herders were wounded when a landmine left by militants exploded.'],
  ['remote_explosive_landmine_ied', 'explosions_remote_violence', 'A car bomb tore through a street near the militia headquarters.'],
  ['shelling_artillery_missile_attack', 'explosions_remote_violence', 'Army tanks shell villages south of the town for a second day.'],
  ['air_drone_strike', 'explosions_remote_violence', 'Helicopters dropped explosive barrels on the rebel-held district.'],
  ['grenade', 'explosions_remote_violence', 'Militants threw a grenade into a police station on Monday.'],
  ['sexual_violence', 'violence_against_civilians', 'Militia fighters raped women in the village, a rights group said.'],
  ['attack', 'violence_against_civilians', 'Gunmen killed nine villagers in a raid on their farms.'],
  ['attack', 'violence_against_civilians', 'Militants executed six civilians accused of spying.'],
  ['abduction_forced_disappearance', 'violence_against_civilians', 'Gunmen abducted 20 students from their school on Monday.'],
  ['attack', 'violence_against_civilians', 'A woman was stoned to death by militants in the town square.'],
  ['peaceful_protest', 'protests', 'Thousands of protesters marched through the capital demanding reforms.'],
  ['protest_with_intervention', 'protests', 'Police fired tear gas to disperse demonstrators outside parliament.'],
  ['protest_with_intervention', 'protests', 'Police arrested 40 protesters at the rally.'],
  ['excessive_force_against_protesters', 'protests', 'Security forces opened fire on protesters, killing three.'],
  ['violent_demonstration', 'riots', 'Protesters torched a police station and threw stones at officers.'],
  ['violent_demonstration', 'riots', 'Rioters clashed with police in the port city.'],
  ['mob_violence', 'riots', 'A mob lynched two men accused of theft in the market.'],
  ['violent_demonstration', 'riots', 'Youths hurled rocks at police officers and blocked the highway with burning tyres.'],
  ['peaceful_protest', 'protests', 'Several hundred people marched peacefully through the city, demanding a law against lynching.'],
  ['armed_clash', 'battles', 'A supply convoy came under fire outside the town and soldiers fought the assailants for an hour.'],
  ['peaceful_protest', 'protests', 'Thousands of students rallied peacefully in the main square on Wednesday.'],
  ['suicide_bomb', 'explosions_remote_violence', 'A member of a militant cell blows himself up at a checkpoint in the war-torn province.'],
  ['shelling_artillery_missile_attack', 'explosions_remote_violence', 'The regime forces shell Al-Houla and another village in the north.'],
  ['air_drone_strike', 'explosions_remote_violence', 'Regime helicopters bombard the area after rebel attacks.'],
  ['armed_clash', 'battles', 'Insurgents launch a counterattack on army positions east of the river.'],
  ['armed_clash', 'battles', 'The outbreak of skirmishes between troops and militants caused casualties.'],
  ['attack', 'violence_against_civilians', 'Two decapitated bodies of militia members were found in the desert.'],
  ['agreement', 'strategic_developments', 'The government and the rebels signed a ceasefire agreement on Monday.'],
  ['agreement', 'strategic_developments', 'The warring sides carried out a prisoner exchange at the border.'],
  ['arrests', 'strategic_developments', 'Security forces arrested a senior militant commander in the capital.'],
  ['change_to_group_activity', 'strategic_developments', 'Dozens of rebel fighters surrendered to the army with their weapons.'],
  ['change_to_group_activity', 'strategic_developments', 'A militia commander defected to the government side with 50 men.'],
  ['disrupted_weapons_use', 'strategic_developments', 'Army engineers defused a bomb planted by militants near the bridge.'],
  ['disrupted_weapons_use', 'strategic_developments', 'Troops seized a large cache of weapons and ammunition from the rebels.'],
  ['headquarters_or_base_established', 'strategic_developments', 'The militia established a new base in the hills above the valley.'],
  ['looting_property_destruction', 'strategic_developments', 'Militia fighters looted shops and burned down homes in the village.'],
  ['non_violent_transfer_of_territory', 'strategic_developments', 'Rebel fighters withdrew from the town under the truce.'],
  // a thrown explosive is a grenade, a dropped one the drone's strike
  ['grenade', 'explosions_remote_violence', 'An explosive device thrown at a bank branch shattered its windows on Monday.'],
  ['grenade', 'explosions_remote_violence', 'Assailants threw an explosive device at the police station, wounding two officers.'],
  ['air_drone_strike', 'explosions_remote_violence', 'A drone dropped an explosive device on a car near the border, wounding two men.'],
  ['remote_explosive_landmine_ied', 'explosions_remote_violence', 'An explosive device hidden in a cart went off near the police station, wounding two officers.'],
  ['protest_with_intervention', 'protests', 'Security forces fired in the air to disperse several hundred demonstrators outside the ministry.'],
  // the head of the object decides; a capitalised name after "took control of" is a place
  ['non_state_actor_overtakes_territory', 'battles', 'Rebel fighters captured a Border Guard Police outpost near the border on Saturday.'],
  ['non_state_actor_overtakes_territory', 'battles', 'Rebels took control of Kamanyola on Monday after two days of fighting.'],
];

describe('typing: one case per sub-event type, and more', () => {
  it.each(POSITIVE)('%s: "%s"', (sub, type, text) => {
    expect(typesOf(text)).toEqual([`${type}/${sub}`]);
  });

  it('covers every sub-event type except the catch-all "other"', () => {
    const covered = new Set(POSITIVE.map(([sub]) => sub));
    expect(SUB_EVENT_TYPES.filter((s) => !covered.has(s))).toEqual(['other']);
  });
});

describe('priorities when several cues type one incident', () => {
  it.each([
    ['A suicide bomber detonated a car bomb at the gate, and the blast killed five soldiers.', 'explosions_remote_violence/suicide_bomb'],
    ['Insurgents attacked the town and, after heavy fighting, captured the town.', 'battles/non_state_actor_overtakes_territory'],
    ['After two days of heavy fighting, rebels took control of the town of Kalima.', 'battles/non_state_actor_overtakes_territory'],
    ['Protesters clashed with police, who fired tear gas and arrested dozens.', 'riots/violent_demonstration'],
    ['Police opened fire on protesters and tear gas filled the square during the demonstration.', 'protests/excessive_force_against_protesters'],
    ['Gunmen shot dead a former commander in the town, and the group that controls the province denied it.', 'violence_against_civilians/attack'],
  ])('"%s" → %s', (text, expected) => {
    expect(typesOf(text)).toEqual([expected]);
  });
});

describe('named things are not negatives', () => {
  it('codes clashes with an operation named "Storm"', () => {
    expect(typesOf('Clashes erupted between militants and the army in Operation Jazeera Storm.')).toEqual(['battles/armed_clash']);
  });
});

describe('no event where there is none', () => {
  it.each([
    ['disaster', 'An earthquake killed 40 people and destroyed homes in the mountain villages, the army said.'],
    ['disaster', 'Floods displaced thousands and killed 12 after the river burst its banks, soldiers said.'],
    ['accident', 'Two soldiers were killed when their helicopter crashed during a training flight.'],
    ['accident', 'A gas cylinder exploded in a restaurant kitchen, injuring six, police said after the military sealed the street.'],
    ['accident', 'Three fishermen drowned when their boat capsized near the army base.'],
    ['ordinary crime', 'A man shot and killed his neighbour after an argument over a parking space, police said.'],
    ['ordinary crime', 'Two suspects were arrested after a convenience store robbery in which a clerk was shot.'],
    ['sport', 'The striker scored twice as the home team attacked relentlessly in the second half of the match against the army club.'],
    ['sport', 'She shot a 68 on Sunday and simply killed it on the back nine, fans said.'],
    ['figurative', 'The senator attacked the policy in a speech, calling the military budget a disaster.'],
    ['diplomacy', 'The two countries signed a trade agreement during the summit on Monday, ending the tariff war.'],
    ['statistics', 'More than 300,000 people have been killed since the start of the war, according to the monitor.'],
    ['background history', 'The group in 2014 declared a caliphate and seized large parts of the country.'],
    ['hypothetical', 'The militants threatened to attack the capital if the army advanced.'],
    ['named operation, not a storm', 'A storm flooded the camp of the displaced after the army offensive.'],
    ['police blotter', 'Detectives said the suspect shot a man outside a bar; a soldier home on leave called 911, the sheriff said.'],
    ['figurative fighting', 'The new minister vowed she would keep fighting corruption in the army.'],
    ['habitual purpose', 'The junta calls the armed groups fighting to restore civilian rule terrorists.'],
    ['judged act', 'A court on Tuesday sentenced a former militia commander to 18 years in prison over the killing of civilians.'],
    ['anniversary', 'Monday marked six years since the end of the siege, which began after militants seized parts of the city.'],
    ['anniversary', "Ten years after one of the deadliest terrorist attacks in the country's history, families gathered on Monday to remember the victims."],
    ['habitual', 'Every week there are ambushes and kidnappings on the road, and nobody protects us, a teacher said.'],
  ])('%s: "%s"', (_kind, text) => {
    expect(typesOf(text)).toEqual([]);
  });
});
