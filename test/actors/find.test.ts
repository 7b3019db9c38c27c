import { docFor } from './helpers';

type Row = [label: string, text: string, focus: string | null, expected: [words: string, name: string][]];

const rows: Row[] = [
  ['acronym, alias, and members of a group', 'Fighters of ISIS and Daesh loyalists attacked a checkpoint.', 'IQ',
    [['Fighters of ISIS', 'Islamic State'], ['Daesh', 'Islamic State']]],
  ['"IS" only in capitals', 'IS said the village is under its control.', 'SY', [['IS', 'Islamic State']]],
  ['house style "Isis" for a long acronym', 'Isis fighters withdrew from the town.', 'SY', [['Isis fighters', 'Islamic State']]],
  ['longest match wins', 'Syrian Democratic Forces and Syrian forces met near the river.', 'SY',
    [['Syrian Democratic Forces', 'Syrian Democratic Forces'], ['Syrian forces', 'Military Forces of Syria (2000-2024)']]],
  ['hyphen, case and doubled-vowel variants', 'Al Shabab and al-Shabaab are one movement for the ministry.', 'SO',
    [['Al Shabab', 'Al Shabaab'], ['al-Shabaab', 'Al Shabaab']]],
  ['el- read as al-', 'Ahrar el-Sham fighters were seen.', 'SY', [['Ahrar el-Sham fighters', 'Ahrar al-Sham']]],
  ['diacritics ignored', 'The Séléka coalition advanced.', 'CF', [['Séléka', 'Seleka']]],
  ['demonym wordings of state forces', 'Nigerian soldiers and Afghan army units; Indian security forces; Somali police.', null,
    [['Nigerian soldiers', 'Military Forces of Nigeria'], ['Afghan army', 'Military Forces of Afghanistan (2004-2021)'],
      ['Indian security forces', 'Military Forces of India'], ['Somali police', 'Police Forces of Somalia']]],
  ['foreign forces resolve to their own state', 'French troops and UN peacekeepers patrolled near Gao.', 'ML',
    [['French troops', 'Military Forces of France'], ['UN peacekeepers', 'MINUSMA']]],
  ['possessive is transparent', "The regime's helicopters dropped barrels.", 'SY', [["regime's helicopters", 'Military Forces of Syria (2000-2024)']]],
  ['context: al-Shabab in Mozambique', 'Al-Shabab insurgents raided a village in Cabo Delgado.', 'MZ',
    [['Al-Shabab insurgents', 'Islamic State Mozambique Province']]],
  ['context: al-Shabab in Somalia', 'Al-Shabab insurgents raided a village near Baidoa.', 'SO', [['Al-Shabab insurgents', 'Al Shabaab']]],
  ['context: SNA in Somalia and in Syria', 'The SNA moved north.', 'SO', [['SNA', 'Military Forces of Somalia']]],
  ['context: SNA in Syria', 'The SNA moved north.', 'SY', [['SNA', 'Syrian National Army']]],
  ['context: Congolese army by country', 'The Congolese army retook the hill.', 'CG', [['Congolese army', 'Military Forces of Republic of Congo']]],
  ['generic armed group takes the country', 'Gunmen on motorbikes stormed the market.', 'NG', [['Gunmen', 'Unidentified Armed Group (Nigeria)']]],
  ['generic bandits', 'Bandits abducted travellers.', 'NG', [['Bandits', 'Unidentified Armed Group (Nigeria)']]],
  ['protesters, rioters, civilians', 'Protesters marched; a mob burned a car; villagers fled.', 'KE',
    [['Protesters', 'Protesters (Kenya)'], ['mob', 'Rioters (Kenya)'], ['villagers', 'Civilians (Kenya)']]],
  ['local wording only in its country', 'Colectivos fired on the crowd.', 'VE', [['Colectivos', 'Colectivos']]],
  ['regime forces elsewhere are generic', 'Regime forces shelled the town.', 'MM', [['Regime forces', 'Military Forces of Myanmar']]],
  ['unknown group: capitalised run + group noun', 'The Martyrs of Zawiya Brigade stormed the post.', 'LY',
    [['Martyrs of Zawiya Brigade', 'Martyrs of Zawiya Brigade']]],
  ['unknown group: lowercase militia after a name', 'The Kafr Dael militia fought back.', 'SY', [['Kafr Dael militia', 'Kafr Dael militia']]],
  ['unknown group: Arabic group word first', 'Jaish al-Muhajireen wal-Ansar announced a merger.', 'SY',
    [['Jaish al-Muhajireen wal-Ansar', 'Jaish al-Muhajireen wal-Ansar']]],
  ['named group absorbs its generic noun', 'Taliban fighters overran the district.', 'AF', [['Taliban fighters', 'Taliban']]],
  ['a name\'s own acronym in brackets, and its fighters', 'Suspected Allied Democratic Forces (ADF) rebels killed 11 civilians.', 'CD',
    [['Allied Democratic Forces (ADF) rebels', 'Allied Democratic Forces'], ['civilians', 'Civilians (Democratic Republic of Congo)']]],
  ['an acronym in brackets closes its mention', 'The Arakan Army (AA) said it captured an outpost.', 'MM', [['Arakan Army (AA)', 'Arakan Army']]],
  ['another group\'s acronym in brackets is its own mention', 'Fighters loyal to the Syrian National Army (SDF) advanced.', 'SY',
    [['Fighters', 'Unidentified Armed Group (Syria)'], ['Syrian National Army', 'Syrian National Army'], ['SDF', 'Syrian Democratic Forces']]],
  ['fighters of a paramilitary with a name of its own are its members', 'Fighters of the Rapid Support Forces looted the market.', 'SD',
    [['Fighters of the Rapid Support Forces', 'Rapid Support Forces']]],
  ['fighters of a state\'s army are not its members', 'Fighters of the Syrian army shelled the town.', 'SY',
    [['Fighters', 'Unidentified Armed Group (Syria)'], ['Syrian army', 'Military Forces of Syria (2000-2024)']]],
  ['UN peacekeepers where no mission serves', 'UN peacekeepers patrolled near the border.', 'FR', [['UN peacekeepers', 'United Nations Peacekeepers']]],
  ['UN peacekeepers in Congo are MONUSCO', 'UN peacekeepers patrolled near Beni.', 'CD', [['UN peacekeepers', 'MONUSCO']]],
  ['a unit the army owns is the army', "The army's Eagle Brigade moved in.", 'CO', [['army', 'Military Forces of Colombia'], ['Eagle Brigade', 'Military Forces of Colombia']]],
  ['an owner with a curly apostrophe', 'The army\u2019s Eagle Brigade moved in.', 'CO', [['army', 'Military Forces of Colombia'], ['Eagle Brigade', 'Military Forces of Colombia']]],
  ['a brigade no state owns is a group', "The Martyrs' Eagle Brigade moved in.", 'CO', [["Martyrs' Eagle Brigade", "Martyrs' Eagle Brigade"]]],
];

