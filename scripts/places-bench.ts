/**
 * Start-up and speed of the places stage alone:
 *   node dist/scripts/places-bench.js [FILE.jsonl]
 * Reports the gazetteer load time, the first article's time (cold), the
 * throughput over the file's texts (best of PASSES passes: the machine is shared) and the RSS.
 */
import { readFileSync } from 'node:fs';
import type { Doc } from '../src/pipeline/doc';
import { normalizeText } from '../src/text/normalize';
import { splitSentences } from '../src/text/sentences';
import { findPlaces, loadGazetteer } from '../src/places';

function placesDoc(text: string): Doc {
  const normalized = normalizeText(text);
  return {
    article: { text }, text: normalized, sentences: splitSentences(normalized), reference: null,
    focusCountry: null, dates: [], places: [], actors: [], counts: [], triggers: [], trace: [],
  };
}

const PASSES = 10;
const t0 = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - t0;
const file = process.argv[2] ?? '/work/shared/eval/dev/gvdb-dev.jsonl';
const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => placesDoc((JSON.parse(l) as { text: string }).text));
const t1 = performance.now();
findPlaces(docs[0], gazetteer);
const firstMs = performance.now() - t1;
const bytes = docs.reduce((n, d) => n + d.text.length, 0);
let best = Infinity;
for (let pass = 0; pass < PASSES; pass++) {
  const t = performance.now();
  for (const d of docs) findPlaces(d, gazetteer);
  best = Math.min(best, performance.now() - t);
}
process.stdout.write(`gazetteer load ${loadMs.toFixed(1)} ms (index ${gazetteer.hasIndex ? 'present' : 'MISSING'}), ` +
  `first article ${firstMs.toFixed(1)} ms, places stage ${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s ` +
  `(${docs.length} texts, ${(bytes / 1e6).toFixed(2)} MB), RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`);
