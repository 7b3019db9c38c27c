/**
 * Helpers for tests of the built CLI (`npm test` builds first; a missing or
 * stale build of src/cli is rebuilt here so `npx jest test/e2e` works too).
 */
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** Run as users run it (a shell script that starts Node, from the start-up snapshot when it can). */
export const BIN = join(ROOT, 'bin', 'extract');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const main = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  if (existsSync(main) && statSync(main).mtimeMs >= newestMtime(join(ROOT, 'src', 'cli'))) return;
  // Type errors elsewhere in the tree (work in progress) do not stop tsc from emitting.
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { cwd: ROOT });
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer } = {}): CliResult {
  const result: SpawnSyncReturns<string> = spawnSync(BIN, args, {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runCliBuffer(args: string[], cwd: string): Buffer {
  return execFileSync(BIN, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
}

export { spawn };

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `extract-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files under `root`; values are file contents. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** The numbers in the summary line: `extract: F files, I inputs = A articles + X failed, E events, ...`. */
export function summaryOf(stderr: string): { files: number; inputs: number; articles: number; failures: number; events: number } {
  const match = /extract: (\d+) files?, (\d+) inputs? = (\d+) articles? \+ (\d+) failed, (\d+) events?/.exec(stderr);
  if (!match) throw new Error(`no summary line in:\n${stderr}`);
  const [files, inputs, articles, failures, events] = match.slice(1).map(Number);
  return { files, inputs, articles, failures, events };
}

/** Writes a handful of short articles, written for these tests, as text files. */
export const SAMPLE_SENTENCES = [
  'Gunmen attacked a police post in the town of Arvel on Monday, killing three officers, officials said.',
  'Government troops shelled rebel positions near the village of Dorn, wounding at least 12 civilians.',
  'Hundreds of protesters marched through the capital on Friday demanding the release of detained students.',
  'Police arrested 40 people after clashes broke out between rival groups in the market district.',
  'A roadside bomb struck an army convoy on the highway north of Kessa, killing two soldiers.',
];
