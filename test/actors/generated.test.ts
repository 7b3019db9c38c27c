import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCountryNames, buildStateForces, type WorldCountry } from '../../scripts/build-actors';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const countries = require('world-countries') as WorldCountry[];
const data = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '../../src/actors/data', name), 'utf8'));

describe('generated actor data is in sync with its inputs (run node dist/scripts/build-actors.js)', () => {
  test('state-forces.json', () => {
    expect(data('state-forces.json')).toEqual(buildStateForces(countries));
  });

  test('countries.json', () => {
    expect(data('countries.json')).toEqual(buildCountryNames(countries));
  });

  test('the usual wordings are there', () => {
    const aliases = (name: string): string[] => (buildStateForces(countries).find((e) => e.name === name)?.aliases ?? []);
    expect(aliases('Military Forces of Iraq')).toEqual(expect.arrayContaining(['Iraqi troops', 'Iraqi army', 'Iraqi security forces']));
    expect(aliases('Military Forces of Israel')).toEqual(expect.arrayContaining(['Israeli military', 'Israel Defense Forces']));
    expect(aliases('Police Forces of Somalia')).toEqual(expect.arrayContaining(['Somali police']));
  });
});
