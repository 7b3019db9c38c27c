/** The built CLI on mixed inputs: folders, globs, stdin, every format; output identical whatever --jobs. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ensureBuilt, removeDir, runCli, summaryOf, tempDir, writeTree } from './helpers';
import { articleText, writeMixedCorpus } from './corpus';

/** The summary's seconds vary from run to run; everything else on stderr must not. */
const withoutTiming = (stderr: string) => stderr.replace(/, [\d.]+ s\n$/, '');

describe('extract on a folder tree', () => {
  let root: string;
  const articles = 60;
  beforeAll(() => {
    ensureBuilt();
    root = tempDir('inputs');
    writeMixedCorpus(join(root, 'corpus'), articles);
    writeTree(root, { 'corpus/README.rst': 'not an article type', 'corpus/image.png': 'PNG' });
  });
  afterAll(() => removeDir(root));

  it('reads every article of every format, and notes skipped files', () => {
    const result = runCli(['corpus'], { cwd: root });
    expect(result.status).toBe(0);
    expect(summaryOf(result.stderr)).toMatchObject({ articles, failures: 0, inputs: articles });
    expect(result.stderr).toContain('corpus/README.rst: skipped');
    expect(result.stderr).toContain('corpus/image.png: skipped');
    expect(result.stderr).toMatch(/2 skipped/);
  });

  it('writes the same bytes, and the same messages, with --jobs 1 and --jobs 3', () => {
    // Big enough for worker threads (small runs stay in the main thread), with a bad line among them.
    writeMixedCorpus(join(root, 'big'), 450);
    writeTree(root, { 'big/feeds/zz-bad.jsonl': '{"text": 1}\n{"text": "Nothing to see."}\n' });
    for (const format of ['jsonl', 'csv']) {
      const one = runCli(['big', '--jobs', '1', '--format', format], { cwd: root });
      const four = runCli(['big', '--jobs', '3', '--format', format], { cwd: root });
      expect(one.status).toBe(1);
      expect(four.status).toBe(1);
      expect(four.stdout).toBe(one.stdout);
      expect(withoutTiming(four.stderr)).toBe(withoutTiming(one.stderr));
    }
  });

  it('mixes folders, glob patterns, files and stdin in the order given', () => {
    const result = runCli(['-', 'corpus/web/*.html', 'corpus/feeds/feed.jsonl'], { cwd: root, input: articleText(99) });
    const html = Math.ceil((articles - 2) / 5);
    const jsonl = Math.ceil((articles - 3) / 5);
    expect(summaryOf(result.stderr)).toMatchObject({ articles: 1 + html + jsonl, failures: 0 });
  });

  it('reads JSON Lines from stdin with --input-format', () => {
    const feed = readFileSync(join(root, 'corpus/feeds/feed.jsonl'), 'utf8');
    const result = runCli(['--input-format', 'jsonl'], { cwd: root, input: feed });
    expect(result.status).toBe(0);
    expect(summaryOf(result.stderr)).toMatchObject({ files: 1, articles: feed.trim().split('\n').length });
  });

  it('passes --places entries to worker threads', () => {
    writeTree(root, { 'places.tsv': 'name\tlat\tlon\tcountry_code\nQarvelo\t10.5\t20.25\tTL\n' });
    const feed = Array.from({ length: 420 }, (_, i) =>
      JSON.stringify({ id: `q${i}`, published: '2021-03-03', text: `Gunmen attacked a police post in Qarvelo on Monday, killing ${i + 2} officers.` }));
    const result = runCli(['--input-format', 'jsonl', '--places', 'places.tsv', '--jobs', '2', '--quiet'], { cwd: root, input: feed.join('\n') });
    expect(result.status).toBe(0);
    const located = result.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).location);
    expect(located.length).toBeGreaterThan(0);
    for (const place of located) expect(place).toMatchObject({ name: 'Qarvelo', lat: 10.5, lon: 20.25 });
  });

  it('keeps quiet with --quiet', () => {
    const result = runCli(['corpus', '--quiet'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
