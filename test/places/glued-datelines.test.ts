/**
 * Datelines of scraped local pages glued to the page title or site name, and
 * what must not be read as one. Sentences written for these tests.
 */
import { loadGazetteer } from '../../src/places';
import { findDateline } from '../../src/places/dateline';
import { eventPlaces, places, placesDoc } from './helpers';

const g = loadGazetteer();

describe('a dateline glued to the page title', () => {
  it.each([
    ['Man hurt in crash on Main Street | KDVR.comDENVER -- A man was hurt on Monday.', 'DENVER', null],
    ['Store clerk robbed at gunpoint « CBS ColoradoPUEBLO, Colo. (KKTV) – A clerk was robbed.', 'PUEBLO', 'Colo.'],
    ['Two hurt in shooting near school | fox9.comSAINT PAUL, Minn. — Two teens were hurt.', 'SAINT PAUL', 'Minn.'],
    ['Woman shot outside bar on Elm St.TOLEDO, Ohio-- A woman was shot late Friday.', 'TOLEDO', 'Ohio'],
    ['Teen shot on west side | Channel 8ALBANY, N.Y. (March 3, 2016) — A teen was shot.', 'ALBANY', 'N.Y.'],
    ['Police chase ends in crash - News - Peoria Journal Star - Peoria, ILPEORIA — A chase ended.', 'PEORIA', null],
    ['Shots fired at apartment | News, Weather | WXYZTOLEDO (WXYZ) - Shots were fired.', 'TOLEDO', null],
  ])('reads %j', (text, place, region) => {
    const d = findDateline(placesDoc(text));
    expect(d).toMatchObject({ place, region, glued: true });
    expect(text.slice(d!.start, d!.end)).toBe(place);
  });

  it.each([
    ['Officials said the FBI - which leads the case - would say more later.'],
    ['The army said ISIS -- not the Taliban -- claimed the attack.'],
    ['Residents said (NATO) - backed forces withdrew on Monday.'],
    ['Police said.UPDATE: the road is open again.'],
    ['The U.S.-led coalition said it struck a depot.'],
    ['He joined the NRA-ILA in 2001 and left - police said - in 2010.'],
  ])('finds no dateline in %j', (text) => {
    expect(findDateline(placesDoc(text))).toBeNull();
  });

  it('keeps reading a wire dateline at the head as before', () => {
    expect(findDateline(placesDoc('BEIRUT (Reuters) - Shelling hit a market.'))).toMatchObject({ place: 'BEIRUT', glued: false });
  });
});

describe('a glued dateline is the local story\'s place', () => {
  it('gives the city, in the state its region names, as an event place', () => {
    const text = 'Man shot at gas station | fox13now.comFAYETTEVILLE, N.C. – A man was shot at a gas station on Sunday.';
    const [city] = eventPlaces(text, g);
    expect(city).toMatchObject({ name: 'Fayetteville', admin1: 'North Carolina', country_code: 'US', rule: 'places.dateline' });
    expect(places(text, g).focusCountry).toBe('US');
  });

  it('still reads places in the title before it', () => {
    const text = 'Two hurt in shooting in Pittsburgh | WTAEPITTSBURGH — Two men were hurt on Friday.';
    expect(eventPlaces(text, g).map((p) => p.name)).toEqual(['Pittsburgh', 'Pittsburgh']);
  });

  it('takes the region over a same-named town abroad', () => {
    // No Rosebud in Missouri among the gazetteer's towns; Rosebud, Victoria is not meant.
    const found = places('Barn fire on county road | KOMU HomeROSEBUD, Mo. - A barn burned down on Sunday.', g);
    expect(found.focusCountry).toBe('US');
    expect(found.places.filter((p) => p.country_code === 'AU')).toEqual([]);
  });

  it('takes the region when the gazetteer knows no such town', () => {
    // A made-up town name that exists nowhere in Missouri: the region still tells the country.
    const text = 'Fire at barn | KMIZ HomeZZYZXVILLE, Mo. - A barn burned down on Sunday.';
    expect(places(text, g).focusCountry).toBe('US');
  });
});
