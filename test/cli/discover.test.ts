import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discover, type Discovered } from '../../src/cli/input/discover';
import type { InputFormat } from '../../src/cli/input/formats';

async function list(args: string[], inputFormat: InputFormat | null = null): Promise<Discovered[]> {
  const out: Discovered[] = [];
  for await (const item of discover(args, { inputFormat })) out.push(item);
  return out;
}

describe('discover', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'extract-discover-'));
    for (const dir of ['b', 'a/deep', 'Z', '.git']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['b/2.txt', 'b/10.txt', 'a/deep/x.html', 'a/list.jsonl', 'a/photo.png', 'Z/n.md', 'top.json', '.git/HEAD', 'b/.hidden.txt', 'out.jsonl']) {
      writeFileSync(join(root, file), '');
    }
    symlinkSync('..', join(root, 'a/deep/up'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks folders depth-first in code-unit order, typing files by extension, skipping hidden and excluded files', async () => {
    const items: Discovered[] = [];
    for await (const item of discover([root], { inputFormat: null, exclude: join(root, 'out.jsonl') })) items.push(item);
    const rel = (d: Discovered) => ('path' in d ? d.path.slice(root.length + 1) : '-');
    expect(items.map((d) => `${d.kind}:${rel(d)}${d.kind === 'file' ? `:${d.format}` : ''}`)).toEqual([
      'file:Z/n.md:text',
      'failed:a/deep/up',
      'file:a/deep/x.html:html',
      'file:a/list.jsonl:jsonl',
      'skipped:a/photo.png',
      'file:b/10.txt:text',
      'file:b/2.txt:text',
      'file:top.json:json',
    ]);
  });

  it('reports symbolic link loops instead of following them', async () => {
    const loop = (await list([join(root, 'a')])).find((d) => d.kind === 'failed');
    expect(loop).toMatchObject({ reason: expect.stringMatching(/symbolic link loop/) });
  });

  it('expands glob patterns in sorted order, reports patterns that match nothing', async () => {
    const items = await list([join(root, 'b/*.txt'), join(root, 'nothing-*.txt')]);
    expect(items.map((d) => d.kind)).toEqual(['file', 'file', 'failed']);
    expect(items[2]).toMatchObject({ reason: 'no files match this pattern' });
  });

  it('passes stdin and named files of any extension, and reports missing paths', async () => {
    const items = await list(['-', join(root, 'a/photo.png'), join(root, 'missing.txt')]);
    expect(items).toEqual([
      { kind: 'stdin', format: 'text' },
      { kind: 'file', path: join(root, 'a/photo.png'), format: 'text' },
      { kind: 'failed', path: join(root, 'missing.txt'), reason: 'no such file or directory' },
    ]);
  });

  it('lets --input-format override extensions', async () => {
    const items = await list([join(root, 'b')], 'jsonl');
    expect(items.every((d) => d.kind === 'file' && d.format === 'jsonl')).toBe(true);
  });
});
