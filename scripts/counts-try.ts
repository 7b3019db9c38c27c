/**
 * Prints the count mentions and the merged figures for sentences given on the
 * command line (or one per line on stdin), for studying a rule. Run:
 *   npx esbuild scripts/counts-try.ts --bundle --platform=node --outfile=/tmp/counts-try.js && node /tmp/counts-try.js "Five soldiers were killed."
 */
import { readFileSync } from 'node:fs';
import { findCounts, mergeCounts } from '../src/counts';
import { normalizeText } from '../src/text/normalize';
import { splitSentences } from '../src/text/sentences';

const inputs = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const text of inputs) {
  const normalized = normalizeText(text);
  const mentions = findCounts({
    article: { text }, text: normalized, sentences: splitSentences(normalized), reference: null, focusCountry: null,
    dates: [], places: [], actors: [], counts: [], triggers: [], trace: [],
  });
  const merged = mergeCounts(mentions.filter((m) => !m.cumulative));
  console.log(text);
  for (const m of mentions) console.log(`   ${m.category} ${m.value} ${m.rule}${m.cumulative ? ' CUM' : ''}${m.subset ? ' SUB' : ''} "${m.text}" ${JSON.stringify(m.breakdown)}`);
  console.log(`   => ${Object.entries(merged).filter(([, m]) => m).map(([c, m]) => `${c} ${m!.value}`).join(', ') || 'nothing'}`);
}
