/** Piscina worker: extracts one article per task, with resources loaded once per thread. */
import type { ArticleInput } from '../pipeline/doc';
import { taskRunner, type TaskResult, type TaskSetup } from './exec/task';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workerData } = require('piscina') as { workerData: TaskSetup };
const run = taskRunner(workerData);

export default function extractTask(article: ArticleInput): TaskResult {
  return run(article);
}
