/** The human-readable table `npm run eval` prints per gold file. */
import type { FileReport } from './evaluate';

function pct(x: number | null): string {
  return x === null ? '   -' : (x * 100).toFixed(1).padStart(5);
}

export function formatReport(r: FileReport): string {
  const lines = [
    `${r.file}: ${r.articles} articles, ${r.gold_events} gold events, ${r.system_events} system events` +
      (r.invalid_records ? `, ${r.invalid_records} invalid records` : '') +
      (r.errors.length ? `, ${r.errors.length} extraction errors (first: ${r.errors[0].id}: ${r.errors[0].message})` : ''),
    `  ${'field'.padEnd(15)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'tp'.padStart(6)} ${'fp'.padStart(6)} ${'fn'.padStart(6)}`,
  ];
  for (const [row, s] of Object.entries(r.scores)) {
    lines.push(
      `  ${row.padEnd(15)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(6)} ${String(s.fp).padStart(6)} ${String(s.fn).padStart(6)}`,
    );
  }
  const counted = Object.entries(r.article_counts).filter(([, t]) => t.stated > 0);
  if (counted.length) {
    lines.push('  per article (summed over events): exactly right where the gold states a figure; a figure where it states none');
    for (const [category, t] of counted) {
      lines.push(`    ${category.padEnd(13)} ${pct(t.exact / t.stated)}% of ${t.stated}   spurious in ${t.spurious} of ${t.unstated}`);
    }
  }
  if (r.skipped.length) lines.push(`  not in gold, not scored: ${r.skipped.join(', ')}`);
  return lines.join('\n');
}
