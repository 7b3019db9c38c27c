import { initialsOf, withoutGenericNoun } from '../../src/eval/actor-names';
import { actorsMatch, countriesMatch, datesMatch, foldName, locationsMatch, namesMatch } from '../../src/eval';

describe('name normalisation', () => {
  test.each([
    ['Al-Bab', 'al Bab'],
    ['al-Bab', 'Bab'],
    ['Deir ez-Zor', 'Deir Ezzor'],
    ['Deir ez-Zor', 'Dayr az Zawr'],
    ['Baghouz', 'Baghuz'],
    ['Bayanoun', 'Bayanoon'],
    ['Jam’eyyat al-Zahra’a', "Jameyyat al-Zahraa"],
    ['Ma‘arrat al-Nu‘man', 'Maarrat al-Numan'],
    ['São Tomé', 'Sao Tome'],
    ['The Hague', 'Hague'],
    ['Manbij', 'Menbej'],
    ['Ash Shaykh Miskin', 'Sheikh Meskin'],
  ])('%s ~ %s', (a, b) => expect(namesMatch(a, b)).toBe(true));

  test.each([
    ['Aleppo', 'Idlib'],
    ['Raqqa', 'Hama'],
    ['Homs', 'Hasakah'],
    ['Hama', 'Homs'],
    ['Manbij', 'Mayadin'],
  ])('%s differs from %s', (a, b) => expect(namesMatch(a, b)).toBe(false));

  test('drops dates in parentheses and punctuation', () => {
    expect(foldName('Military Forces of Syria (2000-)')).toBe('military forces of syria');
    expect(foldName('Islamic State (West Africa)')).toBe('islamic state west africa');
    expect(foldName("  Hay'at  Tahrir,  al-Sham ")).toBe('hayat tahrir al sham');
  });
});

describe('actor aliases', () => {
  test.each([
    ['Government of Syria', 'Military Forces of Syria (2000-)'],
    ['Government of Syria', 'Syrian army'],
    ['Government of Syria', 'Syrian government forces'],
    ['Government of Turkey', 'Turkish troops'],
    ['Government of United States of America', 'Military Forces of the United States'],
    ['IS', 'Islamic State'],
    ['IS', 'ISIL'],
    ['SDF', 'Syrian Democratic Forces'],
    ['Syrian insurgents', 'Ahrar al-Sham'],
    ['Syrian insurgents', 'Free Syrian Army'],
    ['Syrian insurgents', 'rebels'],
    ['Ahrar al-Sham, HTS, Southern Front', 'Hayat Tahrir al-Sham'],
    ['Civilians', 'civilians'],
    ['Jabhat Fateh al-Sham', 'Nusra Front'],
    ['Hawar Kilis Operations Room', 'Hawar Kilis operations room'],
    ['Government of Kenya', 'Police Forces of Kenya'],
    ['Police Forces of Kenya', 'Kenyan police'],
    ['Protesters (Kenya)', 'Protesters'],
    ['Civilians', 'Civilians (Syria)'],
    ['Houthis', 'Ansar Allah'],
    ['Abu Sayyaf', 'Abu Sayyaf Group'],
    ['Syrian insurgents', 'Opposition Rebels (Syria)'],
  ])('%s ~ %s', (gold, sys) => expect(actorsMatch(gold, sys)).toBe(true));

  test.each([
    ['Government of Syria', 'Syrian Democratic Forces'],
    ['Government of Syria', 'Military Forces of Turkey'],
    ['IS', 'SDF'],
    ['Syrian insurgents', 'Islamic State'],
    ['HTS', 'Ahrar al-Sham'],
    ['Civilians', 'Government of Syria'],
    ['Military Forces of Kenya', 'Police Forces of Kenya'],
    ['Protesters (Kenya)', 'Protesters (Iraq)'],
    ['Syrian insurgents', 'Opposition Rebels (Libya)'],
    ['Military Forces of DR Congo', 'Military Forces of Republic of the Congo'],
  ])('%s differs from %s', (gold, sys) => expect(actorsMatch(gold, sys)).toBe(false));
});

