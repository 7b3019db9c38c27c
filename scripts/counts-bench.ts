/**
 * Throughput of findCounts alone (documents normalised and split beforehand)
 * on the GVDB dev texts and our corpus (or the JSON Lines files given after
 * the number of rounds), CPU time on a warm process. Run:
 *   npx esbuild scripts/counts-bench.ts --bundle --platform=node --outfile=/tmp/counts-bench.js && node /tmp/counts-bench.js [ROUNDS] [FILE.jsonl ...]
 * With COUNTS_DUMP=path it also writes every mention of the files, to check that a speed change alters none;
 * with COUNTS_CUES=1 only articles the pipeline runs the counts stage on (mayHaveTriggers) are read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { findCounts } from '../src/counts';
import type { Doc } from '../src/pipeline/doc';
import { normalizeText } from '../src/text/normalize';
import { splitSentences } from '../src/text/sentences';
import { mayHaveTriggers } from '../src/events/triggers';

const given = process.argv.slice(3);
const files = given.length > 0 ? given : ['/work/shared/eval/dev/gvdb-dev.jsonl', 'test/corpus/dev-a.jsonl', 'test/corpus/dev-b.jsonl', 'test/corpus/non-conflict-a.jsonl', 'test/corpus/non-conflict-b.jsonl'];
const docs: Doc[] = files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => {
  const { text, published } = JSON.parse(l) as { text: string; published?: string };
  const normalized = normalizeText(text);
  return {
    article: { text, published: published ?? null }, text: normalized, sentences: splitSentences(normalized), reference: null,
    focusCountry: null, dates: [], places: [], actors: [], counts: [], triggers: [], trace: [],
  };
})).filter((d) => !process.env.COUNTS_CUES || mayHaveTriggers(d.text));
const bytes = docs.reduce((n, d) => n + d.text.length, 0);
const rounds = Number(process.argv[2] ?? 10);
const cold0 = process.cpuUsage();
const warm = docs.map((d) => findCounts(d)); // warm-up: tables loaded, code compiled
const cold = process.cpuUsage(cold0);
console.log(`first pass (cold): ${((cold.user + cold.system) / 1000).toFixed(1)} ms CPU`);
if (process.env.COUNTS_DUMP) writeFileSync(process.env.COUNTS_DUMP, warm.map((ms) => JSON.stringify(ms)).join('\n'));
let best = Infinity;
for (let r = 0; r < rounds; r++) {
  const cpu0 = process.cpuUsage();
  for (const d of docs) findCounts(d);
  const cpu = process.cpuUsage(cpu0);
  best = Math.min(best, (cpu.user + cpu.system) / 1000);
}
console.log(`findCounts: ${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB, best of ${rounds}: ${best.toFixed(1)} ms CPU, ${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s`);
