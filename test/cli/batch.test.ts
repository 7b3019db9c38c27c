import fc from 'fast-check';
import { batching } from '../../src/cli/exec/batch';
import type { TaskResult } from '../../src/cli/exec/task';
import type { ArticleInput } from '../../src/pipeline/doc';

const article = (text: string): ArticleInput => ({ text, id: text, path: null });
/** A fake worker: each article's "result" names it, so mix-ups show. */
const echo = (articles: ArticleInput[]): Promise<TaskResult[]> =>
  Promise.resolve(articles.map((a) => ({ error: a.text })));

describe('batching', () => {
  it('sends full batches at once and the rest on the next turn, each result to its own article', async () => {
    const sizes: number[] = [];
    const run = batching((articles) => {
      sizes.push(articles.length);
      return echo(articles);
    }, { articles: 3, bytes: 1000 });
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => run(article(t))));
    expect(results).toEqual(['a', 'b', 'c', 'd', 'e'].map((t) => ({ error: t })));
    expect(sizes).toEqual([3, 2]);
  });

  it('closes a batch at the byte limit (one big article travels alone)', async () => {
    const sizes: number[] = [];
    const run = batching((articles) => {
      sizes.push(articles.length);
      return echo(articles);
    }, { articles: 32, bytes: 10 });
    await Promise.all([run(article('x'.repeat(20))), run(article('abc')), run(article('defghij'))]);
    expect(sizes).toEqual([1, 2]);
  });

  it('a failed batch fails each of its articles, and later batches still run', async () => {
    let calls = 0;
    const run = batching((articles) => (calls++ === 0 ? Promise.reject(new Error('boom')) : echo(articles)), { articles: 2, bytes: 1000 });
    const first = await Promise.all([run(article('a')), run(article('b'))]);
    expect(first).toEqual([{ error: 'worker failed: boom' }, { error: 'worker failed: boom' }]);
    expect(await run(article('c'))).toEqual({ error: 'c' });
  });

  it('never loses or reorders an article, whatever the limits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 12 }), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 40 }), async (texts, n, bytes) => {
        const run = batching(echo, { articles: n, bytes });
        const results = await Promise.all(texts.map((t) => run(article(t))));
        expect(results).toEqual(texts.map((t) => ({ error: t })));
      }),
      { numRuns: 40 },
    );
  });
});