describe('actors known by other names: brackets, acronyms, generic nouns', () => {
  test.each([
    // A bracketed part that is not a country: the name is also known by it and without it.
    ['National Liberation Army (ELN)', 'ELN'],
    ['National Liberation Army (ELN)', 'National Liberation Army'],
    ['FARC Dissidents (Estado Mayor Central)', 'FARC Dissidents'],
    ['Allied Democratic Forces (ADF)', 'ADF'],
    // "Islamic State" alone is in a group; the shared name still matches first.
    ['Islamic State (Sahel)', 'Islamic State Sahel'],
    ['Islamic State (Sahel)', 'Islamic State'],
    // Acronyms against the initials of the significant words, either way round.
    ['ADF', 'Allied Democratic Forces'],
    ['Allied Democratic Forces', 'ADF'],
    ['TTP', 'Tehrik-i-Taliban Pakistan'],
    ['TTP', 'Tehreek-i-Taliban Pakistan'],
    ['CJNG', 'Cartel de Jalisco Nueva Generacion'],
    ['ISKP', 'Islamic State Khorasan Province'],
    ['MNJTF', 'Multi-National Joint Task Force'],
    ['PIJ', 'Palestinian Islamic Jihad'],
    ['DF', 'Democratic Forces'],
    ['RSF (Sudan)', 'Rapid Support Forces'],
    // Alias groups for acronyms from another language (actor-aliases.json).
    ['CJNG', 'Jalisco New Generation Cartel'],
    ['ELN', 'National Liberation Army'],
    // A trailing generic noun dropped.
    ['Macawisley Militia', 'Macawisley'],
    ['Military Forces of Somalia, Macawisley Militia', 'Macawisley'],
    ['Hawazma Ethnic Militia (Sudan)', 'Hawazma'],
    ['Islamic State Group', 'ISIL'],
    ['Abu Sayyaf Movement', 'Abu Sayyaf'],
  ])('%s ~ %s', (gold, sys) => expect(actorsMatch(gold, sys)).toBe(true));

  test.each([
    // Two letters need exactly two words, none skipped.
    ['AF', 'Army of Fighters'],
    ['DF', 'Democratic Forces Alliance'],
    ['IS', 'Israeli Settlers'],
    // Initials must spell the whole acronym, in order.
    ['ADF', 'Democratic Forces'],
    ['ADF', 'Forces Democratic Allied'],
    ['TTP', 'Tehrik Taliban'],
    ['ADFL', 'Allied Democratic Forces'],
    // Two expansions with the same initials are not the same side.
    ['Allied Democratic Forces', 'Alliance for Democratic Freedom'],
    // A country in brackets stays a qualifier, and state forms keep their branch.
    ['Protesters (Kenya)', 'Kenya'],
    ['Unidentified Armed Group (Syria)', 'Unidentified Armed Group (Iraq)'],
    ['Military Forces of Kenya (2013-)', 'Police Forces of Kenya'],
    ['National Liberation Army (ELN)', 'Military Forces of Colombia'],
    // Only a generic noun is dropped, and never down to a country or demonym.
    ['Macawisley Militia', 'Macawisley Brigade'],
    ['Ukrainian Militia', 'Ukrainian Movement'],
    ['Syria Group', 'Syria'],
  ])('%s differs from %s', (gold, sys) => expect(actorsMatch(gold, sys)).toBe(false));

  test.each([
    ['Allied Democratic Forces', 'adf'],
    ['Tehrik-i-Taliban Pakistan', 'ttp'],
    ['Islamic State of Iraq and the Levant', 'isil'],
    ['Cartel de Jalisco Nueva Generación', 'cjng'],
    ['Hay\'at Tahrir al-Sham', 'hts'],
    ['Islamic State', 'is'],
    ['Al Qaeda', null],
    ['Civilians', null],
  ])('initials of %s: %s', (name, initials) => expect(initialsOf(name)).toBe(initials));

  test.each([
    ['Macawisley Militia', 'macawisley'],
    ['Murle Ethnic Militia', 'murle'],
    ['Syrian Militia', null],
    ['Macawisley', null],
  ])('%s without its generic noun: %s', (name, rest) => expect(withoutGenericNoun(name)).toBe(rest));
});

describe('countries', () => {
  test.each([
    ['United States', 'United States of America'],
    ['United States', 'US'],
    ['Syria', 'Syrian Arab Republic'],
    ['Syria', 'SY'],
    ['DR Congo', 'Democratic Republic of the Congo'],
    ['Turkey', 'Türkiye'],
    ["Côte d'Ivoire", 'Ivory Coast'],
  ])('%s ~ %s', (a, b) => expect(countriesMatch(a, b)).toBe(true));

  test('different countries differ', () => {
    expect(countriesMatch('Syria', 'Iraq')).toBe(false);
    expect(countriesMatch('Niger', 'Nigeria')).toBe(false);
  });
});

describe('dates at the gold precision', () => {
  test('day', () => {
    expect(datesMatch('2019-03-19', 'day', '2019-03-19')).toBe(true);
    expect(datesMatch('2019-03-19', 'day', '2019-03-18')).toBe(false);
    expect(datesMatch('2019-03-19', null, '2019-03-19')).toBe(true);
  });
  test('week: the seven days from the gold date', () => {
    expect(datesMatch('2019-03-18', 'week', '2019-03-24')).toBe(true);
    expect(datesMatch('2019-03-18', 'week', '2019-03-25')).toBe(false);
    expect(datesMatch('2019-03-18', 'week', '2019-03-17')).toBe(false);
  });
  test('month and year', () => {
    expect(datesMatch('2019-03-01', 'month', '2019-03-28')).toBe(true);
    expect(datesMatch('2019-03-01', 'month', '2019-04-01')).toBe(false);
    expect(datesMatch('2019-01-01', 'year', '2019-12-31')).toBe(true);
  });
});

describe('locations', () => {
  test('by name, whatever the coordinates', () => {
    expect(locationsMatch({ name: 'Baghouz', lat: null, lon: null }, { name: 'Baghuz', lat: 34.46, lon: 40.95 })).toBe(true);
  });
  test('within 25 km when both have coordinates', () => {
    // About 15 km apart, different names.
    expect(locationsMatch({ name: 'A', lat: 34.45, lon: 40.93 }, { name: 'B', lat: 34.45, lon: 41.09 })).toBe(true);
    // About 55 km apart.
    expect(locationsMatch({ name: 'A', lat: 34.45, lon: 40.93 }, { name: 'B', lat: 34.45, lon: 41.53 })).toBe(false);
    expect(locationsMatch({ name: 'A', lat: null, lon: null }, { name: 'B', lat: 34.45, lon: 41.09 })).toBe(false);
  });
});
