/**
 * How many threads extract: the main thread, plus a worker for each further
 * share of work. A worker costs about what the main thread does to start
 * (each loads the dictionaries: some 200 short articles' worth of CPU), so a
 * thread is started only for at least that much work. A small run stays in
 * the main thread even with --jobs > 1. Decided by looking ahead in the input.
 */
import type { Unit } from '../input/units';
import { LIMITS } from '../limits';
import { peek } from './peek';
import { inProcessRunner, poolRunner, type Runner } from './runner';
import type { TaskSetup } from './task';

/** Threads worth starting for `articles` articles of `bytes` of text in all. */
export function threadsFor(articles: number, bytes: number, jobs: number): number {
  const worth = Math.max(Math.floor(articles / LIMITS.minArticlesForWorkers), Math.floor(bytes / LIMITS.minBytesForWorkers));
  return Math.max(1, Math.min(jobs, worth));
}

export async function chooseRunner(
  units: AsyncGenerator<Unit>,
  setup: TaskSetup,
  jobs: number,
): Promise<{ runner: Runner; units: AsyncGenerator<Unit> }> {
  if (jobs <= 1) return { runner: inProcessRunner(setup), units };
  let articles = 0;
  let bytes = 0;
  // Enough to know whether every one of `jobs` threads would have its share.
  const ahead = await peek(
    units,
    (unit) => {
      if (unit.kind !== 'article') return false;
      articles += 1;
      bytes += unit.article.text.length;
      return threadsFor(articles, bytes, jobs) >= jobs;
    },
    jobs * LIMITS.minArticlesForWorkers + 1000,
  );
  const threads = ahead.ended ? threadsFor(articles, bytes, jobs) : jobs;
  const runner: Runner = threads > 1 ? poolRunner(setup, threads) : inProcessRunner(setup);
  return { runner, units: ahead.all };
}
