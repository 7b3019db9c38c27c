/**
 * Dev-time generator: writes src/actors/data/state-forces.json (military and
 * police forces of every state, in the usual news wordings) and
 * src/actors/data/countries.json (ISO2 -> short English name, demonyms) from the
 * world-countries package and src/actors/data/state-force-wordings.json.
 * The output is committed so that start-up never needs world-countries.
 * Run from the repository root after `npx tsc -p tsconfig.json`:
 *   node dist/scripts/build-actors.js
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wordings from '../src/actors/data/state-force-wordings.json';
import type { ActorEntryInput } from '../src/actors/schema';

interface WorldCountry {
  cca2: string;
  independent: boolean | null;
  name: { common: string; official: string };
  demonyms?: { eng?: { m: string; f: string } };
}
interface CountryExtras { canonical?: string; names?: string[]; demonyms?: string[]; military?: string[]; police?: string[] }
interface Period { suffix: string; valid_from?: string; valid_to?: string; extra?: string[] }
interface Branch { name: string; demonymPatterns: string[]; namePatterns: string[] }

// eslint-disable-next-line @typescript-eslint/no-require-imports
const countries = require('world-countries') as WorldCountry[];
/** Not independent but fought over and reported as states. */
const ALSO_STATES = new Set(['PS', 'XK', 'TW', 'EH']);
/** The source tree, not dist/: the generated JSON is committed. */
const dataDir = join(process.cwd(), 'src', 'actors', 'data');

function expand(patterns: string[], slot: string, values: string[]): string[] {
  return patterns.flatMap((p) => values.map((v) => p.split(slot).join(v)));
}

function branchAliases(branch: Branch, names: string[], demonyms: string[], extra: string[]): string[] {
  const all = [...expand(branch.demonymPatterns, '{D}', demonyms), ...expand(branch.namePatterns, '{N}', names), ...extra];
  return [...new Set(all)];
}

/** Upper-case tokens ("IDF", "SAF", "U.S.-led coalition" is not one) are acronyms, matched by case. */
function splitAcronyms(words: string[]): { aliases: string[]; acronyms: string[] } {
  const isAcronym = (w: string): boolean => /^[A-Z][A-Z0-9]{1,7}$/.test(w);
  return { aliases: words.filter((w) => !isAcronym(w)), acronyms: words.filter(isAcronym) };
}

const extrasByCountry = wordings.countries as unknown as Record<string, CountryExtras>;
const periodsByCountry = wordings.periods as unknown as Record<string, Period[]>;
const entries: ActorEntryInput[] = [];
/** ISO2 -> [short English name, demonyms...]: names generic actors and tells demonyms from group names. */
const names: Record<string, string[]> = {};

for (const c of countries) {
  const extras = extrasByCountry[c.cca2] ?? {};
  names[c.cca2] = [...new Set([extras.canonical ?? c.name.common, c.demonyms?.eng?.m, ...(extras.demonyms ?? [])].filter((d): d is string => !!d))];
}

for (const c of countries.filter((x) => x.independent === true || ALSO_STATES.has(x.cca2))) {
  const extras = extrasByCountry[c.cca2] ?? {};
  const shortName = extras.canonical ?? c.name.common;
  const countryNames = [...new Set([shortName, c.name.common, ...(extras.names ?? [])])];
  const demonyms = [...new Set([c.demonyms?.eng?.m, ...(extras.demonyms ?? [])].filter((d): d is string => !!d))];
  for (const [kind, branch] of [['military', wordings.military], ['police', wordings.police]] as const) {
    const base = branchAliases(branch, countryNames, demonyms, extras[kind] ?? []);
    const canonical = branch.name.replace('{N}', shortName);
    const periods: Period[] = (kind === 'military' && periodsByCountry[c.cca2]) || [{ suffix: '' }];
    for (const period of periods) {
      const { aliases, acronyms } = splitAcronyms([...base, ...(period.extra ?? [])]);
      entries.push({
        name: canonical + period.suffix,
        type: 'state_forces',
        aliases,
        acronyms,
        countries: [c.cca2],
        ...(period.valid_from ? { valid_from: period.valid_from } : {}),
        ...(period.valid_to ? { valid_to: period.valid_to } : {}),
      });
    }
  }
}

writeFileSync(join(dataDir, 'state-forces.json'), JSON.stringify(entries) + '\n');
writeFileSync(join(dataDir, 'countries.json'), JSON.stringify(names, null, 0) + '\n');
console.log(`state-forces.json: ${entries.length} entries; countries.json: ${Object.keys(names).length} countries`);
