import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActorEntrySchema, countryName, loadActorDictionary, parseActorsFile } from '../../src/actors';
import { builtInEntries } from '../../src/actors/dictionary';
import { ACTOR_TYPES } from '../../src/schema/vocab';
import { docFor } from './helpers';

describe('built-in dictionary', () => {
  const entries = builtInEntries();

  test('has at least 600 entries, 250 of them non-state groups', () => {
    expect(entries.length).toBeGreaterThanOrEqual(600);
    const nonState = entries.filter((e) => !e.name.startsWith('Military Forces of') && !e.name.startsWith('Police Forces of'));
    expect(nonState.filter((e) => e.type !== 'state_forces' && e.type !== 'external_other').length).toBeGreaterThanOrEqual(250);
  });

  test('military and police forces for every state', () => {
    for (const code of ['IQ', 'AF', 'NG', 'RU', 'IN', 'IL', 'SO', 'BR', 'FJ', 'PS']) {
      const mine = entries.filter((e) => e.countries[0] === code && e.type === 'state_forces' && /^(Military|Police) Forces of/.test(e.name));
      expect(mine.some((e) => e.name.startsWith('Military'))).toBe(true);
      expect(mine.some((e) => e.name.startsWith('Police'))).toBe(true);
    }
  });

  test('canonical names are unique and every type is one of ACLED\'s eight', () => {
    const names = entries.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const e of entries) expect(ACTOR_TYPES).toContain(e.type);
  });

  test('country names for generic actors', () => {
    expect([countryName('SY'), countryName('TR'), countryName('xx')]).toEqual(['Syria', 'Turkey', null]);
  });
});

describe('--actors user file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'actors-'));
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  test('a good file adds a group and overrides an alias', () => {
    const path = file('good.json', JSON.stringify([
      { name: 'Zawiya Martyrs Brigade', type: 'political_militia', aliases: ['Zawiya Martyrs'], countries: ['LY'] },
      { name: 'Harakat al-Shabaab al-Mujahideen', type: 'rebel_group', aliases: ['al-Shabaab'], acronyms: ['HSM'], countries: ['SO'] },
    ]));
    const extra = parseActorsFile(path);
    expect(extra).toHaveLength(2);
    const dict = loadActorDictionary(extra);
    const doc = docFor('Zawiya Martyrs fought al-Shabaab.', 'SO', null, dict);
    expect(doc.actors.map((m) => m.name)).toEqual(['Zawiya Martyrs Brigade', 'Harakat al-Shabaab al-Mujahideen']);
  });

  test('a user entry with a built-in canonical name replaces it', () => {
    const dict = loadActorDictionary([{ name: 'Hamas', type: 'political_militia', aliases: ['Hamas movement'] }]);
    const doc = docFor('The Hamas movement spoke. Qassam Brigades fighters came.', 'PS', null, dict);
    expect(doc.actors.map((m) => [m.text, m.name, m.type])).toEqual([
      ['Hamas movement', 'Hamas', 'political_militia'],
      ['Qassam Brigades fighters', 'Al Qassam Brigades', 'rebel_group'],
    ]);
    expect(dict.entries.filter((e) => e.name === 'Hamas')).toHaveLength(1);
  });

  test('the schema is the one the built-in entries use', () => {
    expect(ActorEntrySchema.safeParse(builtInEntries()[0]).success).toBe(true);
  });

  const bad: [label: string, content: string, message: RegExp][] = [
    ['unknown type', JSON.stringify([{ name: 'Ok', type: 'rebel_group' }, { name: 'Red Hand', type: 'terrorists' }]), /bad-type\.json: entry 2 \("Red Hand"\): type: /],
    ['missing name', JSON.stringify([{ type: 'rebel_group' }]), /missing-name\.json: entry 1: name: /],
    ['bad country code', JSON.stringify([{ name: 'X Front', type: 'rebel_group', countries: ['Syria'] }]), /bad-country\.json: entry 1 \("X Front"\): countries\.0: expected an ISO 3166-1 alpha-2 code/],
    ['unknown field', JSON.stringify([{ name: 'X Front', type: 'rebel_group', regex: '.*' }]), /unknown-field\.json: entry 1 \("X Front"\)/],
    ['not JSON', '[{"name": ', /not-json\.json: not valid JSON/],
    ['not a list', '{"name": "X"}', /not-a-list\.json: expected a JSON array/],
  ];
  test.each(bad)('rejects a file with %s, naming file and entry', (label, content, message) => {
    const path = file(`${label.toLowerCase().replace(/ /g, '-').replace('unknown-type', 'bad-type').replace('bad-country-code', 'bad-country')}.json`, content);
    expect(() => parseActorsFile(path)).toThrow(message);
  });

  test('rejects too many entries', () => {
    const path = file('huge.json', JSON.stringify(Array.from({ length: 20_001 }, (_, i) => ({ name: `G${i}`, type: 'rebel_group' }))));
    expect(() => parseActorsFile(path)).toThrow(/huge\.json: 20001 entries/);
  });

  test('a missing file names the file', () => {
    expect(() => parseActorsFile(join(dir, 'nope.json'))).toThrow(/nope\.json: cannot read/);
  });

  test('loadActorDictionary validates what it is given', () => {
    expect(() => loadActorDictionary([{ name: '', type: 'rebel_group' }])).toThrow(/--actors: entry 1/);
  });
});
