/**
 * Throughput of findCounts alone (documents normalised and split beforehand)
 * on the GVDB dev texts and our corpus, CPU time on a warm process. Run:
 *   npx esbuild scripts/counts-bench.ts --bundle --platform=node --outfile=/tmp/counts-bench.js && node /tmp/counts-bench.js
 */
import { readFileSync } from 'node:fs';
import { findCounts } from '../src/counts';
import type { Doc } from '../src/pipeline/doc';
import { normalizeText } from '../src/text/normalize';
import { splitSentences } from '../src/text/sentences';

const files = ['/work/shared/eval/dev/gvdb-dev.jsonl', 'test/corpus/dev-a.jsonl', 'test/corpus/dev-b.jsonl', 'test/corpus/non-conflict-a.jsonl', 'test/corpus/non-conflict-b.jsonl'];
const docs: Doc[] = files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => {
  const { text, published } = JSON.parse(l) as { text: string; published?: string };
  const normalized = normalizeText(text);
  return {
    article: { text, published: published ?? null }, text: normalized, sentences: splitSentences(normalized), reference: null,
    focusCountry: null, dates: [], places: [], actors: [], counts: [], triggers: [], trace: [],
  };
}));
const bytes = docs.reduce((n, d) => n + d.text.length, 0);
const rounds = Number(process.argv[2] ?? 10);
for (const d of docs) findCounts(d); // warm-up: tables loaded, code compiled
let best = Infinity;
for (let r = 0; r < rounds; r++) {
  const cpu0 = process.cpuUsage();
  for (const d of docs) findCounts(d);
  const cpu = process.cpuUsage(cpu0);
  best = Math.min(best, (cpu.user + cpu.system) / 1000);
}
console.log(`findCounts: ${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB, best of ${rounds}: ${best.toFixed(1)} ms CPU, ${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s`);
