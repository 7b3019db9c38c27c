import { locationsMatch, type PlacePoint } from '../../src/eval';
import { goldDivision } from '../../src/eval/places';

const gold = (name: string): PlacePoint => ({ name, lat: null, lon: null });
const ours = (name: string, admin1: string | null): PlacePoint => ({ name, lat: null, lon: null, admin1 });

describe('a gold location that names a division', () => {
  test.each([
    ['Aleppo Governorate', { names: ['aleppo'], level: 1 }],
    ['Northern Hamah Governorate', { names: ['northern hamah', 'hamah'], level: 1 }],
    ['North Kivu Province', { names: ['north kivu', 'kivu'], level: 1 }],
    ['Harris County', { names: ['harris'], level: 2 }],
    ['Baghouz', null],
    ['Governorate', null],
  ])('%s names %j', (name, division) => {
    expect(goldDivision(name)).toEqual(division);
  });

  test.each([
    // Ours is the division, or lies in it (by its admin1), whatever the spelling.
    ['Hamah Governorate', ours('Hama', 'Hama'), true],
    ['Aleppo Governorate', ours('Manbij', 'Aleppo'), true],
    ['Northern Aleppo Governorate', ours('Aleppo', 'Aleppo'), true],
    ['Ar Raqqah Governorate', ours('Tabqa', 'Ar-Raqqah'), true],
    ['North Kivu Province', ours('Goma', 'North Kivu'), true],
    ['Harris County', ours('Harris County', 'Texas'), true],
    // Another division, a division of the other level, or only the country.
    ['Hamah Governorate', ours('Manbij', 'Aleppo'), false],
    ['South Kivu Province', ours('Goma', 'North Kivu'), false],
    ['Harris County', ours('Houston', 'Texas'), false],
    ['Aleppo Governorate', ours('Syria', null), false],
    // A gold town is not matched by its division.
    ['Bayanoon', ours('Aleppo', 'Aleppo'), false],
  ])('%s against %j: %s', (name, system, expected) => {
    expect(locationsMatch(gold(name), system)).toBe(expected);
  });
});
