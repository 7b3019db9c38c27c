/**
 * `node dist/scripts/bundle.js`: bundles the CLI into dist/extract.bundle.js
 * (bin/extract prefers it). One file instead of ~100 modules cuts start-up:
 * no per-file resolution, stat and compile. JSON rule tables imported by src/ are inlined; generated data under
 * dist/data/ is still read at run time (src/util/paths.ts).
 */
import { build, type BuildOptions } from 'esbuild';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/paths';

/**
 * The only dependencies the CLI imports at start-up; they are bundled. Every
 * other dependency is required lazily (compromise, chrono-node, exceljs, ...)
 * and stays external, loaded from node_modules on first use, so its parse cost
 * is never paid up front. piscina must stay external anyway: it starts its
 * workers from a file next to its own code.
 */
export const BUNDLED_DEPENDENCIES = ['zod', 'commander'];

function lazyExternals(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED_DEPENDENCIES.includes(d));
}

/**
 * The CLI's main thread only: --jobs workers load the tsc build
 * (src/cli/exec/runner.ts), once per thread, where start-up time is amortised.
 */
const ENTRIES: { source: string; out: string }[] = [{ source: 'src/cli/main.ts', out: 'dist/extract.bundle.js' }];

export function bundleOptions(root: string, source: string, out: string): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: [source],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: lazyExternals(root),
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/** Builds every bundle whose entry exists; returns the files written. */
export async function bundleCli(root: string = packageRoot()): Promise<string[]> {
  const written: string[] = [];
  for (const { source, out } of ENTRIES) {
    if (!existsSync(join(root, source))) continue;
    await build(bundleOptions(root, source, out));
    written.push(out);
  }
  return written;
}

async function main(): Promise<number> {
  const root = packageRoot();
  const written = await bundleCli(root);
  for (const out of written) console.error(`bundle: ${out} (${(statSync(join(root, out)).size / 1024).toFixed(0)} KB)`);
  if (written.length === 0) {
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
