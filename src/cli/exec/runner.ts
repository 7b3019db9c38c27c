/**
 * Runs articles in the main thread (`--jobs 1`, or a small run: no worker
 * start-up cost) or on a piscina pool of worker threads, in batches.
 * Either way `run` never rejects, so results can wait in the reorder buffer,
 * and `window` says how much may wait there to keep every thread busy.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../../pipeline/doc';
import { packageRoot } from '../../util/paths';
import { LIMITS } from '../limits';
import { batching } from './batch';
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

/** The compiled worker next to this file (tsc build), else in dist/ (when main is bundled elsewhere). */
function workerFile(): string {
  const beside = join(__dirname, '..', 'worker.js');
  return existsSync(beside) ? beside : join(packageRoot(), 'dist', 'src', 'cli', 'worker.js');
}

/**
 * A worker that runs out of heap is ended by Node with an error (its batch
 * fails) instead of taking the process down; the ceiling is far above what a
 * 10 MB article needs. The young generation keeps V8's default: capped at
 * 24 MB it saved 45 MB of RSS per run but doubled the workers' GC time.
 * (The GC flag that holds each heap near its live size is process-wide: bin/extract.)
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 1024 };

export function poolRunner(setup: TaskSetup, jobs: number): Runner {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Piscina } = require('piscina') as typeof import('piscina');
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    workerData: setup,
    resourceLimits: WORKER_HEAP,
  });
  const inFlight = jobs * LIMITS.batchesPerJob;
  return {
    run: batching((articles) => pool.run(articles) as Promise<TaskResult[]>),
    window: { units: inFlight * LIMITS.batchArticles, bytes: inFlight * LIMITS.batchBytes },
    close: () => pool.destroy(),
  };
}
