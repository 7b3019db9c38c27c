import fc from 'fast-check';
import { dispatching, inThisThread } from '../../src/cli/exec/dispatch';
import type { TaskResult } from '../../src/cli/exec/task';
import type { ArticleInput } from '../../src/pipeline/doc';

const article = (text: string): ArticleInput => ({ text, id: text, path: null });
const batch = (...texts: string[]): ArticleInput[] => texts.map(article);
/** Each article's "result" names it and the thread that ran it, so mix-ups show. */
const named = (where: string, articles: ArticleInput[]): TaskResult[] => articles.map((a) => ({ error: `${where}:${a.text}` }));

/** A side (main thread or pool) whose batches finish only when the test says so. */
function manual(where: string) {
  const started: { texts: string[]; finish: () => void; fail: (e: Error) => void }[] = [];
  const send = (articles: ArticleInput[]): Promise<TaskResult[]> =>
    new Promise((resolve, reject) => {
      started.push({ texts: articles.map((a) => a.text), finish: () => resolve(named(where, articles)), fail: reject });
    });
  return { send, started };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('dispatching', () => {
  it('fills the pool first, then gives the main thread one batch, and holds the rest until one finishes', async () => {
    const main = manual('main');
    const pool = manual('pool');
    const send = dispatching(main.send, pool.send, { poolBatches: 2, mainArticleBytes: 100 });
    const results = [batch('a'), batch('b'), batch('c'), batch('d'), batch('e')].map(send);
    await settle();
    expect(pool.started.map((b) => b.texts)).toEqual([['a'], ['b']]);
    expect(main.started.map((b) => b.texts)).toEqual([['c']]);

    main.started[0].finish();
    await settle();
    expect(main.started.map((b) => b.texts)).toEqual([['c'], ['d']]);
    pool.started[1].finish();
    await settle();
    expect(pool.started.map((b) => b.texts)).toEqual([['a'], ['b'], ['e']]);

    pool.started[0].finish();
    main.started[1].finish();
    pool.started[2].finish();
    expect(await Promise.all(results)).toEqual([
      [{ error: 'pool:a' }],
      [{ error: 'pool:b' }],
      [{ error: 'main:c' }],
      [{ error: 'main:d' }],
      [{ error: 'pool:e' }],
    ]);
  });

  it.each([
    ['an article over the limit', 'pool', ['x'.repeat(11)]],
    ['one big article among small ones', 'pool', ['a', 'x'.repeat(11), 'b']],
    ['articles at the limit', 'main thread', ['x'.repeat(10), 'y']],
  ])('a batch with %s goes to the %s when the pool is full', async (_what, expected, texts) => {
    const main = manual('main');
    const pool = manual('pool');
    const send = dispatching(main.send, pool.send, { poolBatches: 1, mainArticleBytes: 10 });
    void send(batch('first'));
    void send(batch(...texts));
    await settle();
    expect(main.started.length).toBe(expected === 'main thread' ? 1 : 0);
    pool.started[0].finish();
    await settle();
    expect(pool.started.length).toBe(expected === 'pool' ? 2 : 1);
  });

  it('keeps arrival order: a big batch waiting for the pool is not overtaken by the main thread', async () => {
    const main = manual('main');
    const pool = manual('pool');
    const send = dispatching(main.send, pool.send, { poolBatches: 1, mainArticleBytes: 10 });
    void send(batch('a'));
    void send(batch('x'.repeat(50)));
    void send(batch('c'));
    await settle();
    expect(main.started).toEqual([]);
    pool.started[0].finish();
    await settle();
    expect(pool.started.map((b) => b.texts)).toEqual([['a'], ['x'.repeat(50)]]);
    expect(main.started.map((b) => b.texts)).toEqual([['c']]);
  });

  it('a failed pool batch fails only its own caller and frees its place', async () => {
    const main = manual('main');
    const pool = manual('pool');
    const send = dispatching(main.send, pool.send, { poolBatches: 1, mainArticleBytes: 0 });
    const failing = send(batch('a'));
    const next = send(batch('b'));
    await settle();
    pool.started[0].fail(new Error('worker died'));
    await expect(failing).rejects.toThrow('worker died');
    await settle();
    pool.started[1].finish();
    expect(await next).toEqual([{ error: 'pool:b' }]);
  });

  it('never loses, mixes up or drops a batch, whatever the limits and finishing order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 4 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 6 }),
        fc.scheduler(),
        async (batches, poolBatches, mainArticleBytes, s) => {
          const side = (where: string) => (articles: ArticleInput[]) => s.schedule(Promise.resolve(named(where, articles)));
          const send = dispatching(side('main'), side('pool'), { poolBatches, mainArticleBytes });
          const results = Promise.all(batches.map((texts) => send(batch(...texts))));
          await s.waitAll();
          const got = await results;
          expect(got.map((r) => r.map((x) => ('error' in x ? x.error.replace(/^\w+:/, '') : '')))).toEqual(batches);
          // The main thread ran only batches of articles it may take.
          for (const [i, r] of got.entries()) {
            if (r.some((x) => 'error' in x && x.error.startsWith('main:'))) expect(batches[i].every((t) => t.length <= mainArticleBytes)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('inThisThread', () => {
  it('runs a batch in order, one article per turn of the event loop', async () => {
    const log: string[] = [];
    const send = inThisThread((a) => {
      log.push(a.text);
      return { error: a.text };
    });
    const done = send(batch('a', 'b', 'c'));
    setImmediate(() => log.push('other work'));
    expect(await done).toEqual([{ error: 'a' }, { error: 'b' }, { error: 'c' }]);
    expect(log).toEqual(['a', 'other work', 'b', 'c']);
  });

  it('an empty batch resolves empty', async () => {
    expect(await inThisThread(() => ({ error: 'never' }))([])).toEqual([]);
  });
});
