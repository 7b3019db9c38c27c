import { Writable } from 'node:stream';
import type { Sink } from '../../src/cli/output/sink';
import { createWriter } from '../../src/cli/output/writers';
import type { OutputFormat } from '../../src/cli/options';
import { sampleRecord } from './fixtures';

function memorySink(): { sink: Sink; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write: (_c, _e, done) => done() });
  return {
    sink: { stream, closed: false, write: (c) => void chunks.push(String(c)), commit: async () => {}, abort() {} },
    text: () => chunks.join(''),
  };
}

async function render(format: OutputFormat, count: number, bom = false): Promise<string> {
  const { sink, text } = memorySink();
  const writer = createWriter(format, sink, { bom });
  for (let i = 0; i < count; i++) await writer.write(sampleRecord({ id: `e${i}` }));
  await writer.finish();
  return text();
}

describe('record writers', () => {
  it('jsonl: one whole record per line', async () => {
    const lines = (await render('jsonl', 2)).split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]).id).toBe('e1');
    expect(lines[2]).toBe('');
  });

  it('json: a valid array, also when empty', async () => {
    expect(JSON.parse(await render('json', 0))).toEqual([]);
    expect(JSON.parse(await render('json', 2)).map((r: { id: string }) => r.id)).toEqual(['e0', 'e1']);
  });

  it('csv: header once, RFC 4180 quoting, CRLF rows', async () => {
    const csv = await render('csv', 2);
    const rows = csv.split('\r\n');
    expect(rows[0].startsWith('event_id,source,event_date,')).toBe(true);
    expect(csv.match(/event_id/g)).toHaveLength(1);
    // The notes cell holds a comma, quotes and a newline: quoted, with quotes doubled.
    expect(csv).toContain('"Rebels, ""the Front"", attacked a post near Qarya; … three guards were\nkilled."');
    expect(rows[1]).toMatch(/^e0,story-1,2020-02-02,day,battles,armed_clash,The Front,rebel_group,,,Qarya,North,Testland,TL,12.5,-3.25,1,3,,,,,,,/);
  });

  it('csv: the header alone when there are no events, with a BOM when asked', async () => {
    const csv = await render('csv', 0, true);
    expect(csv.startsWith('\ufeffevent_id,')).toBe(true);
    expect(csv.endsWith('confidence\r\n')).toBe(true);
  });

  it('tsv: tab-separated, LF rows', async () => {
    const tsv = await render('tsv', 1);
    expect(tsv.split('\n')[0].split('\t')).toContain('sub_event_type');
    expect(tsv.split('\n')[1].split('\t')[0]).toBe('e0');
  });
});
