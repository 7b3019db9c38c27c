/**
 * Interrupts and closed pipes (issues 6 and 8): SIGINT/SIGTERM during -o
 * leave no file behind and exit 130/143; records already streamed to stdout
 * are whole lines; `extract … | head` ends quietly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ensureBuilt, removeDir, tempDir } from './helpers';
import { articleText } from './corpus';

/** Enough JSON Lines articles that a run lasts several seconds. */
function writeLongFeed(path: string, n: number): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: `a${i}`, published: '2021-03-15', text: articleText(i) }));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function waitFor(check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() > deadline) reject(new Error('timed out'));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

/** Resolves once the CLI has filled the pipe to its stdout, which this test never reads: its writes now wait. */
function stdoutStalled(child: ChildProcess): Promise<void> {
  // A 'readable' listener makes the stream buffer up to its high-water mark and then stop reading, like a reader that hangs.
  return new Promise((resolve) => child.stdout!.once('readable', () => setTimeout(resolve, 500)));
}

/** Every CLI this file started: killed after each test, so a failed or timed-out test never leaves one running. */
const children = new Set<ChildProcess>();

/** Starts the CLI; `exited` rejects well before jest's own timeout, so `finally` blocks still run. */
function start(args: string[], cwd: string) {
  const child = spawn(BIN, args, { cwd });
  children.add(child);
  const exited = new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the CLI did not exit within 20 s')), 20_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve(status);
    });
  });
  return { child, exited, stop: () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL') };
}

describe('interrupts and closed pipes', () => {
  let root: string;
  beforeAll(() => {
    ensureBuilt();
    root = tempDir('signals');
    writeLongFeed(join(root, 'feed.jsonl'), 2000);
  });
  afterEach(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    children.clear();
  });
  afterAll(() => removeDir(root));

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s during -o leaves no partial file and exits %i', async (signal, code) => {
    const out = join(root, `events-${signal}.csv`);
    const { child, exited, stop } = start(['feed.jsonl', '-o', out, '--jobs', '1', '--quiet'], root);
    try {
      await waitFor(() => readdirSync(root).some((name) => name.includes('partial')), 20_000);
      await new Promise((resolve) => setTimeout(resolve, 300)); // let some records reach the temporary file
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(root).filter((name) => name.includes('partial'))).toEqual([]);
    } finally {
      stop();
    }
  });

  it('SIGINT while streaming to stdout leaves only whole records', async () => {
    const { child, exited, stop } = start(['feed.jsonl', '--jobs', '1', '--quiet'], root);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    try {
      await waitFor(() => stdout.length > 0, 20_000);
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      await new Promise((resolve) => setImmediate(resolve));
      expect(stdout.endsWith('\n')).toBe(true);
      for (const line of stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      stop();
    }
  });

  it.each([
    ['SIGTERM', 143, '1'],
    ['SIGINT', 130, '1'],
    ['SIGTERM', 143, '2'],
  ] as const)('%s ends the run promptly when stdout\'s reader stopped reading (exit %i, --jobs %s)', async (signal, code, jobs) => {
    const { child, exited, stop } = start(['feed.jsonl', '--jobs', jobs, '--quiet'], root);
    try {
      await stdoutStalled(child);
      const sent = Date.now();
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(Date.now() - sent).toBeLessThan(5000);
    } finally {
      stop();
    }
  });

  it('the reader of stdout goes away, then SIGTERM: the CLI ends promptly, no -o file left', async () => {
    const out = join(root, 'events-reader-gone.jsonl');
    const { child, exited, stop } = start(['feed.jsonl', '--jobs', '2', '--explain', '-o', out], root);
    try {
      await new Promise((resolve) => child.stderr!.once('data', resolve));
      child.stderr!.destroy(); // the reader of --explain's output is gone: writes to stderr now fail with EPIPE
      child.stdout!.destroy();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const sent = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(Date.now() - sent).toBeLessThan(5000);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(root).filter((name) => name.includes('partial'))).toEqual([]);
    } finally {
      stop();
    }
  });

  it('`extract … | head` ends quietly', () => {
    const result = spawnSync('bash', ['-c', `"${BIN}" feed.jsonl --jobs 1 --quiet | head -n 2 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toBe('status=0');
    expect(result.stderr).toBe('');
  });
});