describe('findActors', () => {
  test.each(rows)('%s', (_label, text, focus, expected) => {
    const doc = docFor(text, focus);
    expect(doc.actors.map((m) => [m.text, m.name])).toEqual(expected);
  });

  test('unknown groups are kept with known:false and a guessed type', () => {
    const [m] = docFor('The Kafr Dael militia fought back.', 'SY').actors;
    expect(m).toMatchObject({ known: false, type: 'political_militia', rule: 'actors.unknown.suffix' });
  });

  test('an organisation claiming an attack is an unknown group (compromise tags)', () => {
    const doc = docFor('A shadowy outfit, Tanzeem Wahdat, claimed the attack on Sunday.', 'PK');
    expect(doc.actors.map((m) => [m.text, m.known, m.rule])).toEqual([['Tanzeem Wahdat', false, 'actors.unknown.claimant']]);
  });

  test('generic actors say so and carry the country', () => {
    const [m] = docFor('Villagers fled.', 'ML').actors;
    expect(m).toMatchObject({ generic: true, type: 'civilians', country: 'ML', name: 'Civilians (Mali)' });
  });

  test('validity dates pick the regime of the time', () => {
    const before = docFor('Afghan forces patrolled Kunduz.', 'AF', '2019-05-01').actors[0];
    const after = docFor('Afghan forces patrolled Kunduz.', 'AF', '2023-05-01').actors[0];
    expect([before?.name, after?.name]).toEqual(['Military Forces of Afghanistan (2004-2021)', 'Military Forces of Afghanistan (2021-)']);
  });

  test('without a focus country, countries of other mentions decide', () => {
    const doc = docFor('Mozambican troops entered Palma. Al-Shabab fighters had held it.', null);
    expect(doc.actors.map((m) => m.name)).toEqual(['Military Forces of Mozambique', 'Islamic State Mozambique Province']);
  });

  test('plural demonyms are civilians only in articles about their country', () => {
    expect(docFor('Gunmen killed six Afghans near Herat.', 'AF').actors.map((m) => m.name)).toContain('Civilians (Afghanistan)');
    expect(docFor('The Russians bombed the bakery.', 'SY').actors.map((m) => m.name)).toEqual([]);
  });

  test('local entries do not fire outside their countries', () => {
    expect(docFor('Colectivos fired on the crowd.', 'FR').actors.map((m) => m.name)).toEqual([]);
  });

  test('the verb "is" and lowercase "sdf" are not acronyms', () => {
    expect(docFor('This is what sdf means.', 'SY').actors).toEqual([]);
  });

  test('offsets point at the words in the article', () => {
    const text = 'Yesterday, Hamas militants fired rockets.';
    const [m] = docFor(text, 'PS').actors;
    expect(text.slice(m!.start, m!.end)).toBe('Hamas militants');
  });
});
