/**
 * Shares batches between the worker pool and the main thread. With --jobs N
 * the main thread is one of the N extractors: a separate isolate costs some
 * 2 CPU seconds of its own (module load, dictionaries, and above all V8's
 * optimising compiler warming up on the pipeline: docs/performance.md), so
 * N-1 workers plus the main thread do the same work for one isolate less
 * than N workers and an idle main thread. The main thread also starts at
 * once, while the workers are still loading.
 *
 * The pool is kept full first (the main thread feeds it between its own
 * articles); the main thread takes the next batch when it has none, unless
 * the batch holds an article big enough to keep it from feeding the workers.
 */
import type { ArticleInput } from '../../pipeline/doc';
import type { SendBatch } from './batch';
import type { TaskResult } from './task';

export interface DispatchLimits {
  /** Batches in the pool at once (queued in the workers included). */
  poolBatches: number;
  /** Largest article the main thread extracts itself. */
  mainArticleBytes: number;
}

interface Pending {
  articles: ArticleInput[];
  resolve: (results: TaskResult[] | Promise<TaskResult[]>) => void;
}

/**
 * `inMain` runs a batch in the main thread, `inPool` in a worker; the
 * returned function sends a batch to whichever has room, in arrival order.
 */
export function dispatching(inMain: SendBatch, inPool: SendBatch, limits: DispatchLimits): SendBatch {
  const waiting: Pending[] = [];
  let inPoolNow = 0;
  let mainBusy = false;
  const fitsMain = (articles: ArticleInput[]): boolean => articles.every((a) => a.text.length <= limits.mainArticleBytes);

  const pump = (): void => {
    while (waiting.length > 0) {
      const head = waiting[0];
      if (inPoolNow < limits.poolBatches) {
        waiting.shift();
        inPoolNow += 1;
        head.resolve(inPool(head.articles).finally(() => {
          inPoolNow -= 1;
          pump();
        }));
      } else if (!mainBusy && fitsMain(head.articles)) {
        waiting.shift();
        mainBusy = true;
        head.resolve(inMain(head.articles).finally(() => {
          mainBusy = false;
          pump();
        }));
      } else return;
    }
  };

  return (articles) =>
    new Promise((resolve) => {
      waiting.push({ articles, resolve });
      pump();
    });
}

/**
 * Runs a batch in this thread one article per turn of the event loop, so
 * worker results are received and the workers fed again between articles
 * (and signals are seen).
 */
export function inThisThread(run: (article: ArticleInput) => TaskResult): SendBatch {
  return (articles) =>
    new Promise((resolve) => {
      const results: TaskResult[] = [];
      const next = (): void => {
        if (results.length === articles.length) return resolve(results);
        results.push(run(articles[results.length]));
        setImmediate(next);
      };
      setImmediate(next);
    });
}
