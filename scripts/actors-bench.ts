/**
 * Throughput of the actors stage (findActors, then assignRoles on every
 * trigger of the events stage) on a JSON Lines corpus, against compromise's
 * full tagger on a sample of the same text.
 *   npx esbuild scripts/actors-bench.ts --bundle --platform=node --outfile=/tmp/b.js && node /tmp/b.js [FILE]
 */
import { readFileSync } from 'node:fs';
import { emptyDoc } from '../src/pipeline/stages';
import { normalizeText } from '../src/text/normalize';
import { splitSentences } from '../src/text/sentences';
import { assignRoles, findActors, loadActorDictionary } from '../src/actors';
import { findTriggers } from '../src/events/triggers';
import { nlp } from '../src/util/lazy';
import type { Doc } from '../src/pipeline/doc';

const file = process.argv[2] ?? '/work/shared/eval/dev/gvdb-dev.jsonl';
const docs: Doc[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
  const { text } = JSON.parse(l) as { text: string };
  const doc = emptyDoc({ text });
  doc.text = normalizeText(text);
  doc.sentences = splitSentences(doc.text);
  doc.focusCountry = 'US';
  return doc;
});
const bytes = docs.reduce((n, d) => n + d.text.length, 0);
const t0 = performance.now();
const dict = loadActorDictionary();
const loadMs = performance.now() - t0;
nlp(); // load compromise outside the timings: the claimant rule may need it
let mentions = 0;
const runs = 3;
const t1 = performance.now();
// A fresh context per run, as in the pipeline: nothing cached per document carries over.
for (let r = 0; r < runs; r++) for (const d of docs) mentions += findActors({ ...d }, dict).length;
const ms = (performance.now() - t1) / runs;
for (const d of docs) d.actors = findActors(d, dict);
const triggers = docs.map((d) => findTriggers(d));
const all = docs.map((d) => d.sentences.map((s) => s.index));
const t3 = performance.now();
let roles = 0;
for (let r = 0; r < runs; r++) {
  docs.forEach((d, k) => {
    const fresh = { ...d };
    for (const t of triggers[k]!) if (assignRoles(fresh, t, all[k]!).actor1) roles++;
  });
}
const rolesMs = (performance.now() - t3) / runs;
const sample = docs.slice(0, 40).map((d) => d.text).join('\n');
const t2 = performance.now();
nlp()(sample).compute('tagger');
const tagMs = performance.now() - t2;
const mbps = bytes / 1e6 / (ms / 1000);
const tagMbps = sample.length / 1e6 / (tagMs / 1000);
console.log(`${docs.length} docs, ${(bytes / 1e6).toFixed(2)} MB; dictionary load ${loadMs.toFixed(0)} ms`);
console.log(`findActors: ${ms.toFixed(0)} ms per pass = ${mbps.toFixed(2)} MB/s (${mentions / runs} mentions)`);
console.log(`assignRoles: ${rolesMs.toFixed(0)} ms per pass for ${triggers.flat().length} triggers; findActors + assignRoles = ${(bytes / 1e6 / ((ms + rolesMs) / 1000)).toFixed(2)} MB/s`);
console.log(`compromise tagger: ${tagMbps.toFixed(3)} MB/s; actors stage is ${(mbps / tagMbps).toFixed(0)}x faster`);
