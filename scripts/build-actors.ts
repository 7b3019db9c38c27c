/**
 * Dev-time generator: writes src/actors/data/state-forces.json (military and
 * police forces of every state, in the usual news wordings) and
 * src/actors/data/countries.json (ISO2 -> short English name, demonyms) from
 * the world-countries package and src/actors/data/state-force-wordings.json.
 * The output is committed so that start-up never needs world-countries; a
 * test (test/actors/generated.test.ts) fails when it drifts from its inputs.
 * Run from the repository root after `npx tsc -p tsconfig.json`:
 *   node dist/scripts/build-actors.js
 * At build time (scripts/build-data.ts), `buildActorIndex` also writes the
 * built-in alias index, validated, to dist/data/actors-index.json: start-up
 * then parses one prepared file instead of validating and indexing the tables.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wordings from '../src/actors/data/state-force-wordings.json';
import type { ActorEntryInput } from '../src/actors/schema';
import { ACTORS_INDEX_FILE, buildBuiltInIndex } from '../src/actors/dictionary';
import { generatedDataPath } from '../src/util/paths';

export interface WorldCountry {
  cca2: string;
  independent: boolean | null;
  name: { common: string };
  demonyms?: { eng?: { m: string } };
}
interface CountryExtras {
  canonical?: string; names?: string[]; demonyms?: string[]; military?: string[]; police?: string[];
  localAcronyms?: { military?: string[]; police?: string[] };
}
interface Period { suffix: string; valid_from?: string; valid_to?: string; extra?: string[] }
interface Branch { name: string; demonymPatterns: string[]; namePatterns: string[] }

/** Not independent but fought over and reported as states. */
const ALSO_STATES = new Set(['PS', 'XK', 'TW', 'EH']);
const extrasByCountry = wordings.countries as unknown as Record<string, CountryExtras>;
const periodsByCountry = wordings.periods as unknown as Record<string, Period[]>;

function expand(patterns: string[], slot: string, values: string[]): string[] {
  return patterns.flatMap((p) => values.map((v) => p.split(slot).join(v)));
}

/** Upper-case words ("IDF", "SAF") are acronyms, matched by case. */
function splitAcronyms(words: string[]): { aliases: string[]; acronyms: string[] } {
  const isAcronym = (w: string): boolean => /^[A-Z][A-Z0-9]{1,7}$/.test(w);
  return { aliases: words.filter((w) => !isAcronym(w)), acronyms: words.filter(isAcronym) };
}

const unique = (words: (string | undefined)[]): string[] => [...new Set(words.filter((w): w is string => !!w))];

export function buildStateForces(countries: readonly WorldCountry[]): ActorEntryInput[] {
  const entries: ActorEntryInput[] = [];
  for (const c of countries.filter((x) => x.independent === true || ALSO_STATES.has(x.cca2))) {
    const extras = extrasByCountry[c.cca2] ?? {};
    const shortName = extras.canonical ?? c.name.common;
    const countryNames = unique([shortName, c.name.common, ...(extras.names ?? [])]);
    const demonyms = unique([c.demonyms?.eng?.m, ...(extras.demonyms ?? [])]);
    for (const [kind, branch] of [['military', wordings.military], ['police', wordings.police]] as [keyof CountryExtras & ('military' | 'police'), Branch][]) {
      const base = unique([...expand(branch.demonymPatterns, '{D}', demonyms), ...expand(branch.namePatterns, '{N}', countryNames), ...(extras[kind] ?? [])]);
      const canonical = branch.name.replace('{N}', shortName);
      const periods: Period[] = (kind === 'military' && periodsByCountry[c.cca2]) || [{ suffix: '' }];
      const localAcronyms = extras.localAcronyms?.[kind];
      for (const period of periods) {
        entries.push({
          name: canonical + period.suffix,
          type: 'state_forces',
          ...splitAcronyms(unique([...base, ...(period.extra ?? [])])),
          ...(localAcronyms ? { local_acronyms: localAcronyms } : {}),
          countries: [c.cca2],
          ...(period.valid_from ? { valid_from: period.valid_from } : {}),
          ...(period.valid_to ? { valid_to: period.valid_to } : {}),
        });
      }
    }
  }
  return entries;
}

/** ISO2 -> [short English name, demonyms...]: names generic actors and tells demonyms from group names. */
export function buildCountryNames(countries: readonly WorldCountry[]): Record<string, string[]> {
  const names: Record<string, string[]> = {};
  for (const c of countries) {
    const extras = extrasByCountry[c.cca2] ?? {};
    names[c.cca2] = unique([extras.canonical ?? c.name.common, c.demonyms?.eng?.m, ...(extras.demonyms ?? [])]);
  }
  return names;
}

/** Writes dist/data/actors-index.json (build-data.ts); throws on an invalid built-in entry. */
export function buildActorIndex(): { entries: number; keys: number; bytes: number } {
  const packed = buildBuiltInIndex();
  const json = JSON.stringify(packed);
  writeFileSync(generatedDataPath(ACTORS_INDEX_FILE), json);
  return { entries: packed.entries.length, keys: packed.parents.length, bytes: json.length };
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as WorldCountry[];
  /** The source tree, not dist/: the generated JSON is committed. */
  const dataDir = join(process.cwd(), 'src', 'actors', 'data');
  const entries = buildStateForces(countries);
  const names = buildCountryNames(countries);
  writeFileSync(join(dataDir, 'state-forces.json'), JSON.stringify(entries) + '\n');
  writeFileSync(join(dataDir, 'countries.json'), JSON.stringify(names) + '\n');
  console.log(`state-forces.json: ${entries.length} entries; countries.json: ${Object.keys(names).length} countries`);
}
