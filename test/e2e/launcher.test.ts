/**
 * bin/extract is a shell script that starts Node from the CLI's start-up
 * snapshot (scripts/snapshot.ts) when the snapshot fits, and JavaScript that
 * Node runs otherwise. Whichever way it starts, the output must be the same.
 */
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, ensureBuilt, removeDir, tempDir } from './helpers';

const SEED = join(ROOT, 'seeds', 'baghouz-2019-03-19.txt');
const SNAPSHOT = join(ROOT, 'dist', 'extract.snapshot');

/** Runs a launcher under `sh -x`, which traces the command the script execs. */
function traced(launcher: string, args: string[]): { stdout: string; trace: string; status: number | null } {
  const r = spawnSync('sh', ['-x', launcher, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { stdout: r.stdout, trace: r.stderr, status: r.status };
}

const viaNode = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' }).stdout;

beforeAll(ensureBuilt);

describe('bin/extract', () => {
  it('is valid JavaScript for `node bin/extract`', () => {
    expect(spawnSync(process.execPath, ['--check', BIN]).status).toBe(0);
    expect(viaNode(['--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('starts from the snapshot `npm run build` made, with the same output as Node running the script', () => {
    expect(existsSync(SNAPSHOT)).toBe(true); // else `npm run build` could not build it: see its message
    const run = traced(BIN, [SEED, '--quiet']);
    expect(run.trace).toContain('--snapshot-blob');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe('');
    expect(run.stdout).toBe(viaNode([SEED, '--quiet']));
    for (const format of ['csv', 'json']) {
      expect(traced(BIN, [SEED, '--quiet', '--format', format]).stdout).toBe(viaNode([SEED, '--quiet', '--format', format]));
    }
  });

  it('runs without the snapshot from a package directory the snapshot was not built for', () => {
    const dir = tempDir('launcher');
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(BIN, join(dir, 'bin', 'extract'));
      symlinkSync(join(ROOT, 'dist'), join(dir, 'dist'));
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
      const run = traced(join(dir, 'bin', 'extract'), [SEED, '--quiet']);
      expect(run.trace).not.toContain('--snapshot-blob');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(viaNode([SEED, '--quiet']));
    } finally {
      removeDir(dir);
    }
  });

  it('follows the symbolic link npm installs it as', () => {
    const dir = tempDir('launcher-link');
    try {
      symlinkSync(BIN, join(dir, 'extract'));
      const r = spawnSync(join(dir, 'extract'), [SEED, '--quiet'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(viaNode([SEED, '--quiet']));
    } finally {
      removeDir(dir);
    }
  });
});
