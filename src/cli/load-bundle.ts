/**
 * Loads a single-file bundle written by scripts/bundle.ts together with the
 * V8 code cache taken after it ran once, so neither its ~100 modules nor its
 * functions are compiled again: bin/extract does this for the CLI, every
 * `--jobs` worker for the worker bundle (worker-entry.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** Wraps a bundle as Node wraps a CommonJS module; a code cache only fits the same wrapped source. */
export function wrappedSource(bundleText: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${bundleText}\n})`;
}

export const mtimeMs = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** Compiles and runs a bundle, with its code cache when one is given; returns its exports and the compiled script. */
export function runBundle(bundle: string, cache?: Buffer): { exports: unknown; script: Script } {
  const script = new Script(wrappedSource(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData: cache });
  const mod = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
  return { exports: mod.exports, script };
}

/**
 * Which of a bundle and its code cache a launcher may use: none when there is
 * no bundle or it is older than `builtFrom` (a tsc build newer than the bundle:
 * the bundle is stale); the cache only when it is not older than the bundle (one
 * from another Node version V8 rejects itself).
 */
export function freshBundle(bundle: string, cache: string, builtFrom: string): 'none' | 'bundle' | 'bundle+cache' {
  const bundleTime = mtimeMs(bundle);
  if (bundleTime < 0 || bundleTime < mtimeMs(builtFrom)) return 'none';
  return mtimeMs(cache) >= bundleTime ? 'bundle+cache' : 'bundle';
}

/** The bundle's exports by the rule of `freshBundle`, or null when it is not to be used. */
export function loadFreshBundle(bundle: string, cache: string, builtFrom: string): unknown {
  const use = freshBundle(bundle, cache, builtFrom);
  if (use === 'none') return null;
  return runBundle(bundle, use === 'bundle+cache' ? readFileSync(cache) : undefined).exports;
}
