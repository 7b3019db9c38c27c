/**
 * Runs articles in the main thread alone (`--jobs 1`, or a small run: no
 * worker start-up cost) or, in batches, in the main thread and a piscina pool
 * of worker threads together (src/cli/exec/dispatch.ts). Either way `run`
 * never rejects, so results can wait in the reorder buffer, and `window` says
 * how much may wait there to keep every thread busy.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../../pipeline/doc';
import { packageRoot } from '../../util/paths';
import { LIMITS } from '../limits';
import { batching } from './batch';
import { dispatching, inThisThread } from './dispatch';
import type { Window } from './ordered';
import { taskRunner, type TaskResult, type TaskSetup } from './task';

export interface Runner {
  run(article: ArticleInput): Promise<TaskResult>;
  /** How many units, and how much article text, may be in flight at once. */
  readonly window: Window;
  close(): Promise<void>;
}

/**
 * Each article runs in its own turn of the event loop, so signals, a closed
 * stdout and the progress bar's timer are seen between articles, not only
 * when the input runs dry.
 */
export function inProcessRunner(setup: TaskSetup): Runner {
  const run = taskRunner(setup);
  return {
    run: (article) => new Promise((resolve) => setImmediate(() => resolve(run(article)))),
    window: { units: LIMITS.windowPerJob, bytes: LIMITS.batchBytes },
    close: () => Promise.resolve(),
  };
}

/** The worker's entry next to this file (tsc build), else in dist/ (when main runs from the bundle or from src/ in tests). */
function workerFile(): string {
  const beside = join(__dirname, '..', 'worker-entry.js');
  return existsSync(beside) ? beside : join(packageRoot(), 'dist', 'src', 'cli', 'worker-entry.js');
}

/**
 * A worker that runs out of heap is ended by Node with an error (its batch
 * fails) instead of taking the process down; the ceiling is far above what a
 * 10 MB article needs. The young generation keeps V8's default: capped at
 * 24 MB it saved 45 MB of RSS per run but doubled the workers' GC time;
 * raised to 96 or 192 MB it cost RSS and saved no CPU (docs/performance.md).
 * (The GC flag that holds each heap near its live size is process-wide: bin/extract.)
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 1024 };

/**
 * The largest article the main thread extracts itself when it shares the
 * work: some 30 ms of CPU, about one batch; a longer stall would leave the
 * workers without their next batch. Bigger articles go to the workers.
 */
const MAIN_THREAD_ARTICLE_BYTES = 64 * 1024;

/** `jobs` extractors: the main thread and `jobs - 1` workers. */
export function poolRunner(setup: TaskSetup, jobs: number): Runner {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Piscina } = require('piscina') as typeof import('piscina');
  const workers = jobs - 1;
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    // Every batch the dispatcher gives the pool goes to a worker at once and waits there, not
    // in piscina's queue: a worker then never waits for the (possibly busy) main thread between batches.
    concurrentTasksPerWorker: LIMITS.batchesPerJob,
    workerData: setup,
    resourceLimits: WORKER_HEAP,
  });
  const poolBatches = workers * LIMITS.batchesPerJob;
  const send = dispatching(inThisThread(taskRunner(setup)), (articles) => pool.run(articles) as Promise<TaskResult[]>, {
    poolBatches,
    mainArticleBytes: MAIN_THREAD_ARTICLE_BYTES,
  });
  // The pool's batches, the main thread's, and the one being filled.
  const inFlight = poolBatches + 2;
  return {
    run: batching(send),
    window: { units: inFlight * LIMITS.batchArticles, bytes: inFlight * LIMITS.batchBytes },
    close: () => pool.destroy(),
  };
}
