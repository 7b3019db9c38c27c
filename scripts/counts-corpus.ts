/**
 * Lists every count-field miss on gold files in our format, separating the two
 * causes: what the counts stage reads in the gold evidence (findCounts +
 * mergeCounts there) and what the record the events stage built carries. Run:
 *   npx esbuild scripts/counts-corpus.ts --bundle --platform=node --outfile=node_modules/.cache/counts-corpus.js && node node_modules/.cache/counts-corpus.js test/corpus/dev-a.jsonl ...
 * With --articles CATEGORY it lists instead the articles whose summed figure (the eval's
 * per-article measure) is wrong: gold and our sums, each record's figure, and what
 * mergeCounts makes of all the article's mentions at once. --include-crime keeps ordinary
 * crime records, as the eval's flag of that name does (the GVDB dev set is scored with it).
 */
import { readFileSync } from 'node:fs';
import { extractArticleDetailed } from '../src/extract';
import { loadResources } from '../src/pipeline/resources';
import { analyse } from '../src/pipeline/stages';
import { mergeCounts } from '../src/counts';
import { COUNT_CATEGORIES, type CountCategory } from '../src/schema/vocab';
import { compareField, FIELDS, matchEvents, parseGold } from '../src/eval';

const resources = loadResources();
const countFields = FIELDS.filter((f) => (COUNT_CATEGORIES as readonly string[]).includes(f.name));
const tally: Record<string, Record<string, number>> = {};

const args = process.argv.slice(2);
const articlesAt = args.indexOf('--articles');
const articleCategory = articlesAt >= 0 ? (args.splice(articlesAt, 2)[1] as CountCategory) : null;
const crimeAt = args.indexOf('--include-crime');
const includeCrime = crimeAt >= 0;
if (includeCrime) args.splice(crimeAt, 1);

for (const file of args) {
  for (const a of parseGold(readFileSync(file, 'utf8'), file)) {
    const article = { id: a.id, text: a.text, published: a.published };
    const records = extractArticleDetailed(article, { resources, includeCrime }).events;
    const doc = analyse(article, resources);
    if (articleCategory) {
      const golds = a.events.map((e) => e.counts[articleCategory]).filter((v): v is number => typeof v === 'number');
      const gold = golds.length > 0 ? golds.reduce((x, y) => x + y, 0) : null;
      const ours = records.reduce((n, r) => n + (r.counts[articleCategory]?.value ?? 0), 0);
      if (gold === null ? ours === 0 : ours === gold) continue;
      const whole = mergeCounts(doc.counts.filter((m) => !m.cumulative))[articleCategory];
      console.log(`${a.id} ${articleCategory}: gold ${gold} (${golds.join(' + ')}) ours ${ours}; whole article ${whole ? `${whole.value} ${whole.rule}` : 'null'}`);
      for (const r of records) {
        const c = r.counts[articleCategory];
        if (c) console.log(`    record ${r.sub_event_type}: ${c.value} ${c.rule} "${c.text.replace(/\s+/g, ' ').slice(0, 160)}"`);
      }
      for (const m of doc.counts.filter((x) => x.category === articleCategory)) {
        console.log(`      mention s${m.sentence} ${m.value} ${m.rule}${m.cumulative ? ' CUM' : ''}${m.subset ? ' SUB' : ''} "${m.text.replace(/\s+/g, ' ').slice(0, 120)}"`);
      }
      continue;
    }
    const { pairs, unmatchedGold, unmatchedSystem } = matchEvents(a.events, records, a.text);
    const rows: [number | null, number | null][] = [...pairs, ...unmatchedGold.map((g): [number, null] => [g, null]), ...unmatchedSystem.map((s): [null, number] => [null, s])];
    for (const [g, s] of rows) {
      const gold = g === null ? null : a.events[g];
      const record = s === null ? null : records[s];
      for (const field of countFields) {
        const outcome = compareField(field, gold, record);
        (tally[field.name] ??= {})[outcome] = (tally[field.name][outcome] ?? 0) + 1;
        if (outcome === 'tp' || outcome === 'ignore') continue;
        const category = field.name as CountCategory;
        const ours = record?.counts[category];
        console.log(`${a.id} ${category} ${outcome}: gold ${gold ? gold.counts[category] : '(no gold event)'} ours ${ours ? `${ours.value} ${ours.rule} "${ours.text}"` : record ? 'null' : '(no record)'}`);
        if (gold?.evidence) {
          // Gold evidence joins sentences with a space where the text may break paragraphs.
          const ranges = gold.evidence.split(/(?<=[.!?"])\s+/).map((piece) => [a.text.indexOf(piece), piece.length]).filter(([at]) => at >= 0);
          const inEvidence = doc.counts.filter((m) => ranges.some(([at, n]) => m.start < at + n && m.end > at));
          const merged = mergeCounts(inEvidence.filter((m) => !m.cumulative))[category];
          const stageRight = (merged?.value ?? null) === gold.counts[category];
          console.log(`    ${stageRight ? 'EVENTS' : 'COUNTS'} stage on evidence: ${merged ? `${merged.value} ${merged.rule}` : 'null'}; mentions: ${inEvidence.filter((m) => m.category === category).map((m) => `${m.value} ${m.rule}${m.cumulative ? ' CUM' : ''}${m.subset ? ' SUB' : ''} "${m.text}"`).join(' | ')}`);
        }
        if (record) console.log(`    record ${record.sub_event_type} evidence: "${record.evidence.map((e) => e.text).join(' … ').replace(/\s+/g, ' ').slice(0, 200)}"`);
      }
    }
  }
}
console.log(JSON.stringify(tally));
