/**
 * `node dist/scripts/bundle.js`: bundles the CLI into dist/extract.bundle.js
 * and writes V8's code cache for it (dist/extract.bundle.cache); bin/extract
 * prefers the pair. One file instead of ~100 modules saves module resolution
 * and reads; the code cache saves compiling that file again on every start
 * (about 30 ms of CPU here). JSON rule tables imported by src/ are inlined;
 * generated data under dist/data/ is still read at run time (src/util/paths.ts).
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
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

/** The CLI's main thread only: --jobs workers load the tsc build (src/cli/exec/runner.ts), once per thread. */
const ENTRY = { source: 'src/cli/main.ts', out: 'dist/extract.bundle.js', cache: 'dist/extract.bundle.cache' };


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

/** Wraps the bundle the way bin/extract loads it; the code cache only fits the same wrapped source. */
export function wrappedSource(bundle: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
}

/**
 * In a child process (a clean start, as users get): runs the bundle on one
 * short article, then saves the code V8 compiled. Its output goes to a temp file.
 */
async function writeCodeCacheChild(bundle: string, cache: string): Promise<void> {
  const script = new Script(wrappedSource(bundle), { filename: bundle });
  const mod = { exports: {} as { main(argv: string[]): Promise<number> } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundleRequire = require('node:module').createRequire(bundle) as NodeJS.Require;
  script.runInThisContext()(mod.exports, bundleRequire, mod, bundle, join(bundle, '..'));
  const dir = mkdtempSync(join(tmpdir(), 'extract-cache-'));
  try {
    const input = join(dir, 'warm-up.txt');
    writeFileSync(input, WARM_UP_ARTICLE);
    await mod.exports.main([input, '--quiet', '--jobs', '1', '--published', WARM_UP_PUBLISHED, '-o', join(dir, 'out.jsonl')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(cache, script.createCachedData());
}

/** Builds the bundle and its code cache; returns the files written. */
export async function bundleCli(root: string = packageRoot()): Promise<string[]> {
  if (!existsSync(join(root, ENTRY.source))) return [];
  const bundle = join(root, ENTRY.out);
  const cache = join(root, ENTRY.cache);
  rmSync(cache, { force: true });
  await build(bundleOptions(root, ENTRY.source, ENTRY.out));
  const child = spawnSync(process.execPath, [__filename, CACHE_CHILD_FLAG, bundle, cache], { stdio: 'inherit' });
  // Without a cache bin/extract still runs the bundle, only compiling it at each start.
  if (child.status !== 0) console.error('bundle: code cache not written (the bundle works without it)');
  return existsSync(cache) ? [ENTRY.out, ENTRY.cache] : [ENTRY.out];
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === CACHE_CHILD_FLAG) {
    await writeCodeCacheChild(argv[1], argv[2]);
    return 0;
  }
  const root = packageRoot();
  const written = await bundleCli(root);
  for (const out of written) console.error(`bundle: ${out} (${(statSync(join(root, out)).size / 1024).toFixed(0)} KB)`);
  if (written.length === 0) {
    console.error(`bundle: no entry found (${ENTRY.source})`);
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
