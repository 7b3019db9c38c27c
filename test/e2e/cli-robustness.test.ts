/**
 * Hostile and broken input (issue 8): each bad input gets a message naming
 * it, everything else is still processed, and the summary accounts for every
 * input (inputs = articles + failures).
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, removeDir, runCli, summaryOf, tempDir, writeTree } from './helpers';
import { articleText } from './corpus';

const isRoot = process.getuid?.() === 0;

describe('extract on bad inputs', () => {
  let root: string;
  beforeAll(() => {
    ensureBuilt();
    root = tempDir('robust');
    const good = articleText(1);
    writeTree(join(root, 'in'), {
      'a-good.txt': good,
      'bom-utf8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]),
      'bom-utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]),
      'bom-utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(good, 'utf16le').swap16()]),
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]),
      'invalid-utf8.txt': Buffer.concat([Buffer.from('Troops entered the town of Ma'), Buffer.from([0xe1, 0x28]), Buffer.from(' at dawn.')]),
      'empty.txt': '',
      'blank.md': ' \n\t\n',
      'broken.json': '{"text": "unterminated',
      'feed.jsonl': [
        JSON.stringify({ id: 'ok-1', text: good }),
        '{not json',
        JSON.stringify({ id: 'no-text' }),
        JSON.stringify({ id: 'bad-type', text: 42 }),
        '',
        JSON.stringify({ id: 'ok-2', text: good }),
      ].join('\n'),
      'deep.html': `${'<div>'.repeat(5000)}Too deep.`,
      'unclosed.html': '<html><body><p>Police dispersed a crowd in the square.<p><b><i>Nobody was hurt',
      'big.txt': Buffer.alloc(11 * 1024 * 1024, 'a'),
      'sub.txt/inner.txt': good, // a folder where a file was expected: walked like any folder
    });
    symlinkSync('.', join(root, 'in', 'loop'));
    symlinkSync('missing-target.txt', join(root, 'in', 'dangling.txt'));
    writeFileSync(join(root, 'in', 'locked.txt'), good);
    chmodSync(join(root, 'in', 'locked.txt'), 0o000);
    mkdirSync(join(root, 'empty-folder'));
  });
  afterAll(() => {
    chmodSync(join(root, 'in', 'locked.txt'), 0o644);
    removeDir(root);
  });

  it('reports each bad input with its path and reason, processes the rest, and the counts add up', () => {
    const result = runCli(['in', 'missing.txt', 'empty-folder'], { cwd: root });
    expect(result.status).toBe(1);
    const err = result.stderr;
    expect(err).toContain('in/binary.txt: binary file');
    expect(err).toContain('in/invalid-utf8.txt: invalid UTF-8');
    expect(err).toMatch(/in\/broken\.json: invalid JSON/);
    expect(err).toMatch(/in\/feed\.jsonl:2: invalid JSON/);
    expect(err).toContain('in/feed.jsonl:3: missing "text"');
    expect(err).toContain('in/feed.jsonl:4: "text" must be a string, got number');
    expect(err).toContain('in/deep.html: HTML nested more than 1000 elements deep');
    expect(err).toMatch(/in\/big\.txt: larger than the 10\.0 MB limit/);
    expect(err).toMatch(/in\/loop: symbolic link loop/);
    expect(err).toContain('in/dangling.txt: no such file or directory');
    expect(err).toContain('missing.txt: no such file or directory');
    expect(err).toContain('in/empty.txt: empty text, no events');
    if (!isRoot) expect(err).toContain('in/locked.txt: permission denied');

    const summary = summaryOf(err);
    expect(summary.inputs).toBe(summary.articles + summary.failures);
    // good, 2 UTF-8/16 BOMs + 1 UTF-16 BE, invalid UTF-8 (repaired), empty, blank, 2 jsonl, unclosed html, sub.txt/inner, locked (if root)
    expect(summary.articles).toBe(isRoot ? 12 : 11);
    // binary, broken.json, 3 jsonl lines, deep.html, big.txt, loop, dangling, missing.txt, locked (unless root)
    expect(summary.failures).toBe(isRoot ? 10 : 11);
  });

  it('--strict stops at the first failure and writes no output file', () => {
    const result = runCli(['in', '--strict', '-o', 'out.jsonl'], { cwd: root });
    expect(result.status).toBe(1);
    const summary = summaryOf(result.stderr);
    expect(summary.failures).toBe(1);
    expect(result.stderr).toContain('in/big.txt: larger than'); // the first bad input in sorted order
    expect(summary.articles).toBe(1); // a-good.txt only
    expect(() => require('node:fs').statSync(join(root, 'out.jsonl'))).toThrow();
  });

  it('reads a UTF-16 article from stdin', () => {
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articleText(2), 'utf16le')]);
    const result = runCli([], { cwd: root, input });
    expect(result.status).toBe(0);
    expect(summaryOf(result.stderr)).toMatchObject({ articles: 1, failures: 0 });
  });

  it('refuses a JSON Lines line over the limit and reads the next one', () => {
    const line = JSON.stringify({ text: 'b'.repeat(11 * 1024 * 1024) });
    const result = runCli(['--input-format', 'jsonl'], { cwd: root, input: `${line}\n${JSON.stringify({ text: articleText(3) })}\n` });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/<stdin>:1: line larger than the 10\.0 MB limit/);
    expect(summaryOf(result.stderr)).toMatchObject({ articles: 1, failures: 1 });
  });
});

describe('usage errors exit with 2', () => {
  beforeAll(() => ensureBuilt());
  it.each([
    [['--published', '2019-02-30']],
    [['--published', 'last tuesday']],
    [['--format', 'pdf']],
    [['--input-format', 'doc']],
    [['--jobs', '0']],
    [['--no-such-option']],
    [['--actors', 'no-such-actors.json']],
    [['--places', 'no-such-places.tsv']],
  ])('%j', (args) => {
    const result = runCli(args, { input: 'x' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toBe('');
  });

  it('names the bad dictionary file', () => {
    expect(runCli(['--actors', 'no-such-actors.json'], { input: 'x' }).stderr).toContain('no-such-actors.json');
  });

  it('--help and --version exit 0', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe(require('../../package.json').version);
  });
});
