/**
 * `node dist/scripts/snapshot.js`: builds the CLI's V8 start-up snapshot,
 * dist/extract.snapshot, which bin/extract starts from when it can (a process
 * restored from it skips loading the CLI's code and dictionaries: see
 * docs/performance.md). Node's snapshot builder runs one script that may
 * require built-in modules only, so the CLI is bundled (src/cli/snapshot-entry.ts)
 * and wrapped in a script that:
 *   - gives the bundle a `require` that, until the snapshot is restored, knows
 *     built-in modules only (packages such as compromise load lazily, after);
 *   - hands out built-ins that cannot be snapshotted as stand-ins loaded on first use;
 *   - warms the CLI up (dictionaries loaded, one article extracted), then
 *     names the function the restored process runs.
 * A snapshot only fits the Node binary that wrote it, and it holds absolute
 * paths into this package: dist/extract.snapshot.stamp records both, and
 * bin/extract uses the snapshot only when they still hold. The snapshot is
 * checked here against the bundle on the seed article before it is kept;
 * without one bin/extract runs the bundle as before.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/paths';
import { bundleOptions } from './bundle';

const ENTRY = 'src/cli/snapshot-entry.ts';
export const SNAPSHOT_FILES = {
  builder: 'dist/extract.snapshot-builder.js',
  blob: 'dist/extract.snapshot',
  stamp: 'dist/extract.snapshot.stamp',
} as const;

/** Built-ins the bundle requires while loading that Node cannot snapshot (commander's child_process). */
const UNSNAPSHOTTABLE_BUILTINS = ['node:child_process'];

/** The article the check runs: bin/extract's output must not depend on how it started. */
const CHECK_ARTICLE = 'seeds/baghouz-2019-03-19.txt';

function builderScript(bundle: string, builderPath: string): string {
  return `'use strict';
const { startupSnapshot } = require('node:v8');
const builtinRequire = require;
let packageRequire = null;
const unsnapshottable = new Set(${JSON.stringify(UNSNAPSHOTTABLE_BUILTINS)});
// A stand-in for a built-in module, loaded on the first property read (commander reads childProcess.spawn).
function onFirstUse(id) {
  let loaded = null;
  return new Proxy({}, { get: (_target, key) => (loaded ??= bundleRequire(id))[key] });
}
function bundleRequire(id) {
  if (packageRequire) return packageRequire(id);
  if (!id.startsWith('node:')) throw new Error('snapshot: ' + id + ' cannot be loaded while the snapshot is built');
  return unsnapshottable.has(id) ? onFirstUse(id) : builtinRequire(id);
}
const cli = { exports: {} };
(function (exports, require, module, __filename, __dirname) {${bundle}
})(cli.exports, bundleRequire, cli, ${JSON.stringify(builderPath)}, ${JSON.stringify(join(builderPath, '..'))});
cli.exports.warmUp();
startupSnapshot.setDeserializeMainFunction(() => {
  packageRequire = builtinRequire('node:module').createRequire(${JSON.stringify(builderPath)});
  cli.exports.start(process.argv.slice(1));
});
`;
}

function run(args: string[], root: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Builds and checks the snapshot; returns null when kept, else why not (bin/extract then runs the bundle). */
export async function buildSnapshot(root: string = packageRoot()): Promise<string | null> {
  const [builder, blob, stamp] = [SNAPSHOT_FILES.builder, SNAPSHOT_FILES.blob, SNAPSHOT_FILES.stamp].map((f) => join(root, f));
  for (const f of [blob, stamp]) rmSync(f, { force: true });
  const out = await build({ ...bundleOptions(root, ENTRY, builder), write: false });
  writeFileSync(builder, builderScript(out.outputFiles[0].text, builder));
  const made = run(['--snapshot-blob', blob, '--build-snapshot', builder], root);
  if (made.status !== 0 || !existsSync(blob)) return `node --build-snapshot failed (${made.status}): ${made.stderr.trim().split('\n')[0]}`;
  const args = [CHECK_ARTICLE, '--quiet', '--jobs', '1'];
  const fromSnapshot = run(['--snapshot-blob', blob, '--', ...args], root);
  const fromBundle = run([join(root, 'bin', 'extract'), ...args], root);
  if (fromSnapshot.status !== 0 || fromSnapshot.stdout !== fromBundle.stdout || fromSnapshot.stdout === '') {
    rmSync(blob, { force: true });
    return `the snapshot's output on ${CHECK_ARTICLE} differs from the bundle's (${fromSnapshot.stderr.trim().split('\n')[0] ?? ''})`;
  }
  writeFileSync(stamp, `${process.execPath}\n${root}\n`);
  return null;
}

if (require.main === module) {
  const root = packageRoot();
  buildSnapshot(root).then(
    (failure) => {
      if (failure) console.error(`snapshot: not built, bin/extract will run the bundle: ${failure}`);
      else console.error(`snapshot: ${SNAPSHOT_FILES.blob} (${(statSync(join(root, SNAPSHOT_FILES.blob)).size / 1048576).toFixed(1)} MB)`);
    },
    (e: Error) => {
      console.error(`snapshot: not built: ${e.message}`);
    },
  );
}
