import { Emitter } from '../../src/cli/report/emitter';
import type { Reporter } from '../../src/cli/report/reporter';
import { emptyCounts } from '../../src/cli/report/summary';
import type { EventRecord } from '../../src/schema/event';
import { sampleRecord } from './fixtures';

function setup(explain: ((r: EventRecord) => string) | null = null) {
  const written: EventRecord[] = [];
  const lines: string[] = [];
  const reporter: Reporter = {
    error: (m) => lines.push(`error ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    note: (m) => lines.push(`note ${m}`),
    text: (t) => lines.push(`text ${t}`),
    progress: null,
    stop() {},
  };
  const counts = emptyCounts();
  const emitter = new Emitter(counts, { write: (r) => void written.push(r), finish() {} }, reporter, explain);
  return { emitter, counts, written, lines };
}

const article = { text: 'Some text.', id: 'a' };

describe('Emitter', () => {
  it('writes records, counts every kind of unit, and says when a unit failed', async () => {
    const { emitter, counts, written, lines } = setup((r) => `why ${r.id}`);
    const record = sampleRecord();
    expect(await emitter.emit({ unit: { kind: 'article', where: 'a.txt', article }, result: { events: [record], invalid: [] } })).toBe(true);
    expect(await emitter.emit({ unit: { kind: 'article', where: 'empty.txt', article: { text: ' ' } } })).toBe(true);
    expect(await emitter.emit({ unit: { kind: 'failure', where: 'b.bin', reason: 'binary file' } })).toBe(false);
    expect(await emitter.emit({ unit: { kind: 'article', where: 'c.txt', article }, result: { error: 'extraction failed: boom' } })).toBe(false);
    expect(await emitter.emit({ unit: { kind: 'skipped', where: 'd.png', reason: 'not a known article type' } })).toBe(true);
    expect(await emitter.emit({ unit: { kind: 'warning', where: 'e.txt', message: 'invalid UTF-8' } })).toBe(true);
    expect(await emitter.emit({ unit: { kind: 'file-done', where: 'a.txt' } })).toBe(true);
    expect(written).toEqual([record]);
    expect(counts).toEqual({ files: 1, skipped: 1, articles: 2, failures: 2, events: 1, invalid: 0 });
    expect(lines).toEqual([
      `text why ${record.id}`,
      'note empty.txt: empty text, no events',
      'error b.bin: binary file',
      'error c.txt: extraction failed: boom',
      'note d.png: skipped, not a known article type',
      'warning e.txt: invalid UTF-8',
    ]);
  });

  it('reports records that failed validation and never writes them', async () => {
    const { emitter, counts, written, lines } = setup();
    const ok = await emitter.emit({
      unit: { kind: 'article', where: 'a.txt', article },
      result: { events: [], invalid: [{ record: { id: 'x' }, issues: ['confidence: expected number'] }] },
    });
    expect(ok).toBe(false);
    expect(written).toEqual([]);
    expect(counts).toMatchObject({ articles: 1, invalid: 1, failures: 0 });
    expect(lines).toEqual(['error a.txt: a record failed validation and was not written: confidence: expected number']);
  });
});
