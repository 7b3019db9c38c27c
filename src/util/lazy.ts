/**
 * compromise and chrono-node cost about 240 ms and 25 ms (its English locale)
 * to load here; most sentences never need them. Require them on first use only.
 */
import type nlpType from 'compromise';
// chrono-node/en has the same API as the package root (strict, casual, parse); tsc's node resolution cannot see the subpath.
import type * as chronoType from 'chrono-node';

let nlpModule: typeof nlpType | null = null;
let chronoModule: typeof chronoType | null = null;

export function nlp(): typeof nlpType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nlpModule ??= require('compromise') as typeof nlpType;
  return nlpModule;
}

export function chrono(): typeof chronoType {
  // The English locale alone loads in about a quarter of the time of all twelve (src/dates reads English only).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  chronoModule ??= require('chrono-node/en') as typeof chronoType;
  return chronoModule;
}
