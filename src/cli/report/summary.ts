/**
 * The run's accounting. Every input is either an article processed or a
 * failure reported, so `inputs = articles + failures` always holds; skipped
 * files (not ours to read) and invalid records are counted apart.
 */
export interface Counts {
  files: number;
  skipped: number;
  articles: number;
  failures: number;
  events: number;
  /** Records the library built but the schema refused: reported, never written. */
  invalid: number;
}

export function emptyCounts(): Counts {
  return { files: 0, skipped: 0, articles: 0, failures: 0, events: 0, invalid: 0 };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** e.g. `extract: 3 files, 9 inputs = 8 articles + 1 failed, 14 events, 2 skipped, 0.41 s` */
export function summaryLine(counts: Counts, seconds: number): string {
  const parts = [
    plural(counts.files, 'file'),
    `${plural(counts.articles + counts.failures, 'input')} = ${plural(counts.articles, 'article')} + ${counts.failures} failed`,
    plural(counts.events, 'event'),
  ];
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  if (counts.invalid > 0) parts.push(plural(counts.invalid, 'invalid record'));
  return `extract: ${parts.join(', ')}, ${seconds.toFixed(2)} s`;
}

export function exitCodeFor(counts: Counts): number {
  return counts.failures > 0 || counts.invalid > 0 ? 1 : 0;
}
