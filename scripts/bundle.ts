/**
 * `node dist/scripts/bundle.js`: bundles the CLI into dist/extract.bundle.js
 * (bin/extract prefers it). One file instead of ~100 modules cuts start-up:
 * no per-file resolution, stat and compile. compromise and chrono-node stay
 * outside the bundle: they are required lazily (src/util/lazy.ts), and most
 * articles never load them, so their parse cost is never paid up front.
 * JSON rule tables imported by src/ are inlined; generated data under
 * dist/data/ is still read at run time (src/util/paths.ts).
 */
import { build, type BuildOptions } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/paths';

/** Heavy dependencies that must stay lazy: loaded from node_modules on first use. */
export const LAZY_EXTERNALS = ['compromise', 'chrono-node'];

/** Entry points: the CLI, and its worker when the CLI runs one (--jobs). */
const ENTRIES: { source: string; out: string }[] = [
  { source: 'src/cli/main.ts', out: 'dist/extract.bundle.js' },
  { source: 'src/cli/worker.ts', out: 'dist/extract.worker.bundle.js' },
];

export function bundleOptions(root: string, source: string, out: string): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: [source],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: LAZY_EXTERNALS,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
}

async function main(): Promise<number> {
  const root = packageRoot();
  let built = 0;
  for (const { source, out } of ENTRIES) {
    if (!existsSync(join(root, source))) continue;
    await build(bundleOptions(root, source, out));
    console.error(`bundle: ${out} (${(statSync(join(root, out)).size / 1024).toFixed(0)} KB)`);
    built++;
  }
  if (built === 0) {
    console.error(`bundle: no entry found (${ENTRIES.map((e) => e.source).join(', ')})`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  main().then((code) => { process.exitCode = code; }, (e: Error) => {
    console.error(`bundle: ${e.message}`);
    process.exitCode = 1;
  });
}
