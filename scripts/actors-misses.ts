/**
 * Lists actor1/actor2 disagreements per gold event (after the evaluation's own
 * event matching), to study what the actors stage gets wrong:
 *   npx esbuild scripts/actors-misses.ts --bundle --platform=node --outfile=/tmp/m.js && node /tmp/m.js GOLD.jsonl [...] [--all]
 * `--all` also prints the agreements. Unmatched gold events and spurious records are listed too.
 */
import { readFileSync } from 'node:fs';
import { extractArticleDetailed } from '../src/extract';
import { loadResources } from '../src/pipeline/resources';
import { actorsMatch, matchEvents, parseGold } from '../src/eval';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const files = args.filter((a) => !a.startsWith('--'));
const resources = loadResources();
const name = (a: { name: string; rule: string } | null): string => (a ? `${a.name} [${a.rule}]` : '-');
const agrees = (gold: string | null, ours: { name: string } | null): boolean =>
  gold === null ? true : ours !== null && actorsMatch(gold, ours.name);

for (const file of files) {
  for (const article of parseGold(readFileSync(file, 'utf8'), file)) {
    const { events } = extractArticleDetailed({ id: article.id, text: article.text, published: article.published }, { resources });
    const m = matchEvents(article.events, events, article.text);
    const lines: string[] = [];
    for (const [g, s] of m.pairs) {
      const gold = article.events[g]!;
      const ours = events[s]!;
      const ok1 = agrees(gold.actor1, ours.actor1);
      const ok2 = agrees(gold.actor2, ours.actor2);
      if (ok1 && ok2 && !showAll) continue;
      lines.push(`  ${ok1 ? ' ' : 'x'}1 gold ${gold.actor1 ?? '-'} | ours ${name(ours.actor1)}`);
      lines.push(`  ${ok2 ? ' ' : 'x'}2 gold ${gold.actor2 ?? '-'} | ours ${name(ours.actor2)}   (${ours.sub_event_type}: ${ours.type_text})`);
    }
    for (const g of m.unmatchedGold) lines.push(`  missed gold ${article.events[g]!.actor1 ?? '-'} / ${article.events[g]!.actor2 ?? '-'}`);
    for (const s of m.unmatchedSystem) lines.push(`  spurious ${name(events[s]!.actor1)} / ${name(events[s]!.actor2)} (${events[s]!.type_text})`);
    if (lines.length > 0) console.log(`${article.id}:\n${lines.join('\n')}`);
  }
}
