/**
 * HTML article extraction. htmlparser2 is an ES module that jest's runtime
 * cannot require on Node 20, so these cases run on the built module in a
 * plain node process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from './helpers';

interface Extracted {
  text?: string;
  title?: string | null;
  published?: string | null;
  error?: string;
  ms?: number;
}

function extract(pages: string[]): Extracted[] {
  const script = `
    const { htmlToArticle } = require(${JSON.stringify(join(ROOT, 'dist', 'src', 'cli', 'input', 'html.js'))});
    const pages = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    console.log(JSON.stringify(pages.map((page) => {
      const started = performance.now();
      try { return { ...htmlToArticle(page), ms: performance.now() - started }; }
      catch (error) { return { error: error.message, ms: performance.now() - started }; }
    })));`;
  const result = spawnSync(process.execPath, ['-e', script], { input: JSON.stringify(pages), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Extracted[];
}

describe('htmlToArticle', () => {
  beforeAll(() => ensureBuilt());

  const page = `<!doctype html><html><head><title> Clashes  in the north </title>
    <meta property="article:published_time" content="2021-06-07T08:00:00Z">
    <style>p { color: red }</style><script>var tracking = "killed 99";</script></head>
    <body><header>Site name</header><nav><a href="/">Home</a></nav>
    <article><h1>Clashes in the north</h1><p>Troops fought   insurgents
    near the river &amp; the bridge.</p><p>Two soldiers were <b>wounded</b>.<br>More later</p></article>
    <aside>Most read: unrelated story</aside><footer>Copyright</footer></body></html>`;

  it('keeps the article text and structure, drops scripts, styles and page furniture', () => {
    const [article, bare, unclosed, deep, wide] = extract([
      page,
      '<p>No metadata here.</p>',
      '<div><p>First<p>Second<span> third',
      `${'<div>'.repeat(100_000)}deep`,
      `<ul>${'<li>item'.repeat(100_000)}`,
    ]);
    expect(article).toMatchObject({
      text: 'Clashes in the north\nTroops fought insurgents near the river & the bridge.\nTwo soldiers were wounded.\nMore later',
      title: 'Clashes in the north',
      published: '2021-06-07',
    });
    expect(bare).toMatchObject({ text: 'No metadata here.', title: null, published: null });
    expect(unclosed.text).toBe('First\nSecond third');
    expect(deep.error).toMatch(/nested more than 1000 elements deep/);
    expect(deep.ms).toBeLessThan(2000);
    expect(wide.text?.split('\n')).toHaveLength(100_000);
    expect(wide.ms).toBeLessThan(2000);
  });
});
