/**
 * How many threads extract: the main thread, plus a worker for each further
 * share of work. A worker costs seconds of CPU to load and warm up, so a
 * thread is started only for at least that much work: a share of LIMITS,
 * larger when --jobs is left to its default than when the user asked for
 * threads. A small run stays in the main thread even with --jobs > 1.
 * Decided by looking ahead in the input.
 */
import type { Unit } from '../input/units';
import { LIMITS } from '../limits';
import { peek } from './peek';
import { inProcessRunner, poolRunner, type Runner } from './runner';
import type { TaskSetup } from './task';

/** The work one thread needs: `asked` when the user gave --jobs. */
export function shareFor(asked: boolean): { articles: number; bytes: number } {
  return asked
    ? { articles: LIMITS.minArticlesForWorkers, bytes: LIMITS.minBytesForWorkers }
    : { articles: LIMITS.defaultMinArticlesPerThread, bytes: LIMITS.defaultMinBytesPerThread };
}

/** Threads worth starting for `articles` articles of `bytes` of text in all. */
export function threadsFor(articles: number, bytes: number, jobs: number, share = shareFor(true)): number {
  const worth = Math.max(Math.floor(articles / share.articles), Math.floor(bytes / share.bytes));
  return Math.max(1, Math.min(jobs, worth));
}

export async function chooseRunner(
  units: AsyncGenerator<Unit>,
  setup: TaskSetup,
  jobs: number,
  asked: boolean,
): Promise<{ runner: Runner; units: AsyncGenerator<Unit> }> {
  if (jobs <= 1) return { runner: inProcessRunner(setup), units };
  const share = shareFor(asked);
  let articles = 0;
  let bytes = 0;
  // Enough to know whether every one of `jobs` threads would have its share.
  const ahead = await peek(
    units,
    (unit) => {
      if (unit.kind !== 'article') return false;
      articles += 1;
      bytes += unit.article.text.length;
      return threadsFor(articles, bytes, jobs, share) >= jobs;
    },
    jobs * share.articles + 1000,
  );
  const threads = ahead.ended ? threadsFor(articles, bytes, jobs, share) : jobs;
  const runner: Runner = threads > 1 ? poolRunner(setup, threads) : inProcessRunner(setup);
  return { runner, units: ahead.all };
}
