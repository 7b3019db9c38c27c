/**
 * Hard limits that keep one hostile input from exhausting memory or time.
 * Documented in docs/cli.md; change both together.
 */
export const LIMITS = {
  /** Largest article text (bytes on disk, or one JSON Lines line); bigger ones are refused. */
  maxArticleBytes: 10 * 1024 * 1024,
  /** Largest `.json` file: a JSON document must be parsed whole, so big collections belong in JSON Lines. */
  maxJsonFileBytes: 64 * 1024 * 1024,
  /**
   * Deepest HTML nesting read: htmlparser2 keeps open elements in an array it
   * shifts at the front, so each tag costs time in proportion to the depth.
   */
  maxHtmlDepth: 1000,
  /**
   * The least work per thread when --jobs is given: a worker's start-up
   * (loading the dictionaries) costs what extracting some 200 short articles
   * or 0.5 MB of text does, so a handful of articles stays in the main thread.
   */
  minArticlesForWorkers: 200,
  minBytesForWorkers: 512 * 1024,
  /**
   * The same when --jobs is left to its default (one thread per CPU). A second
   * extracting thread costs 2-2.5 CPU seconds of loading and warming up
   * (docs/performance.md), and one thread already keeps V8's compiler busy on
   * another CPU: on two CPUs `--jobs 2` was slower than `--jobs 1` on 1, 3 and
   * 6 MB and about even at 6-10 MB. So each thread gets some 4 MB of its own.
   */
  defaultMinArticlesPerThread: 4000,
  defaultMinBytesPerThread: 4 * 1024 * 1024,
  /** Articles waiting in the main thread's reorder buffer (in-process runs). */
  windowPerJob: 8,
  /**
   * Articles sent to a worker in one task, and the text of one batch (unless
   * a single article is bigger): per-task costs are paid once per batch.
   */
  batchArticles: 32,
  batchBytes: 256 * 1024,
  /** Batches in flight per worker: one running and two queued, so a worker is not left idle while the main thread waits on a slow head of the queue. */
  batchesPerJob: 3,
} as const;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
