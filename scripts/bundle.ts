/**
 * `node dist/scripts/bundle.js`: bundles the CLI into dist/extract.bundle.js
 * and the `--jobs` worker into dist/extract.worker.js, and writes V8's code
 * cache for each (*.cache); bin/extract and src/cli/worker-entry.ts prefer
 * them (src/cli/load-bundle.ts). One file instead of ~100 modules saves module resolution
 * and reads; the code cache saves compiling that file again on every start
 * (about 30 ms of CPU here). JSON rule tables imported by src/ are inlined;
 * generated data under dist/data/ is still read at run time (src/util/paths.ts).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../src/cli/load-bundle';
import { WARM_UP_ARTICLE, WARM_UP_PUBLISHED } from '../src/cli/warm-up';
import { packageRoot } from '../src/util/paths';

/**
 * The only dependencies the CLI imports at start-up; they are bundled. Every
 * other dependency is required lazily (compromise, chrono-node, exceljs, ...)
 * and stays external, loaded from node_modules on first use, so its parse cost
 * is never paid up front. piscina must stay external anyway: it starts its
 * workers from a file next to its own code.
 */
export const BUNDLED_DEPENDENCIES = ['zod', 'commander'];

/**
 * The CLI's main thread, and the `--jobs` worker (started through
 * src/cli/worker-entry.ts, which falls back to the tsc build). `warm` runs the
 * loaded bundle once in the child that writes its code cache, so the cache
 * holds the functions a run compiles, not only the top level.
 */
interface Entry {
  source: string;
  out: string;
  cache: string;
  warm(exports: unknown, dir: string): Promise<unknown>;
}

export const ENTRIES: Entry[] = [
  {
    source: 'src/cli/main.ts',
    out: 'dist/extract.bundle.js',
    cache: 'dist/extract.bundle.cache',
    warm: (exports, dir) => {
      const input = join(dir, 'warm-up.txt');
      writeFileSync(input, WARM_UP_ARTICLE);
      const argv = [input, '--quiet', '--jobs', '1', '--published', WARM_UP_PUBLISHED, '-o', join(dir, 'out.jsonl')];
      return (exports as { main(argv: string[]): Promise<number> }).main(argv);
    },
  },
  {
    source: 'src/cli/worker.ts',
    out: 'dist/extract.worker.js',
    cache: 'dist/extract.worker.cache',
    warm: async (exports) => (exports as { warmUp(): void }).warmUp(),
  },
];

const CACHE_CHILD_FLAG = '--write-code-cache';

function lazyExternals(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED_DEPENDENCIES.includes(d));
}

/**
 * JSON tables as `JSON.parse('…')` rather than the object literals esbuild
 * writes by default: V8 parses JSON text several times faster than the same
 * data as JavaScript, and the rule tables are a third of the bundle.
 */
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

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
    plugins: [jsonAsParse],
    logLevel: 'warning',
  };
}

/**
 * In a child process (a clean start, as users get): runs the bundle once
 * (entry's `warm`), then saves the code V8 compiled. Its output goes to a temp dir.
 */
async function writeCodeCacheChild(entryIndex: number, bundle: string, cache: string): Promise<void> {
  // (not named `exports`: tsc compiles references to this module's exports to `exports.X`)
  const { exports: loaded, script } = runBundle(bundle);
  const dir = mkdtempSync(join(tmpdir(), 'extract-cache-'));
  try {
    await ENTRIES[entryIndex].warm(loaded, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(cache, script.createCachedData());
}

/** Builds the bundles and their code caches; returns the files written. */
export async function bundleCli(root: string = packageRoot()): Promise<string[]> {
  const written: string[] = [];
  for (const [index, entry] of ENTRIES.entries()) {
    if (!existsSync(join(root, entry.source))) continue;
    const bundle = join(root, entry.out);
    const cache = join(root, entry.cache);
    rmSync(cache, { force: true });
    await build(bundleOptions(root, entry.source, entry.out));
    written.push(entry.out);
    const child = spawnSync(process.execPath, [__filename, CACHE_CHILD_FLAG, String(index), bundle, cache], { stdio: 'inherit' });
    // Without a cache the bundle still runs, only compiling it at each start.
    if (child.status !== 0) console.error(`bundle: code cache of ${entry.out} not written (the bundle works without it)`);
    if (existsSync(cache)) written.push(entry.cache);
  }
  return written;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === CACHE_CHILD_FLAG) {
    await writeCodeCacheChild(Number(argv[1]), argv[2], argv[3]);
    return 0;
  }
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
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: Error) => {
      console.error(`bundle: ${e.message}`);
      process.exitCode = 1;
    },
  );
}
