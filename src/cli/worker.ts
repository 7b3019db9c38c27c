/** Piscina worker: extracts a batch of articles per task, with resources loaded once per thread. */
import type { ArticleInput } from '../pipeline/doc';
import { taskRunner, type TaskResult, type TaskSetup } from './exec/task';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workerData } = require('piscina') as { workerData: TaskSetup };
const run = taskRunner(workerData);

export default function extractBatch(articles: ArticleInput[]): TaskResult[] {
  return articles.map(run);
}
