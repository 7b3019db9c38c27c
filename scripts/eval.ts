/**
 * `npm run eval -- GOLD.jsonl [...] [--json]`: scores the library against
 * gold files (docs/gold-format.md) and prints a table per file, or JSON.
 * Definitions: docs/evaluation.md.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractArticleDetailed } from '../src/extract';
import { loadResources } from '../src/pipeline/resources';
import { decodeEntities } from '../src/cli/input/entities';
import { combineReports, evaluateArticles, formatReport, parseGold, type Extractor, type FileReport } from '../src/eval';

const USAGE = 'usage: npm run eval -- GOLD.jsonl [more.jsonl ...] [--json] [--include-crime]';
const FLAGS = ['--json', '--include-crime'];

function main(argv: string[]): number {
  const json = argv.includes('--json');
  // --include-crime scores ordinary crime records too (extract's includeCrime), e.g. on the GVDB dev set.
  const includeCrime = argv.includes('--include-crime');
  const files = argv.filter((a) => !FLAGS.includes(a));
  const unknown = files.filter((f) => f.startsWith('--'));
  if (files.length === 0 || unknown.length > 0 || argv.includes('--help')) {
    console.error(unknown.length ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 2;
  }
  const resources = loadResources();
  // The gold article's own date is the metadata a real run would have, and its
  // text is decoded the way the CLI decodes JSON Lines input (HTML entities).
  const extract: Extractor = (a) => {
    const text = decodeEntities(a.text);
    const r = extractArticleDetailed({ id: a.id, text, published: a.published }, { resources, includeCrime });
    return { events: r.events, invalid: r.invalid.length };
  };
  const reports: (FileReport & { seconds: number })[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`eval: cannot read ${file}: ${(e as Error).message}`);
      return 1;
    }
    const started = process.hrtime.bigint();
    const report = evaluateArticles(basename(file), parseGold(content, file), extract);
    reports.push({ ...report, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
  }
  const all = reports.length > 1 ? [combineReports(reports)] : [];
  if (json) {
    console.log(JSON.stringify({ files: reports, ...(all.length ? { all: all[0] } : {}) }, null, 2));
  } else {
    for (const r of [...reports, ...all]) {
      console.log(formatReport(r) + ('seconds' in r ? `\n  (${(r.seconds as number).toFixed(2)} s)` : ''));
    }
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exitCode = 1;
}
