import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignRoles } from '../../src/actors';
import type { EventType, SubEventType } from '../../src/schema/vocab';
import { docFor, triggerOn } from './helpers';

interface Row {
  label: string;
  text: string;
  focus: string;
  trigger: string;
  sub?: SubEventType;
  type?: EventType;
  /** Sentences of the incident besides the trigger's (default: all). */
  expected: [actor1: string | null, actor2: string | null];
}

const rows: Row[] = [
  { label: 'active voice', text: 'Boko Haram fighters attacked Nigerian soldiers near Bama.', focus: 'NG', trigger: 'attacked',
    sub: 'armed_clash', type: 'battles', expected: ['Boko Haram', 'Military Forces of Nigeria'] },
  { label: 'active voice with a count', text: 'Al-Shabaab killed four civilians in Mogadishu.', focus: 'SO', trigger: 'killed',
    expected: ['Al Shabaab', 'Civilians (Somalia)'] },
  { label: 'passive voice with "by"', text: 'Three farmers were killed by suspected Fulani herdsmen in Benue.', focus: 'NG', trigger: 'killed',
    expected: ['Fulani Ethnic Militia', 'Civilians (Nigeria)'] },
  { label: 'passive: "was attacked by"', text: 'A police post was attacked by ISWAP in Borno.', focus: 'NG', trigger: 'attacked',
    sub: 'armed_clash', type: 'battles', expected: ['Islamic State West Africa Province', 'Police Forces of Nigeria'] },
  { label: 'passive without agent', text: 'Five civilians were killed in the market.', focus: 'ML', trigger: 'killed',
    expected: [null, 'Civilians (Mali)'] },
  { label: 'claim of responsibility in another sentence', text: 'A bomb killed six soldiers in Kabul. The Islamic State Khorasan Province claimed responsibility for the attack.',
    focus: 'AF', trigger: 'killed', sub: 'remote_explosive_landmine_ied', type: 'explosions_remote_violence',
    expected: ['Islamic State Khorasan Province', 'Military Forces of Afghanistan (2004-2021)'] },
  { label: 'claim in the same sentence', text: 'JNIM claimed the attack that killed ten Burkinabe soldiers.', focus: 'BF', trigger: 'killed',
    sub: 'armed_clash', type: 'battles', expected: ['JNIM', 'Military Forces of Burkina Faso'] },
  { label: 'source is not an actor', text: 'Gunmen killed two traders in Zamfara, police said.', focus: 'NG', trigger: 'killed',
    expected: ['Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'] },
  { label: 'according to: source, not actor', text: 'According to the Syrian army, rebels shelled the suburb, killing three residents.', focus: 'SY',
    trigger: 'shelled', sub: 'shelling_artillery_missile_attack', type: 'explosions_remote_violence', expected: ['Opposition Rebels (Syria)', 'Civilians (Syria)'] },
  { label: 'speaker who is also the agent', text: 'The army said it killed 12 militants of the ADF in Beni.', focus: 'CD', trigger: 'killed',
    sub: 'armed_clash', type: 'battles', expected: ['Military Forces of Democratic Republic of Congo', 'Allied Democratic Forces'] },
  { label: 'arrest: the force is actor1', text: 'Kenyan police arrested two suspected al-Shabaab members in Lamu.', focus: 'KE', trigger: 'arrested',
    sub: 'arrests', type: 'strategic_developments', expected: ['Police Forces of Kenya', 'Al Shabaab'] },
  { label: 'arrest: speaking force', text: 'Four protesters were detained on Friday, police said.', focus: 'UG', trigger: 'detained',
    sub: 'arrests', type: 'strategic_developments', expected: ['Police Forces of Uganda', 'Protesters (Uganda)'] },
  { label: 'clashes between X and Y', text: 'Heavy clashes between the Rapid Support Forces and the SAF erupted in Omdurman.', focus: 'SD',
    trigger: 'clashes', sub: 'armed_clash', type: 'battles', expected: ['Rapid Support Forces', 'Military Forces of Sudan'] },
  { label: 'X clashed with Y', text: 'Fano militiamen clashed with Ethiopian troops near Gondar.', focus: 'ET', trigger: 'clashed',
    sub: 'armed_clash', type: 'battles', expected: ['Fano', 'Military Forces of Ethiopia'] },
  { label: 'X fought Y', text: 'The Arakan Army fought junta troops in Rakhine.', focus: 'MM', trigger: 'fought',
    sub: 'armed_clash', type: 'battles', expected: ['Arakan Army', 'Military Forces of Myanmar'] },
  { label: 'longest match on roles', text: 'Syrian forces shelled positions of the Syrian Democratic Forces.', focus: 'SY', trigger: 'shelled',
    sub: 'shelling_artillery_missile_attack', type: 'explosions_remote_violence', expected: ['Military Forces of Syria (2000-2024)', 'Syrian Democratic Forces'] },
  { label: 'victims before the attackers', text: 'Civilians died when Russian warplanes struck the village.', focus: 'SY', trigger: 'struck',
    sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Military Forces of Russia', 'Civilians (Syria)'] },
  { label: 'a group inside an object phrase is not the subject', text: 'The group besieging the last Taliban stronghold has captured the valley.', focus: 'AF',
    trigger: 'captured', sub: 'non_state_actor_overtakes_territory', type: 'battles', expected: [null, 'Taliban'] },
  { label: 'patients marked by a participle', text: 'The detained Ansaru members were flown to Abuja. Nigerian police said they had raided the camp.', focus: 'NG',
    trigger: 'detained', sub: 'arrests', type: 'strategic_developments', expected: ['Police Forces of Nigeria', 'Ansaru'] },
  { label: 'a speaker reporting its own act fills actor1 from another sentence', text: 'The YPG reported seizing 40 fighters near Kobani. The captured men were moved to Hasakah.',
    focus: 'SY', trigger: 'captured', sub: 'non_state_actor_overtakes_territory', type: 'battles', expected: ["People's Protection Units", 'Unidentified Armed Group (Syria)'] },
  { label: 'passive, doer in a when-clause', text: 'At least 20 villagers were killed when gunmen stormed the market, the ministry said.', focus: 'NE',
    trigger: 'killed', expected: ['Unidentified Armed Group (Niger)', 'Civilians (Niger)'] },
  { label: 'plural demonym victims take their own country', text: 'Israeli airstrikes killed 15 Palestinians overnight, officials said.', focus: 'PS',
    trigger: 'killed', expected: ['Military Forces of Israel', 'Civilians (Palestine)'] },
  { label: 'victims before "X officials said" do not speak', text: 'A Russian missile strike on the city killed three civilians, Ukrainian officials said.', focus: 'UA',
    trigger: 'killed', expected: ['Military Forces of Russia', 'Civilians (Ukraine)'] },
  { label: '"their fighters" after a speaking group are its own', text: 'The Taliban said their fighters overran a checkpoint, killing eight Afghan soldiers.', focus: 'AF',
    trigger: 'overran', sub: 'armed_clash', type: 'battles', expected: ['Taliban', 'Military Forces of Afghanistan (2004-2021)'] },
  { label: 'a speaker attacked by the agent of a passive', text: 'The army said it had repelled an attack by JNIM militants on its base.', focus: 'BF',
    trigger: 'attack', sub: 'armed_clash', type: 'battles', expected: ['JNIM', 'Military Forces of Burkina Faso'] },
  { label: 'police against protesters', text: 'Police fired tear gas to disperse protesters on Thursday.', focus: 'KE',
    trigger: 'fired tear gas', sub: 'excessive_force_against_protesters', type: 'protests', expected: ['Protesters (Kenya)', 'Police Forces of Kenya'] },
  { label: 'protesters shot by police are still actor1', text: 'Four protesters were shot dead by police outside the ministry.', focus: 'IQ',
    trigger: 'shot dead', sub: 'excessive_force_against_protesters', type: 'protests', expected: ['Protesters (Iraq)', 'Police Forces of Iraq'] },
  { label: 'a protest without the word protesters', text: 'Thousands marched through the capital demanding the governor resign.', focus: 'KE',
    trigger: 'marched', sub: 'peaceful_protest', type: 'protests', expected: ['Protesters (Kenya)', null] },
  { label: 'a riot without the word rioters', text: 'Youths looted shops and burned tyres in the market.', focus: 'KE',
    trigger: 'looted', sub: 'violent_demonstration', type: 'riots', expected: ['Rioters (Kenya)', null] },
  { label: 'violence against civilians names its victims', text: 'Gunmen shot dead a shopkeeper in the town on Monday.', focus: 'NG',
    trigger: 'shot dead', sub: 'attack', type: 'violence_against_civilians', expected: ['Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'] },
  { label: 'the only actor of an attack on civilians is the attacker', text: 'Two traders were killed by a bomb, and the army blamed Boko Haram.', focus: 'NG',
    trigger: 'killed', sub: 'attack', type: 'violence_against_civilians', expected: ['Boko Haram', 'Civilians (Nigeria)'] },
  { label: 'the attacker\'s own fighters are no victims', text: 'Boko Haram suicide bombers blew themselves up at a market in Kolofata.', focus: 'CM',
    trigger: 'blew themselves up', sub: 'suicide_bomb', type: 'violence_against_civilians', expected: ['Boko Haram', 'Civilians (Cameroon)'] },
  { label: 'civilians named in a shelling are its victims', text: 'Artillery fire hit the market; most of the dead were civilians.', focus: 'UA',
    trigger: 'Artillery fire', sub: 'shelling_artillery_missile_attack', type: 'explosions_remote_violence', expected: [null, 'Civilians (Ukraine)'] },
  { label: 'soldiers killed by a bomb are its target', text: 'Three Kenyan soldiers were killed when an explosive device hit their truck near the border.', focus: 'KE',
    trigger: 'explosive device', sub: 'remote_explosive_landmine_ied', type: 'explosions_remote_violence', expected: [null, 'Military Forces of Kenya'] },
  { label: 'a weapon as subject is no headline', text: 'A landmine struck a police truck outside the town.', focus: 'CO',
    trigger: 'landmine', sub: 'remote_explosive_landmine_ied', type: 'explosions_remote_violence', expected: [null, 'Police Forces of Colombia'] },
  { label: 'rioters against the mission they stoned', text: 'Police watched as rioters threw rocks at MONUSCO vehicles.', focus: 'CD',
    trigger: 'threw rocks', sub: 'violent_demonstration', type: 'riots', expected: ['Rioters (Democratic Republic of Congo)', 'MONUSCO'] },
  { label: 'a mob\'s victims are civilians before police', text: 'A mob beat two traders to death before police arrived.', focus: 'IN',
    trigger: 'beat', sub: 'mob_violence', type: 'riots', expected: ['Rioters (India)', 'Civilians (India)'] },
  { label: '"the group" reporting its own attack', text: 'Houthi fighters fired on a border post. The group said it had killed four Saudi soldiers.', focus: 'YE',
    trigger: 'killed', sub: 'armed_clash', type: 'battles', expected: ['Houthis', 'Military Forces of Saudi Arabia'] },
  { label: 'a trigger opening on a state force names the doer', text: 'Air force strikes killed 30 Taliban fighters in Helmand.', focus: 'AF',
    trigger: 'Air force strikes', sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Military Forces of Afghanistan (2004-2021)', 'Taliban'] },
  { label: 'protesters who throw stones are rioters', text: 'Protesters threw stones at soldiers guarding the ministry.', focus: 'LB',
    trigger: 'threw stones', sub: 'violent_demonstration', type: 'riots', expected: ['Rioters (Lebanon)', 'Military Forces of Lebanon'] },
  { label: 'soldiers killed in a gunfight stay a side of the battle', text: 'Two soldiers were killed in a gunfight with Jaish-e-Mohammed militants in Pulwama.', focus: 'IN',
    trigger: 'gunfight', sub: 'armed_clash', type: 'battles', expected: ['Military Forces of India', 'Jaish-e-Mohammed'] },
  { label: 'seizing a town is no arrest', text: 'Mozambican troops seized the town from insurgents on Friday.', focus: 'MZ',
    trigger: 'seized', sub: 'government_regains_territory', type: 'battles', expected: ['Military Forces of Mozambique', 'Unidentified Armed Group (Mozambique)'] },
  { label: 'rioters against a police station', text: 'Rioters torched a police station after the death of a student.', focus: 'BD',
    trigger: 'torched', sub: 'violent_demonstration', type: 'riots', expected: ['Rioters (Bangladesh)', 'Police Forces of Bangladesh'] },
  { label: 'a demonym strike the trigger starts inside names the doer', text: 'An Israeli drone strike on a motorbike killed a Hamas commander in Rafah.', focus: 'PS',
    trigger: 'drone strike', sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Military Forces of Israel', 'Hamas'] },
  { label: 'unnamed gunmen inside the trigger are the doers', text: 'Later, unidentified gunmen killed three herders near Gao.', focus: 'ML',
    trigger: 'gunmen killed', expected: ['Unidentified Armed Group (Mali)', 'Civilians (Mali)'] },
  { label: 'the object of "attacked" is no subject; the battle\'s other side precedes the trigger', text: 'Militants from al-Shabaab attacked a Kenyan army camp near Mandera, killing six soldiers in a gunfight.', focus: 'KE',
    trigger: 'gunfight', sub: 'armed_clash', type: 'battles', expected: ['Al Shabaab', 'Military Forces of Kenya'] },
  { label: 'clash subject is not the pursued object', text: 'Malian soldiers chased the rebels and clashed with their convoy near Kidal.', focus: 'ML',
    trigger: 'clashed', sub: 'armed_clash', type: 'battles', expected: ['Military Forces of Mali', 'Unidentified Armed Group (Mali)'] },
  { label: 'police and soldiers of one state are one side', text: 'Gang members of 400 Mawozo attacked Ganthier. Three policemen were killed in the fighting as soldiers arrived.', focus: 'HT',
    trigger: 'fighting', sub: 'armed_clash', type: 'battles', expected: ['400 Mawozo', 'Police Forces of Haiti'] },
  { label: 'blaming names the doer', text: 'A drone strike hit a wedding party in Gojjam, residents said, blaming the federal army.', focus: 'ET',
    trigger: 'drone strike', sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Military Forces of Ethiopia', 'Civilians (Ethiopia)'] },
  { label: '"unidentified gunmen" never stand for the dominant group', text: 'Boko Haram fighters raided Gwoza. Boko Haram also burned a church. Unidentified gunmen killed two farmers in Konduga.', focus: 'NG',
    trigger: 'killed two', expected: ['Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'] },
  { label: 'a possessive name is no antecedent', text: 'Ansarul Islam, al-Qaeda\'s ally in the north, said its fighters ambushed a convoy of soldiers.', focus: 'BF',
    trigger: 'ambushed', sub: 'armed_clash', type: 'battles', expected: ['Ansarul Islam', 'Military Forces of Burkina Faso'] },
  { label: 'an air strike nobody is named for is the state\'s', text: 'Airstrikes hit a market in Maarat al-Numan, killing nine people.', focus: 'SY',
    trigger: 'Airstrikes', sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Military Forces of Syria', null] },
  { label: 'drones stay with the armed group the article names', text: 'On Monday, drones dropped explosives on a police post in Aguililla. The CJNG has fought a local gang there for months.', focus: 'MX',
    trigger: 'drones dropped', sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Jalisco New Generation Cartel', 'Police Forces of Mexico'] },
  { label: 'a unit of the army is the army', text: 'Troops of the army\'s 29th Brigade clashed with ELN guerrillas in Arauca.', focus: 'CO',
    trigger: 'clashed', sub: 'armed_clash', type: 'battles', expected: ['Military Forces of Colombia', 'National Liberation Army'] },
  { label: 'the side told as attacking is actor1', text: 'Al-Shabaab fighters stormed a base in Lower Shabelle. Four Somali soldiers were killed in the fighting.', focus: 'SO',
    trigger: 'fighting', sub: 'armed_clash', type: 'battles', expected: ['Al Shabaab', 'Military Forces of Somalia'] },
  { label: 'the group the article blames names the bomber', text: 'A roadside bomb hit a police truck near Garissa. No group claimed the blast, but officials blamed al-Shabaab.', focus: 'KE',
    trigger: 'roadside bomb', sub: 'remote_explosive_landmine_ied', type: 'explosions_remote_violence', expected: ['Al Shabaab', 'Police Forces of Kenya'] },
  { label: 'supporters named after "backed by" are not the subject', text: 'Malian troops backed by Dozo hunters retook Boni from jihadists.', focus: 'ML',
    trigger: 'retook', sub: 'government_regains_territory', type: 'battles', expected: ['Military Forces of Mali', 'Unidentified Armed Group (Mali)'] },
  { label: 'arrested suspects are the article\'s attackers', text: 'Gunmen killed four traders in Zurmi. On Monday police arrested three suspects.', focus: 'NG',
    trigger: 'arrested', sub: 'arrests', type: 'strategic_developments', expected: ['Police Forces of Nigeria', 'Unidentified Armed Group (Nigeria)'] },
  { label: '"members of" a named group are the group', text: 'Members of the Gran Grif gang killed seven farmers in Liancourt.', focus: 'HT',
    trigger: 'killed', expected: ['Gran Grif', 'Civilians (Haiti)'] },
  { label: 'a suicide bombing\'s lone named group is the bomber', text: 'A suicide bomber struck a mosque in Kunduz; the Islamic State Khorasan Province had threatened such attacks.', focus: 'AF',
    trigger: 'suicide bomber', sub: 'suicide_bomb', type: 'explosions_remote_violence', expected: ['Islamic State Khorasan Province', null] },
  { label: 'a counter-terrorism department arrests', text: 'The Counter-Terrorism Department arrested three men in Quetta.', focus: 'PK',
    trigger: 'arrested', sub: 'arrests', type: 'strategic_developments', expected: ['Police Forces of Pakistan', null] },
  { label: 'an air strike trigger that is the state\'s own wording names the doer', text: 'For a third day, warplanes pounded villages in Idlib province.', focus: 'SY',
    trigger: 'warplanes', sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Military Forces of Syria (2000-2024)', null] },
  { label: 'a speaker whose own pronoun opens the reported act is the doer', text: 'The Houthis said they fired two drones at a tanker in the Gulf of Aden.', focus: 'YE',
    trigger: 'fired two drones', sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Houthis', null] },
  { label: 'the first of coordinated subjects leads', text: 'Malian soldiers and Wagner fighters killed 12 herders near Diafarabe.', focus: 'ML',
    trigger: 'killed', expected: ['Military Forces of Mali', 'Civilians (Mali)'] },
  { label: 'victims named from the trigger take the event\'s country, not the attacker\'s', text: 'Russian troops executed two men in a village near Kupiansk.', focus: 'UA',
    trigger: 'executed', expected: ['Military Forces of Russia', 'Civilians (Ukraine)'] },
  { label: 'a singular demonym strike names the state', text: 'An Israeli strike on a school in Gaza City killed 20 people.', focus: 'PS',
    trigger: 'killed', expected: ['Military Forces of Israel', 'Civilians (Palestine)'] },
  { label: 'a state that says it carried out the strike is its doer', text: 'A drone strike on a car in Baghdad killed a Kataib Hezbollah commander. The US military said it carried out the strike.', focus: 'IQ',
    trigger: 'drone strike', sub: 'air_drone_strike', type: 'explosions_remote_violence', expected: ['Military Forces of United States', 'Kataib Hezbollah'] },
  { label: 'a speaker reporting its own capture after a date', text: 'The Arakan Army said on Tuesday it had captured a junta outpost in Paletwa.', focus: 'MM',
    trigger: 'captured', sub: 'non_state_actor_overtakes_territory', type: 'battles', expected: ['Arakan Army', 'Military Forces of Myanmar'] },
  { label: 'the target of an attack is no doer of the passive', text: 'Six soldiers were killed in an attack on an army post near Arbinda. Ansarul Islam claimed the assault.', focus: 'BF',
    trigger: 'killed', sub: 'armed_clash', type: 'battles', expected: ['Ansarul Islam', 'Military Forces of Burkina Faso'] },
  { label: 'the acronym IS is no auxiliary', text: 'IS targeted Iraqi troops near Hawija.', focus: 'IQ',
    trigger: 'targeted', sub: 'armed_clash', type: 'battles', expected: ['Islamic State', 'Military Forces of Iraq'] },
  { label: 'coordinated demonyms share the force noun; the first leads', text: 'Congolese and Ugandan troops attacked ADF camps near Beni.', focus: 'CD',
    trigger: 'attacked', sub: 'armed_clash', type: 'battles', expected: ['Military Forces of Democratic Republic of Congo', 'Allied Democratic Forces'] },
  { label: 'the name before an attack noun is its doer', text: 'Government forces said they had repelled a Houthi offensive on the Al-Kasara front.', focus: 'YE',
    trigger: 'offensive', sub: 'armed_clash', type: 'battles', expected: ['Houthis', null] },
  { label: 'the name before an attack noun, with its target', text: 'An al-Shabaab attack on a Kenyan army post near Mandera killed four soldiers.', focus: 'KE',
    trigger: 'attack', sub: 'armed_clash', type: 'battles', expected: ['Al Shabaab', 'Military Forces of Kenya'] },
  { label: 'an exchange of shelling between two sides', text: 'On Monday, an exchange of shelling between ISWAP fighters and soldiers lasted hours.', focus: 'NG',
    trigger: 'exchange', sub: 'armed_clash', type: 'battles', expected: ['Islamic State West Africa Province', 'Military Forces of Nigeria'] },
  { label: 'looted property is civilians\' unless the text names its owner', text: 'Fighters of the Rapid Support Forces looted the main market in Nyala.', focus: 'SD',
    trigger: 'looted', sub: 'looting_property_destruction', type: 'strategic_developments', expected: ['Rapid Support Forces', 'Civilians (Sudan)'] },
  { label: 'looting a named owner\'s property', text: 'Gunmen looted a police station in Bambari.', focus: 'CF',
    trigger: 'looted', sub: 'looting_property_destruction', type: 'strategic_developments', expected: ['Unidentified Armed Group (Central African Republic)', 'Police Forces of Central African Republic'] },
  { label: 'a singular demonym missile names the state', text: 'A Russian missile slammed into a residential area of Zaporizhzhia, killing three people.', focus: 'UA',
    trigger: 'missile slammed', sub: 'shelling_artillery_missile_attack', type: 'explosions_remote_violence', expected: ['Military Forces of Russia', null] },
  { label: 'a clash that broke out between two sides', text: 'On Sunday, heavy fighting broke out between Fano fighters and Ethiopian troops near Lalibela.', focus: 'ET',
    trigger: 'fighting', sub: 'armed_clash', type: 'battles', expected: ['Fano', 'Military Forces of Ethiopia'] },
];

describe('assignRoles', () => {
  test.each(rows)('$label', ({ text, focus, trigger, sub, type, expected }) => {
    const doc = docFor(text, focus);
    const t = triggerOn(doc, trigger, sub, type);
    const roles = assignRoles(doc, t, doc.sentences.map((s) => s.index));
    expect([roles.actor1?.name ?? null, roles.actor2?.name ?? null]).toEqual(expected);
  });

  test('"its special forces" and "military hospitals" are not the state\'s forces', () => {
    const doc = docFor('The SDF said its special forces moved the wounded to military hospitals.', 'SY');
    expect(doc.actors.map((m) => m.name)).toEqual(['Syrian Democratic Forces']);
  });

  test('"No group claimed" names no group', () => {
    const doc = docFor('No group claimed the attack on the market.', 'SO');
    expect(doc.actors.map((m) => m.name)).toEqual([]);
  });

  test('a unit of the army is named as the army', () => {
    const doc = docFor("Sudan's army said its 5th Infantry Division held El Obeid.", 'SD');
    expect(doc.actors.map((m) => [m.text, m.name])).toContainEqual(['Infantry Division', 'Military Forces of Sudan']);
  });

  test('a country name is not its people ("the southern Philippines")', () => {
    const doc = docFor('Police arrested two men in the southern Philippines.', 'PH');
    expect(doc.actors.map((m) => m.name)).toEqual(['Police Forces of Philippines']);
  });

  test('a news agency in the dateline is no armed group elsewhere ("(PTI)", "(AA)")', () => {
    const doc = docFor('RAIPUR, India (PTI) - Police killed two Maoists in Bijapur.', 'IN');
    expect(doc.actors.map((m) => m.name)).not.toContain('Pakistan Tehreek-e-Insaf Supporters');
  });

  test.each([
    ['Officers of the PNH patrolled Delmas.', 'HT', 'Police Forces of Haiti'],
    ['Soldiers of Operation Mirador patrolled the border.', 'BJ', 'Military Forces of Benin'],
    ['The RAB detained a suspect in Gazipur.', 'BD', 'Police Forces of Bangladesh'],
  ])('state forces by their own acronyms and names: %s', (text, focus, name) => {
    expect(docFor(text, focus).actors.map((m) => m.name)).toContain(name);
  });

  test('an acronym after an upper-case dateline and its dash is a name', () => {
    const doc = docFor('MAIDUGURI - ISWAP fighters overran a base near Monguno.', 'NG');
    expect(doc.actors.map((m) => m.name)).toContain('Islamic State West Africa Province');
  });

  test('a dateline and its dash are no part of an unknown group', () => {
    const doc = docFor('SIRTE - Forces of the Tariq Brigade moved east.', 'LY');
    expect(doc.actors.map((m) => m.text)).not.toContain('SIRTE - Forces');
  });

  test('an explosion whose dead are told only as people has civilian victims', () => {
    const doc = docFor('Seven people were wounded when attackers threw a grenade into a tea shop in Baidoa.', 'SO');
    doc.counts = [{ start: 0, end: 12, text: 'Seven people', sentence: 0, category: 'injured', value: 7, min: 7, max: 7, approximate: false, cumulative: false, breakdown: {}, rule: 'test' }];
    const t = triggerOn(doc, 'grenade', 'grenade', 'explosions_remote_violence');
    const roles = assignRoles(doc, t, [0]);
    expect([roles.actor1?.name, roles.actor2?.name]).toEqual(['Unidentified Armed Group (Somalia)', 'Civilians (Somalia)']);
  });

  test('"supporters of" a named party or group are that actor', () => {
    expect(docFor('Supporters of the PTI blocked the motorway near Lahore.', 'PK').actors.map((m) => m.name)).toEqual(['Pakistan Tehreek-e-Insaf Supporters']);
  });

  test('sources are flagged on the mention', () => {
    const doc = docFor('Gunmen killed two traders in Zamfara, police said.', 'NG');
    expect(doc.actors.filter((m) => m.source).map((m) => m.text)).toEqual(['police']);
  });

  test.each([
    ['Boko Haram insurgents claimed the lives of 14 villagers.', 'NG', []],
    ['Boko Haram insurgents have claimed 12 lives in Konduga.', 'NG', []],
    ['The ADF militia claimed the village was a government base.', 'CD', ['ADF militia']],
  ])('a claim of lives is no speech: %s', (text, focus, sources) => {
    expect(docFor(text, focus).actors.filter((m) => m.source).map((m) => m.text)).toEqual(sources);
  });

  test('claimants are not sources', () => {
    const doc = docFor('Hamas claimed responsibility for the shooting.', 'PS');
    expect(doc.actors.map((m) => [m.name, m.source ?? false])).toEqual([['Hamas', false]]);
  });

  test('seed: SDF captured 157 Islamic State militants', () => {
    const text = readFileSync(join(__dirname, '../../seeds/baghouz-2019-03-19.txt'), 'utf8');
    const doc = docFor(text, 'SY', '2019-03-19');
    const t = triggerOn(doc, 'capturing 157 militants', 'non_state_actor_overtakes_territory', 'battles');
    const roles = assignRoles(doc, t, [t.sentence]);
    expect([roles.actor1?.name, roles.actor1?.type, roles.actor2?.name, roles.actor2?.type])
      .toEqual(['Syrian Democratic Forces', 'rebel_group', 'Islamic State', 'rebel_group']);
  });
});
