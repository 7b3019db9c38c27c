/**
 * First-level divisions under the names the news gives them where GeoNames
 * spells them otherwise (rules/admin1-aliases.json). Sentences written for these tests.
 */
import { loadGazetteer } from '../../src/places';
import { aliasedAdmin1Codes } from '../../src/places/entries';
import { readDataTsv } from '../../src/places/data-files';
import { placeKey } from '../../src/places/place-key';
import aliases from '../../src/places/rules/admin1-aliases.json';
import { eventPlaces } from './helpers';

const g = loadGazetteer();

describe('admin1 aliases', () => {
  it.each([
    ['Militiamen attacked a village in North Kivu on Sunday.', 'Nord Kivu', 'CD'],
    ['Rebels seized two mining towns in Sud-Kivu province.', 'South Kivu', 'CD'],
    ['A roadside bomb hit an army patrol in Salahuddin province on Monday.', 'Salah ad Din', 'IQ'],
    ['Gunmen killed three shepherds in Ninawa province.', 'Nineveh', 'IQ'],
    ['Shelling hit several towns in Rural Damascus on Friday.', 'Rif-dimashq', 'SY'],
    ['Separatists blew up a gas pipeline in Baluchistan province.', 'Balochistan', 'PK'],
    ['Fighting broke out in the Lower Shabelle region of Somalia.', 'Lower Shabeelle', 'SO'],
    ['Clashes were reported in West Kordofan state on Tuesday.', 'West Kordofan State', 'SD'],
    ['A drone strike killed two men in Hadramout province, Yemen.', 'Ḩaḑramawt', 'YE'],
    ['The army burned a village in Karenni State, Myanmar.', 'Kayah', 'MM'],
    ['Gunmen attacked buses in the Benishangul-Gumuz region.', 'Bīnshangul Gumuz', 'ET'],
    ['Boko Haram raided a town in the Extreme-Nord region of Cameroon.', 'Far North', 'CM'],
  ])('reads %j as in the division %s', (text, admin1, country) => {
    // "North Kivu" is also a GeoNames district of Nord Kivu: either is the province's place.
    const division = eventPlaces(text, g).find((p) => p.admin1 === admin1);
    expect(division).toMatchObject({ country_code: country, precision: 3 });
  });

  const codes = new Set(readDataTsv('admin1.tsv').map((r) => r.code));
  it.each(aliasedAdmin1Codes())('names a division of data/admin1.tsv: %s', (code) => {
    expect(codes.has(code)).toBe(true);
  });

  // A city keeps its own name: an alias a town answers to would make that town's name a province.
  const names = Object.entries(aliases).filter(([code]) => !code.startsWith('_')).flatMap(([, list]) => list as string[]);
  it.each(names)('is no town\'s name: %s', (name) => {
    expect(g.lookup(placeKey(name)).filter((e) => e.kind === 'city')).toEqual([]);
  });
});
