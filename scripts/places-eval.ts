/**
 * Dev check of the places stage against gold JSON Lines (../shared/eval/FORMAT.md):
 *   node dist/scripts/places-eval.js FILE.jsonl [FILE.jsonl ...]
 * Per article with a gold event: the finest event-role place mention (first among
 * equals: the one an events stage is most likely to use) within 25 km of the gold point, any mention
 * within 25 km, the country of the first mention, and the gold name found.
 */
import { readFileSync } from 'node:fs';
import type { Doc } from '../src/pipeline/doc';
import { normalizeText } from '../src/text/normalize';
import { splitSentences } from '../src/text/sentences';
import { findPlaces, loadGazetteer, lookupCountry } from '../src/places';
import { placeKey } from '../src/places/place-key';
import { distanceKm } from '../src/util/geo';

interface GoldEvent { location: string | null; country: string | null; lat: number | null; lon: number | null }
interface GoldArticle { id: string; text: string; published?: string; events: GoldEvent[] }


/** Only the stages places depends on, so that this check runs whatever state the other stages are in. */
function placesDoc(text: string, id: string): Doc {
  const normalized = normalizeText(text);
  return {
    article: { text, id }, text: normalized, sentences: splitSentences(normalized), reference: null,
    focusCountry: null, dates: [], places: [], actors: [], counts: [], triggers: [], trace: [],
  };
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

function evaluate(file: string, verbose: boolean): void {
  const gazetteer = loadGazetteer();
  const c = { articles: 0, withPoint: 0, firstWithin: 0, anyWithin: 0, firstHasPoint: 0, withCountry: 0,
    countryFirst: 0, focus: 0, withName: 0, nameFound: 0, mentions: 0 };
  const started = performance.now();
  let bytes = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as GoldArticle;
    const gold = a.events[0];
    if (!gold) continue;
    c.articles++;
    bytes += a.text.length;
    const doc = placesDoc(a.text, a.id);
    Object.assign(doc, findPlaces(doc, gazetteer));
    const events = doc.places.filter((p) => p.role === 'event');
    // The finest place the article gives, first among equals: what an events stage would pick.
    const located = events.filter((p) => p.precision !== null);
    const finest = Math.min(...located.map((p) => p.precision as number));
    const first = located.find((p) => p.precision === finest) ?? null;
    c.mentions += doc.places.length;
    const goldCountry = gold.country ? lookupCountry(gold.country)?.code ?? null : null;
    if (goldCountry) {
      c.withCountry++;
      if (first?.country_code === goldCountry) c.countryFirst++;
      if (doc.focusCountry === goldCountry) c.focus++;
    }
    if (gold.location) {
      c.withName++;
      if (doc.places.some((p) => placeKey(p.name) === placeKey(gold.location ?? '') || placeKey(p.text) === placeKey(gold.location ?? ''))) c.nameFound++;
    }
    if (gold.lat !== null && gold.lon !== null) {
      c.withPoint++;
      if (first) c.firstHasPoint++;
      const near = (p: { lat: number | null; lon: number | null }) =>
        p.lat !== null && p.lon !== null && distanceKm(p.lat, p.lon, gold.lat as number, gold.lon as number) <= 25;
      if (first && near(first)) c.firstWithin++;
      if (events.some(near)) c.anyWithin++;
      else if (verbose) process.stdout.write(`MISS ${a.id} ${gold.location} | ${a.text.slice(0, 120)} | ${events.map((p) => `${p.text}->${p.name}/${p.country_code}`).join('; ')}\n`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write([
    `${file}: ${c.articles} articles with an event, ${c.mentions} place mentions, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (normalise, sentences, places)`,
    `  finest event place within 25 km: ${pct(c.firstWithin, c.withPoint)} (precision among those with a point: ${pct(c.firstWithin, c.firstHasPoint)})`,
    `  any event place within 25 km:    ${pct(c.anyWithin, c.withPoint)}`,
    `  country of finest event place:   ${pct(c.countryFirst, c.withCountry)}; focus country: ${pct(c.focus, c.withCountry)}`,
    `  gold place name found:           ${pct(c.nameFound, c.withName)}`,
  ].join('\n') + '\n');
}

const args = process.argv.slice(2);
const verbose = args.includes('-v');
for (const file of args.filter((a) => a !== '-v')) evaluate(file, verbose);
