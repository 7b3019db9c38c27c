/**
 * compromise and chrono-node cost about 240 ms and 90 ms to load here; most
 * sentences never need them. Require them on first use only.
 */
import type nlpType from 'compromise';
import type * as chronoType from 'chrono-node';

let nlpModule: typeof nlpType | null = null;
let chronoModule: typeof chronoType | null = null;

export function nlp(): typeof nlpType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nlpModule ??= require('compromise') as typeof nlpType;
  return nlpModule;
}

export function chrono(): typeof chronoType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  chronoModule ??= require('chrono-node') as typeof chronoType;
  return chronoModule;
}
