/**
 * Dev check of event locations against gold JSON Lines, through the whole pipeline:
 *   node dist/scripts/places-misses.js [--include-crime] FILE.jsonl [FILE.jsonl ...]
 * For every gold event matched to one of our records (the project's own matching, src/eval)
 * whose location or country disagrees, prints the gold place, ours, and every event-role
 * place mention of the article, so a miss can be told apart: the places stage did not find
 * or mis-geocoded the place (ours), or the events stage chose another mention (theirs).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractArticleDetailed } from '../src/extract';
import { analyse } from '../src/pipeline/stages';
import { loadResources } from '../src/pipeline/resources';
import { FIELDS, compareField, locationsMatch, matchEvents, parseGold } from '../src/eval';

const resources = loadResources();
const field = (name: string) => FIELDS.find((f) => f.name === name);
const LOCATION = field('location');
const COUNTRY = field('country');

function check(file: string): void {
  const tally = { pairs: 0, location: 0, country: 0, mentionFound: 0 };
  for (const a of parseGold(readFileSync(file, 'utf8'), file)) {
    const records = extractArticleDetailed({ id: a.id, text: a.text, published: a.published }, { resources, includeCrime }).events;
    const { pairs } = matchEvents(a.events, records, a.text);
    let doc: ReturnType<typeof analyse> | null = null;
    for (const [g, s] of pairs) {
      const gold = a.events[g];
      const ours = records[s].location;
      tally.pairs++;
      const loc = LOCATION ? compareField(LOCATION, gold, records[s]) : 'ignore';
      const cty = COUNTRY ? compareField(COUNTRY, gold, records[s]) : 'ignore';
      const wrong = (o: string) => o === 'fp' || o === 'fn' || o === 'wrong';
      if (!wrong(loc)) tally.location++;
      if (!wrong(cty)) tally.country++;
      if (loc === 'tp' && cty !== 'fp' && cty !== 'fn') continue;
      if (loc === 'ignore' && cty === 'ignore') continue;
      doc ??= analyse({ id: a.id, text: a.text }, resources, { published: a.published ?? null });
      const mentions = doc.places.filter((p) => p.role === 'event');
      // Whether the places stage found the gold place at all: if so, the events stage chose another mention.
      const found = gold.location !== null || gold.lat !== null
        ? mentions.some((p) => locationsMatch({ name: gold.location, lat: gold.lat, lon: gold.lon }, p))
        : false;
      if (wrong(loc) && found) tally.mentionFound++;
      process.stdout.write(`${basename(file)} ${a.id} [loc ${loc}, country ${cty}, gold ${found ? 'among' : 'not among'} our mentions] gold: ${gold.location} / ${gold.admin1 ?? '-'} / ${gold.country} (${gold.lat},${gold.lon})\n` +
        `  ours: ${ours ? `${ours.name} / ${ours.admin1} / ${ours.country_code} p${ours.precision} (${ours.lat},${ours.lon}) "${ours.text}" ${ours.rule}` : 'null'}\n` +
        `  focus ${doc.focusCountry}; mentions: ${mentions.map((p) => `"${p.text}"->${p.name}/${p.country_code}/p${p.precision}`).join('; ')}\n`);
    }
  }
  process.stdout.write(`${basename(file)}: ${tally.pairs} matched pairs, location not wrong ${tally.location}, country not wrong ${tally.country}, ` +
    `location wrong with the gold place among our event mentions ${tally.mentionFound}\n`);
}

const args = process.argv.slice(2);
// As eval's --include-crime: ordinary shootings kept as records (the GVDB set).
const includeCrime = args.includes('--include-crime');
for (const file of args.filter((a) => a !== '--include-crime')) check(file);
