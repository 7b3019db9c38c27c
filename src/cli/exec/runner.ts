/**
 * Runs articles in the main thread (`--jobs 1`, or a run with a single
 * article: no worker start-up cost) or on a piscina pool of worker threads.
 * Either way `run` never rejects, so results can wait in the reorder buffer.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../../pipeline/doc';
import { packageRoot } from '../../util/paths';
import { taskRunner, type TaskResult, type TaskSetup } from './task';

export interface Runner {
  run(article: ArticleInput): Promise<TaskResult>;
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
    close: () => Promise.resolve(),
  };
}

/** The compiled worker next to this file (tsc build), else in dist/ (when main is bundled elsewhere). */
function workerFile(): string {
  const beside = join(__dirname, '..', 'worker.js');
  return existsSync(beside) ? beside : join(packageRoot(), 'dist', 'src', 'cli', 'worker.js');
}

export function poolRunner(setup: TaskSetup, jobs: number): Runner {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Piscina } = require('piscina') as typeof import('piscina');
  const pool = new Piscina({ filename: workerFile(), minThreads: jobs, maxThreads: jobs, workerData: setup });
  return {
    run: (article) =>
      (pool.run(article) as Promise<TaskResult>).catch((error: unknown) => ({
        error: `worker failed: ${error instanceof Error ? error.message : String(error)}`,
      })),
    close: () => pool.destroy(),
  };
}
