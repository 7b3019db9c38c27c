/**
 * Interrupts and closed pipes (issues 6 and 8): SIGINT/SIGTERM during -o
 * leave no file behind and exit 130/143; records already streamed to stdout
 * are whole lines; `extract … | head` ends quietly.
 */
import { spawn, spawnSync } from 'node:child_process';
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

/** Starts the CLI; `stop()` kills it if a failed test left it running. */
function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
  return { child, exited, stop: () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL') };
}

describe('interrupts and closed pipes', () => {
  let root: string;
  beforeAll(() => {
    ensureBuilt();
    root = tempDir('signals');
    writeLongFeed(join(root, 'feed.jsonl'), 2000);
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

  it('`extract … | head` ends quietly', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" feed.jsonl --jobs 1 --quiet | head -n 2 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stdout.trim()).toBe('status=0');
    expect(result.stderr).toBe('');
  });
});
