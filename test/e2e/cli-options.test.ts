/** Options that change what is extracted (--include-crime) and text that arrives with character references. */
import { join } from 'node:path';
import { ensureBuilt, removeDir, runCli, tempDir, writeTree } from './helpers';

const CRIME = 'Two men were stabbed to death in a street fight in Glasgow on Friday, police said.';

function records(stdout: string): { location: { name: string } | null; notes?: string; evidence?: { text: string }[] }[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

describe('extract options and text decoding', () => {
  let root: string;
  beforeAll(() => {
    ensureBuilt();
    root = tempDir('options');
    writeTree(root, {
      'crime.txt': CRIME,
      // The same report with character references, as scraped feeds deliver it.
      'shelling.txt': 'Government forces shelled the town of Dar&#8217;a on Monday, killing four civilians&nbsp;&amp; wounding nine, a monitor said.',
      'shelling.jsonl': `${JSON.stringify({ id: 's1', published: '2021-03-09', text: 'Government forces shelled the town of Dar&#8217;a on Monday, killing four civilians&nbsp;&amp; wounding nine, a monitor said.' })}\n`,
      'plain.txt': 'Government forces shelled the town of Dar\u2019a on Monday, killing four civilians\u00a0& wounding nine, a monitor said.',
    });
  });
  afterAll(() => removeDir(root));

  it('--include-crime also writes ordinary crime, which is left out by default', () => {
    const without = runCli(['crime.txt', '--quiet', '--published', '2021-03-06'], { cwd: root });
    const withCrime = runCli(['crime.txt', '--quiet', '--published', '2021-03-06', '--include-crime'], { cwd: root });
    expect(without.status).toBe(0);
    expect(withCrime.status).toBe(0);
    expect(records(without.stdout)).toHaveLength(0);
    expect(records(withCrime.stdout).length).toBeGreaterThan(0);
  });

  it.each(['shelling.txt', 'shelling.jsonl'])('%s: character references are decoded before extraction', (file) => {
    const decoded = runCli([file, '--quiet', '--published', '2021-03-09'], { cwd: root });
    const plain = runCli(['plain.txt', '--quiet', '--published', '2021-03-09'], { cwd: root });
    expect(decoded.status).toBe(0);
    expect(decoded.stdout).not.toContain('&#8217;');
    expect(decoded.stdout).not.toContain('&nbsp;');
    const strip = (r: ReturnType<typeof records>[number]) => ({ ...r, id: undefined, source: undefined });
    expect(records(plain.stdout).length).toBeGreaterThan(0);
    expect(records(decoded.stdout).map(strip)).toEqual(records(plain.stdout).map(strip));
  });

  it('--include-crime is listed in --help', () => {
    expect(runCli(['--help']).stdout).toContain('--include-crime');
  });
});
