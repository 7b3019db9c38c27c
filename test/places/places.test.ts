/**
 * The places stage end to end on sentences written for these tests. The
 * cities index comes from `npm run build` (npm test builds first).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/places';
import { eventPlaces, km, places } from './helpers';

const g = loadGazetteer();

beforeAll(() => {
  if (!g.hasIndex) throw new Error('dist/data/places-*.txt missing: run `npm run build` first');
});

describe('the seed article', () => {
  const text = readFileSync(join(__dirname, '..', '..', 'seeds', 'baghouz-2019-03-19.txt'), 'utf8');
  const found = places(text, g);

  it('geocodes Baghouz from the UCDP villages, within 25 km of 34.45 N 40.93 E', () => {
    const baghouz = found.places.find((p) => p.text === 'Baghouz');
    expect(baghouz).toBeDefined();
    expect(baghouz?.country_code).toBe('SY');
    expect(baghouz?.country).toBe('Syria');
    expect(baghouz?.precision).toBe(1);
    expect(km(baghouz?.lat ?? 0, baghouz?.lon ?? 0, 34.45, 40.93)).toBeLessThan(25);
  });

  it('knows the article is about Syria', () => {
    expect(found.focusCountry).toBe('SY');
  });

  it('does not take the spokesman Mustafa Bali for Bali', () => {
    expect(found.places.some((p) => p.country_code === 'ID')).toBe(false);
  });
});

describe('same-named places: the article decides', () => {
  it.each([
    ['Gunmen stormed a hotel in Tripoli on Sunday, Libyan officials said.', 'LY'],
    ['A bomb exploded in Tripoli, the second city of Lebanon, on Sunday.', 'LB'],
    ['Militants attacked a market in Hyderabad, in Sindh. Pakistan has raised its alert level.', 'PK'],
    ['A man was shot in Alexandria, Va., on Friday night.', 'US'],
    ['Police dispersed a crowd in Alexandria. Egypt has banned protests since 2013.', 'EG'],
  ])('%s', (text, country) => {
    expect(eventPlaces(text, g)[0]?.country_code).toBe(country);
  });

  it('prefers a town\'s own name to another town\'s old name ("Homs", not Al Khums in Libya)', () => {
    expect(eventPlaces('The truce was broken north of Homs on Friday.', g)[0]?.country_code).toBe('SY');
  });

  it('chooses by population when nothing else tells', () => {
    expect(eventPlaces('Fighting was reported in Tripoli.', g)[0]?.country_code).toBe('LY');
  });

  it('takes the conflict village of the article\'s country over a bigger town elsewhere', () => {
    const text = 'Rebels burned houses in Bama. The Central African Republic has seen fighting for a decade.';
    expect(eventPlaces(text, g)[0]?.country_code).toBe('CF');
  });

  it('never picks a same-named town on another continent once the country is known', () => {
    const found = eventPlaces('Herders clashed with farmers in Marion, a village in Nigeria, on Monday. Nigeria has deployed troops.', g);
    const marion = found.find((p) => p.text === 'Marion');
    expect(marion).toBeDefined();
    expect(marion?.country_code).not.toBe('US');
    expect(marion?.lat).toBeNull(); // kept, with a null position
  });

  it('reads Palmyra as Tadmur in a Syrian article', () => {
    const p = eventPlaces('Government troops advanced near Palmyra in central Syria.', g)[0];
    expect(p?.name).toBe('Tadmur');
    expect(p?.precision).toBe(2);
  });
});

describe('words that are not places', () => {
  it.each([
    'Police said the attackers fled.',
    'Mark Johnson, a witness, said he heard gunfire.',
    'Victoria said the convoy was hit.',
    'The attack happened on Tuesday in March.',
    'The Islamic State claimed responsibility.',
    'Mr Kirkuk declined to comment.',
    'Spokesman Mosul told reporters the talks had failed.',
  ])('%s', (text) => {
    expect(places(text, g).places.filter((p) => p.lat !== null)).toEqual([]);
  });
});

describe('transliteration variants meet', () => {
  const idOf = (text: string) => eventPlaces(text, g)[0]?.geonameid ?? null;
  it.each([
    ['Mosul', 'al-Mawsil'],
    ['Raqqa', 'Ar Raqqah'],
    ['Raqqa', 'al-Raqqah'],
    ['Abu Kamal', 'Al Bukamal'],
    ['Hama', 'Ḥamāh'],
  ])('%s = %s', (a, b) => {
    const first = idOf(`Shelling was reported in ${a}.`);
    expect(first).not.toBeNull();
    expect(idOf(`Shelling was reported in ${b}.`)).toBe(first);
  });

  it('Baghouz = Baghuz = al-Baghuz (the UCDP village)', () => {
    for (const name of ['Baghouz', 'Baghuz', 'al-Baghuz']) {
      expect(eventPlaces(`Clashes went on in ${name}.`, g)[0]?.name).toBe('Baghuz Fawqani');
    }
  });

  it('matches romanisations that differ only in vowels, inside the article\'s country', () => {
    const p = eventPlaces('Syrian troops shelled positions in Menbej on Friday.', g)[0];
    expect(p?.country_code).toBe('SY');
    expect(p?.rule).toMatch(/consonants$/);
  });
});

describe('cues and precision', () => {
  it('codes "X km north of Y" to Y with precision 2', () => {
    const p = eventPlaces('A roadside bomb exploded 20 km north of Kirkuk on Monday.', g)[0];
    expect(p.name).toBe('Kirkuk');
    expect(p.precision).toBe(2);
    expect(p.text).toBe('20 km north of Kirkuk');
  });

  it('codes "the X province" to the province, precision 3', () => {
    const p = eventPlaces('Airstrikes hit villages in the Idlib province.', g)[0];
    expect(p.admin1).toBe('Idlib');
    expect(p.precision).toBe(3);
    expect(p.rule).toContain('admin1');
  });

  it('codes "eastern Syria" to the country with precision 4', () => {
    const p = eventPlaces('Fighting continued in eastern Syria.', g)[0];
    expect(p).toMatchObject({ text: 'eastern Syria', name: 'Syria', country_code: 'SY', precision: 4 });
  });

  it('finds countries', () => {
    expect(eventPlaces('Two soldiers were killed in Mali.', g)[0]).toMatchObject({ country_code: 'ML', precision: 4 });
  });

  it('carries "in" over a list: "in Homs and Hama"', () => {
    const found = eventPlaces('Raids were reported in Homs and Hama.', g);
    expect(found.map((p) => p.country_code)).toEqual(['SY', 'SY']);
  });

  it('codes "West Philadelphia" as a part of Philadelphia, precision 2', () => {
    const p = eventPlaces('Two men were shot in West Philadelphia on Friday.', g)[0];
    expect(p).toMatchObject({ text: 'West Philadelphia', name: 'Philadelphia', country_code: 'US', precision: 2 });
  });

  it('reads "Lima, OH" as the town in Ohio', () => {
    expect(eventPlaces('A woman was shot in Lima, OH, late on Saturday.', g)[0]).toMatchObject({ country_code: 'US', admin1: 'Ohio' });
  });

  it('codes "the X district" to the second-level division, precision 3', () => {
    const p = eventPlaces('Taliban fighters attacked a checkpoint in the Arghandab district of Kandahar.', g)[0];
    expect(p).toMatchObject({ name: 'Arghandāb', admin1: 'Kandahar', country_code: 'AF', precision: 3 });
    expect(p.rule).toContain('admin2');
  });

  it('finds US counties by their short name', () => {
    const p = eventPlaces('Deputies searched a house in Harris County, Texas, on Monday.', g)[0];
    expect(p).toMatchObject({ name: 'Harris County', admin1: 'Texas', country_code: 'US', precision: 3 });
  });

  it('keeps an unknown place after "in" with a null position', () => {
    const p = eventPlaces('Gunmen killed four farmers in Qaryat Zumbarra on Sunday.', g)[0];
    expect(p).toMatchObject({ name: 'Qaryat Zumbarra', lat: null, lon: null, precision: null });
  });
});

describe('datelines and landmarks', () => {
  it('marks a wire dateline as such and takes its country as the focus', () => {
    const found = places('MOGADISHU, Somalia (AP) - A car bomb killed six people near a checkpoint on Saturday.', g);
    expect(found.places[0]).toMatchObject({ role: 'dateline', country_code: 'SO' });
    expect(found.focusCountry).toBe('SO');
  });

  it('reads "HOUSTON, Texas" as the US city', () => {
    const found = places('HOUSTON, Texas (KHOU) - A man was shot outside a store on Sunday.', g);
    expect(found.places[0]).toMatchObject({ role: 'dateline', country_code: 'US', admin1: 'Texas' });
  });

  // A dateline names a city by its own name: "Islamabad" is also an old name of Chattogram (3.9 million).
  it.each([
    ['ISLAMABAD - Militants attacked a checkpoint in North Waziristan on Sunday.', 'Islamabad', 'PK'],
    ['ISLAMABAD: A bomb exploded near a mosque on Friday.', 'Islamabad', 'PK'],
    ['KABUL, Afghanistan - A bomb exploded near a mosque on Friday.', 'Kabul', 'AF'],
  ])('reads the dateline of %j as %s by its own name', (text, name, country) => {
    const found = places(text, g);
    expect(found.places[0]).toMatchObject({ role: 'dateline', name, country_code: country });
    expect(found.focusCountry).toBe(country);
  });

  it('marks hospitals as landmarks, not event places', () => {
    const found = places('The wounded were taken to a hospital in Kirkuk. The attack happened in Hawija.', g).places;
    expect(found.find((p) => p.text === 'Kirkuk')?.role).toBe('landmark');
    expect(found.find((p) => p.text === 'Hawija')?.role).toBe('event');
  });
});

it('is deterministic', () => {
  const text = 'Clashes in Tripoli and near Misrata left ten dead, Libyan officials said.';
  expect(places(text, g)).toEqual(places(text, g));
});

describe('any input', () => {
  it('never throws, and every span points into the text', () => {
    const word = fc.constantFrom('in', 'near', 'Aleppo', 'Mosul', 'al-Raqqa', 'SYRIA', 'Mr', 'said', 'km', '10', 'north', 'of',
      'the', 'province', 'Police', ',', '.', '\n', 'Zzyzx', 'eastern', 'Hospital', 'É', '—', '(AP)');
    fc.assert(fc.property(fc.array(word, { maxLength: 40 }), (words) => {
      const text = words.join(' ');
      for (const p of places(text, g).places) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.end).toBeGreaterThan(p.start);
      }
    }), { numRuns: 300 });
  });

  it('stays linear on long runs of capitals and long words', () => {
    const text = `${'Abu '.repeat(5000)}in ${'X'.repeat(100000)} near ${'Aleppo Idlib '.repeat(3000)}.`;
    const started = performance.now();
    places(text, g);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
