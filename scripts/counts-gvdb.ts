/**
 * Measures the counts stage on the GVDB dev set (US shooting news with gold
 * killed/injured per article): per article, mergeCounts over all
 * non-cumulative mentions, then exact-match rates. Run:
 *   npx esbuild scripts/counts-gvdb.ts --bundle --platform=node --outfile=/tmp/counts-gvdb.js && node /tmp/counts-gvdb.js [--misses killed|injured]
 */
import { readFileSync } from 'node:fs';
import { findCounts, mergeCounts } from '../src/counts';
import type { Doc } from '../src/pipeline/doc';
import { normalizeText } from '../src/text/normalize';
import { splitSentences } from '../src/text/sentences';

interface GoldArticle { id: string; text: string; published?: string; events: { counts: Record<string, number | null> }[] }

/** Only the fields the counts stage reads; importing the pipeline would pull in every stage. */
function docFor(text: string, published: string | null = null): Doc {
  const normalized = normalizeText(text);
  return {
    article: { text, published }, text: normalized, sentences: splitSentences(normalized), reference: null, focusCountry: null,
    dates: [], places: [], actors: [], counts: [], triggers: [], trace: [],
  };
}

const path = '/work/shared/eval/dev/gvdb-dev.jsonl';
const articles = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldArticle);
const showMisses = process.argv.includes('--misses') ? process.argv[process.argv.indexOf('--misses') + 1] : null;

const categories = ['killed', 'injured'] as const;
const tally = Object.fromEntries(categories.map((c) => [c, {
  stated: 0, exact: 0, positive: 0, positiveExact: 0, zero: 0, zeroOk: 0, goldNull: 0, falsePositive: 0,
}]));

let bytes = 0;
let ms = 0;
for (const a of articles) {
  const t0 = process.hrtime.bigint();
  const doc = docFor(a.text, a.published ?? null);
  const mentions = findCounts(doc);
  const merged = mergeCounts(mentions.filter((m) => !m.cumulative));
  ms += Number(process.hrtime.bigint() - t0) / 1e6;
  bytes += a.text.length;
  for (const c of categories) {
    const gold = a.events[0]?.counts[c] ?? null;
    const got = merged[c]?.value ?? null;
    const s = tally[c];
    if (gold === null) {
      s.goldNull++;
      if (got !== null && got > 0) s.falsePositive++;
      continue;
    }
    s.stated++;
    // GVDB writes 0 for "no victim of this kind"; an article silent about it is right too.
    const ok = gold === 0 ? (got ?? 0) === 0 : got === gold;
    if (ok) s.exact++;
    if (gold > 0) { s.positive++; if (ok) s.positiveExact++; } else { s.zero++; if (ok) s.zeroOk++; }
    if (!ok && showMisses === c) {
      console.log(`--- ${a.id} gold ${c}=${gold} got ${got}`);
      for (const m of mentions.filter((x) => x.category === c)) console.log(`   ${m.value} ${m.rule} ${m.cumulative ? 'CUM ' : ''}${m.subset ? 'SUB ' : ''}"${m.text}"`);
    }
  }
}
// Speed on a warm process (the first pass above includes loading the tables and JIT warm-up).
// CPU time, not wall time: the machine is shared.
const cpu0 = process.cpuUsage();
for (let r = 0; r < 5; r++) for (const a of articles) findCounts(docFor(a.text, a.published ?? null));
const cpu = process.cpuUsage(cpu0);
const warmMs = (cpu.user + cpu.system) / 1000 / 5;

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}% (${n}/${d})`;
for (const c of categories) {
  const s = tally[c];
  console.log(`${c}: exact ${pct(s.exact, s.stated)}; gold>0 exact ${pct(s.positiveExact, s.positive)}; gold=0 right ${pct(s.zeroOk, s.zero)}; figure where gold null ${pct(s.falsePositive, s.goldNull)}`);
}
const mbps = (t: number) => (bytes / 1e6 / (t / 1000)).toFixed(1);
console.log(`speed: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB; cold pass ${ms.toFixed(0)} ms (${mbps(ms)} MB/s), warm ${warmMs.toFixed(0)} ms CPU (${mbps(warmMs)} MB/s), normalize+split included`);
