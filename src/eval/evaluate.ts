/** Scores an extractor over gold articles; the extractor is passed in so tests can score fixed records. */
import type { EventRecord } from '../schema/event';
import type { GoldArticle } from './gold';
import { addArticleCounts, emptyArticleCounts, tallyArticleCounts, type ArticleCounts } from './article-counts';
import { SCORE_ROWS, emptyTallies, scoreArticle, scoredFields, toScore, type FieldScore, type Tally } from './score';

export type Extractor = (article: GoldArticle) => { events: EventRecord[]; invalid: number };

export interface FileReport {
  file: string;
  articles: number;
  gold_events: number;
  system_events: number;
  /** Records our schema rejected (never emitted, so they count as missing). */
  invalid_records: number;
  /** Articles on which the extractor threw, with the first message. */
  errors: { id: string; message: string }[];
  /** Fields the gold file never gives, not scored. */
  skipped: string[];
  scores: Record<string, FieldScore>;
  /** Per count category, over articles: the summed figure exactly right (see article-counts.ts). */
  article_counts: ArticleCounts;
}

export function evaluateArticles(file: string, articles: readonly GoldArticle[], extract: Extractor): FileReport {
  const fields = scoredFields(articles);
  const tallies = emptyTallies();
  const report: FileReport = {
    file,
    articles: articles.length,
    gold_events: 0,
    system_events: 0,
    invalid_records: 0,
    errors: [],
    skipped: SCORE_ROWS.filter((r) => r !== 'events' && !fields.some((f) => f.name === r)),
    scores: {},
    article_counts: emptyArticleCounts(),
  };
  for (const article of articles) {
    let events: EventRecord[] = [];
    try {
      const result = extract(article);
      events = result.events;
      report.invalid_records += result.invalid;
    } catch (e) {
      report.errors.push({ id: article.id, message: (e as Error).message });
    }
    report.gold_events += article.events.length;
    report.system_events += events.length;
    scoreArticle(tallies, fields, article.events, events, article.text);
    tallyArticleCounts(report.article_counts, article.events, events);
  }
  report.scores = scoresOf(tallies, report.skipped);
  return report;
}

function scoresOf(tallies: Record<string, Tally>, skipped: readonly string[]): Record<string, FieldScore> {
  return Object.fromEntries(SCORE_ROWS.filter((r) => !skipped.includes(r)).map((r) => [r, toScore(tallies[r])]));
}

/** Micro-average over several files: tallies summed, rows a file skipped contribute nothing. */
export function combineReports(reports: readonly FileReport[]): FileReport {
  const tallies = emptyTallies();
  for (const r of reports) {
    for (const [row, s] of Object.entries(r.scores)) {
      tallies[row].tp += s.tp;
      tallies[row].fp += s.fp;
      tallies[row].fn += s.fn;
    }
  }
  const skipped = SCORE_ROWS.filter((row) => reports.every((r) => r.skipped.includes(row)));
  const articleCounts = emptyArticleCounts();
  for (const r of reports) addArticleCounts(articleCounts, r.article_counts);
  const sum = (k: 'articles' | 'gold_events' | 'system_events' | 'invalid_records'): number =>
    reports.reduce((n, r) => n + r[k], 0);
  return {
    file: 'all',
    articles: sum('articles'),
    gold_events: sum('gold_events'),
    system_events: sum('system_events'),
    invalid_records: sum('invalid_records'),
    errors: reports.flatMap((r) => r.errors),
    skipped,
    scores: scoresOf(tallies, skipped),
    article_counts: articleCounts,
  };
}
