import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateActorEntries } from '../../src/actors/schema';
import { buildBuiltInIndex, loadActorDictionary } from '../../src/actors/dictionary';
import { PackedLookup, type AliasLookup, type AliasNode } from '../../src/actors/alias-index';
import { GENERIC_RULES } from '../../src/actors/generic-rules';
import { docFor } from './helpers';

const table = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '../../src/actors/data', name), 'utf8'));

describe('built-in data (start-up no longer validates it: this test does)', () => {
  test.each(['groups.json', 'state-forces.json'])('%s passes the user-file schema', (name) => {
    expect(() => validateActorEntries(table(name), name)).not.toThrow();
  });

  test('the packed index survives JSON and answers like the dictionary', () => {
    const lookup = new PackedLookup(JSON.parse(JSON.stringify(buildBuiltInIndex())), GENERIC_RULES);
    const dict = loadActorDictionary();
    for (const key of ['islamic state', 'iraqi troops', 'is', 'gunmen', 'afghans', 'constructor', 'syrian']) {
      const names = (cands: readonly { entry: { name: string } | null; generic: { id: string } | null }[] | undefined): string[] =>
        (cands ?? []).map((c) => c.entry?.name ?? `generic:${c.generic!.id}`);
      expect([key, names(lookup.candidates(key))]).toEqual([key, names(dict.candidates(key))]);
      expect(lookup.isPrefix(key)).toBe(dict.isPrefix(key));
    }
    expect(lookup.candidates('constructor')).toBeUndefined();
    expect(lookup.isPrefix('islamic')).toBe(true);
  });
});

describe('the trie walk answers like the keys', () => {
  const walk = (dict: AliasLookup, key: string): string[] | null => {
    let node: AliasNode | null = null;
    for (const word of key.split(' ')) {
      node = dict.step(node, word);
      if (!node) return null;
    }
    return (dict.candidatesAt(node!) ?? []).map((c) => c.entry?.name ?? `generic:${c.generic!.id}`);
  };
  const user = loadActorDictionary([{ name: 'Zawiya Martyrs Brigade', type: 'political_militia', aliases: ['Zawiya Martyrs', 'Islamic State Zawiya'] }]);

  const builtIn = loadActorDictionary();
  test.each([
    ['built-in: a full alias', 'islamic state', ['Islamic State'], builtIn],
    ['built-in: a proper prefix only', 'syrian democratic', [], builtIn],
    ['built-in: no alias goes on', 'islamic banana', null, builtIn],
    ['built-in: no alias starts with the word', 'banana', null, builtIn],
    ['built-in: a generic wording', 'gunmen', ['generic:armed'], builtIn],
    ['with user entries: a user alias', 'zawiya martyrs', ['Zawiya Martyrs Brigade'], user],
    ['with user entries: a user alias under a built-in prefix', 'islamic state zawiya', ['Zawiya Martyrs Brigade'], user],
    ['with user entries: a built-in alias', 'islamic state', ['Islamic State'], user],
  ] as [string, string, string[] | null, AliasLookup][])('%s: "%s"', (_label, key, expected, dict) => {
    expect(walk(dict, key)).toEqual(expected);
    expect(dict.isPrefix(key)).toBe(expected !== null);
  });
});

describe('local acronyms', () => {
  const names = (text: string, country: string | null): string[] => docFor(text, country).actors.map((m) => m.name);

  test('AFP is a news agency outside the Philippines', () => {
    expect(names('A police officer told AFP that protesters burned tyres in Basra.', 'IQ')).not.toContain('Military Forces of Philippines');
    expect(names('Officials told AFP the convoy was hit.', null)).not.toContain('Military Forces of Philippines');
  });

  test('AFP is the Philippine military in a Philippine article', () => {
    expect(names('AFP soldiers clashed with Abu Sayyaf gunmen in Sulu.', 'PH')).toContain('Military Forces of Philippines');
  });
});

describe('names and countries', () => {
  const names = (text: string, country: string | null): string[] => docFor(text, country).actors.map((m) => m.name);

  test('unnamed troops in Palestinian places are Israel\'s', () => {
    expect(names('Troops raided a house in the camp at dawn.', 'PS')).toEqual(['Military Forces of Israel']);
  });

  test('a known name inside a capitalised run is the actor', () => {
    expect(names("Fighters loyal to Commander Haftar's Libyan National Army advanced.", 'LY')).toContain('Libyan National Army');
  });

  test('"Members of the X gang" names the gang, not its members', () => {
    expect(docFor('Members of the Red Ribbon gang robbed a bus.', 'HT').actors.map((m) => m.text)).toContain('Red Ribbon gang');
  });
});

describe('"the group" anaphora', () => {
  const found = (text: string, country: string): string[][] => docFor(text, country).actors.map((m) => [m.text, m.name]);

  test('names the group of the sentences before', () => {
    expect(found('Al-Shabaab stormed a hotel. The militant group later said it held the building.', 'SO'))
      .toContainEqual(['The militant group', 'Al Shabaab']);
  });

  test('not without a named group before, nor for "the group of"', () => {
    expect(found('The group of gunmen fled. The group said nothing.', 'NG').map(([t]) => t)).not.toContain('The group');
    expect(found('Boko Haram attacked. The group of hunters fled.', 'NG').map(([t]) => t)).not.toContain('The group');
  });
});
