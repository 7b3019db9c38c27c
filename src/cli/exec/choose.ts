/**
 * In-process or worker threads: a small run stays in the main thread even
 * with --jobs > 1, because starting workers (each loads the dictionaries)
 * would cost more than it saves. Decided by looking ahead in the input.
 */
import type { Unit } from '../input/units';
import { LIMITS } from '../limits';
import { peek } from './peek';
import { inProcessRunner, poolRunner, type Runner } from './runner';
import type { TaskSetup } from './task';

/** At most this many units (failures, notes, articles) are read ahead while deciding on worker threads. */
const PEEK_LIMIT = 5000;

export async function chooseRunner(
  units: AsyncGenerator<Unit>,
  setup: TaskSetup,
  jobs: number,
): Promise<{ runner: Runner; units: AsyncGenerator<Unit> }> {
  if (jobs <= 1) return { runner: inProcessRunner(setup), units };
  let articles = 0;
  let bytes = 0;
  const ahead = await peek(
    units,
    (unit) => {
      if (unit.kind !== 'article') return false;
      articles += 1;
      bytes += unit.article.text.length;
      return articles >= LIMITS.minArticlesForWorkers || bytes >= LIMITS.minBytesForWorkers;
    },
    PEEK_LIMIT,
  );
  const small = ahead.ended && articles < LIMITS.minArticlesForWorkers && bytes < LIMITS.minBytesForWorkers;
  const runner: Runner = small ? inProcessRunner(setup) : poolRunner(setup, jobs);
  return { runner, units: ahead.all };
}
