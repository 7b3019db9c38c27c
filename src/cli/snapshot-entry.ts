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

export { start } from './main';

/** Written for the warm-up: it has no word that needs compromise or chrono-node. */
const WARM_UP_ARTICLE =
  'KAFR TEST, March 18 (Wire) - Gunmen killed two farmers and wounded three others in an attack on a village market ' +
  'in Kaduna on Monday, officials said. Police arrested four suspects.';

export function warmUp(): void {
  parseOptions(['warm-up.txt', '--quiet'], false);
  JSON.stringify(extractArticle({ text: WARM_UP_ARTICLE, published: '2019-03-18' }));
  performance.now(); // the perf_hooks module behind it is not in Node's own snapshot
}
