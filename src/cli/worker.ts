/** Piscina worker: extracts a batch of articles per task, with resources loaded once per thread. */
import type { ArticleInput } from '../pipeline/doc';
import { taskRunner, type TaskResult, type TaskSetup } from './exec/task';
import { WARM_UP_ARTICLE, WARM_UP_PUBLISHED } from './warm-up';

let run: ((article: ArticleInput) => TaskResult) | null = null;

function setup(): TaskSetup {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('piscina') as { workerData: TaskSetup }).workerData;
}

export default function extractBatch(articles: ArticleInput[]): TaskResult[] {
  run ??= taskRunner(setup());
  return articles.map(run);
}

/** Runs one article outside any worker, so the code cache of the worker bundle holds what a batch compiles (scripts/bundle.ts). */
export function warmUp(): void {
  taskRunner({ published: WARM_UP_PUBLISHED, includeCrime: false })({ text: WARM_UP_ARTICLE, id: 'warm-up' });
}
