/**
 * What the CLI's V8 start-up snapshot holds (scripts/snapshot.ts builds it,
 * bin/extract starts from it): every module of the CLI loaded, the default
 * dictionaries built, and the code of one whole extraction run once, so a
 * process restored from it skips loading, parsing and first-use set-up.
 * Packages outside the bundle (compromise, chrono-node, ...) cannot be loaded
 * while a snapshot is built; they load on first use in the restored process.
 */
import { extractArticle } from '../extract';
import { parseOptions } from './options';
import { WARM_UP_ARTICLE, WARM_UP_PUBLISHED } from './warm-up';

export { start } from './main';

export function warmUp(): void {
  parseOptions(['warm-up.txt', '--quiet'], false);
  JSON.stringify(extractArticle({ text: WARM_UP_ARTICLE, published: WARM_UP_PUBLISHED }));
  performance.now(); // the perf_hooks module behind it is not in Node's own snapshot
}
