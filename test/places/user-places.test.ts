/** A user's `--places` entries: found like built-in ones, validated, size-limited, errors that name the file and entry. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer, lookupCountry, parsePlacesFile } from '../../src/places';
import { MAX_PLACE_ENTRIES } from '../../src/places/user-places';
import { eventPlaces } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'places-test-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const farm = { name: 'Zumbarra Farms', aliases: ['Zumbara'], lat: 35.1, lon: 40.2, country_code: 'SY', admin1: 'Deir ez-Zor' };

describe('user entries', () => {
  it('are found by name and alias, ahead of built-in places', () => {
    const g = loadGazetteer([farm]);
    for (const text of ['Shelling hit Zumbarra Farms on Monday.', 'Shelling hit Zumbara on Monday.']) {
      expect(eventPlaces(text, g)[0]).toMatchObject({ name: 'Zumbarra Farms', lat: 35.1, lon: 40.2, country_code: 'SY', precision: 1 });
    }
  });

  it('do not leak into the default gazetteer', () => {
    loadGazetteer([farm]);
    expect(eventPlaces('Shelling hit Zumbarra Farms on Monday.')[0]?.lat ?? null).toBeNull();
  });

  it('are rejected with the entry named when invalid', () => {
    expect(() => loadGazetteer([farm, { ...farm, name: 'Nowhere', lat: 123 }])).toThrow(/--places: entry 2 \("Nowhere"\): lat/);
    expect(() => loadGazetteer([{ ...farm, country_code: 'Syria' }])).toThrow(/country_code/);
    expect(() => loadGazetteer([{ ...farm, script: 'rm -rf /' }])).toThrow(/entry 1/);
    expect(() => loadGazetteer({ not: 'a list' })).toThrow(/expected a JSON array/);
  });
});

describe('parsePlacesFile', () => {
  it('reads JSON', () => {
    expect(parsePlacesFile(file('p.json', JSON.stringify([farm])))[0]).toMatchObject({ name: 'Zumbarra Farms', aliases: ['Zumbara'] });
  });

  it('reads TSV with a header, aliases separated by |', () => {
    const path = file('p.tsv', 'name\taliases\tlat\tlon\tcountry_code\tadmin1\tprecision\n' +
      'Zumbarra Farms\tZumbara|Zumbarah\t35.1\t40.2\tSY\tDeir ez-Zor\t1\nWadi Zumbar\t\t35.2\t40.3\tSY\t\t3\n');
    const entries = parsePlacesFile(path);
    expect(entries).toHaveLength(2);
    expect(entries[0].aliases).toEqual(['Zumbara', 'Zumbarah']);
    expect(entries[1]).toMatchObject({ name: 'Wadi Zumbar', precision: 3, admin1: null });
  });

  it('names the file and the bad entry', () => {
    const path = file('bad.tsv', 'name\tlat\tlon\tcountry_code\nGood\t1\t2\tSY\nBad\tnorth\t2\tSY\n');
    expect(() => parsePlacesFile(path)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: entry 2 \\("Bad"\\): lat`));
  });

  it('rejects broken JSON and files without the needed columns', () => {
    expect(() => parsePlacesFile(file('broken.json', '[{"name": '))).toThrow(/broken\.json: not valid JSON/);
    expect(() => parsePlacesFile(file('cols.tsv', 'place\tx\ny\t1\n'))).toThrow(/cols\.tsv: expected a header row/);
  });

  it('limits the number of entries', () => {
    const many = Array.from({ length: MAX_PLACE_ENTRIES + 1 }, (_, i) => ({ ...farm, name: `P${i}`, aliases: [] }));
    expect(() => parsePlacesFile(file('many.json', JSON.stringify(many)))).toThrow(/more than the limit/);
  });
});

describe('lookupCountry', () => {
  it.each([
    ['Syria', 'SY'], ['Syrian', 'SY'], ['DRC', 'CD'], ['Democratic Republic of the Congo', 'CD'], ['Somali', 'SO'],
    ['United States', 'US'], ['Ivory Coast', 'CI'], ["Nigeria's", 'NG'], ['Türkiye', 'TR'],
  ])('%s -> %s', (name, code) => {
    expect(lookupCountry(name)?.code).toBe(code);
  });

  it('returns null for non-countries', () => {
    expect(lookupCountry('Police')).toBeNull();
  });
});
