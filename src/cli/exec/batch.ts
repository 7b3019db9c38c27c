/**
 * Gathers articles into batches for the worker pool. A worker task costs a
 * message each way and, worse, a round trip through the main thread before
 * the worker is handed its next task, during which it sits idle; on short
 * articles that overhead rivalled the extraction itself. A batch is sent when
 * it is full (LIMITS.batchArticles articles or LIMITS.batchBytes of text) or
 * when the input pauses (the next turn of the event loop), so a slow stream
 * such as stdin is never held back waiting for a full batch.
 */
import type { ArticleInput } from '../../pipeline/doc';
import { LIMITS } from '../limits';
import type { TaskResult } from './task';

export type SendBatch = (articles: ArticleInput[]) => Promise<TaskResult[]>;

interface Batch {
  articles: ArticleInput[];
  bytes: number;
  settle: ((result: TaskResult) => void)[];
}

export interface BatchLimits {
  articles: number;
  bytes: number;
}

/** Returns a per-article `run` whose articles travel to `send` in batches; results come back per article, in any order. */
export function batching(send: SendBatch, limits: BatchLimits = { articles: LIMITS.batchArticles, bytes: LIMITS.batchBytes }) {
  let open: Batch | null = null;

  /** Sends the open batch. */
  const flush = (batch: Batch): void => {
    open = null;
    const failed = (error: unknown): TaskResult[] =>
      batch.articles.map(() => ({ error: `worker failed: ${error instanceof Error ? error.message : String(error)}` }));
    send(batch.articles)
      .catch(failed)
      .then((results) => batch.settle.forEach((settle, i) => settle(results[i] ?? { error: 'worker failed: no result' })));
  };

  return (article: ArticleInput): Promise<TaskResult> =>
    new Promise((resolve) => {
      if (!open) {
        const batch: Batch = { articles: [], bytes: 0, settle: [] };
        open = batch;
        setImmediate(() => {
          if (open === batch) flush(batch);
        });
      }
      const batch = open;
      batch.articles.push(article);
      batch.bytes += article.text.length;
      batch.settle.push(resolve);
      if (batch.articles.length >= limits.articles || batch.bytes >= limits.bytes) flush(batch);
    });
}
