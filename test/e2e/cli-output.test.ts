/** Output formats and -o: spreadsheets that open cleanly, files that appear whole or not at all. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { eventColumns } from '../../src/cli/output/columns';
import { ensureBuilt, removeDir, ROOT, runCli, tempDir } from './helpers';
import { writeMixedCorpus } from './corpus';

const SEED = join(ROOT, 'seeds', 'baghouz-2019-03-19.txt');
const HEADER = eventColumns().map((c) => c.name);

describe('extract output', () => {
  let root: string;
  beforeAll(() => {
    ensureBuilt();
    root = tempDir('output');
    writeMixedCorpus(join(root, 'corpus'), 20);
  });
  afterAll(() => removeDir(root));

  it('csv on the seed article: the header, then one row per event', () => {
    const result = runCli([SEED, '--format', 'csv']);
    expect(result.status).toBe(0);
    const rows = result.stdout.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe(HEADER.join(','));
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('csv has the header even when there are no events', () => {
    const result = runCli(['--format', 'csv'], { input: 'Nothing happened here.' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\r\n')[0]).toBe(HEADER.join(','));
  });

  it('json is one valid array, jsonl one record per line, with the same records', () => {
    const json = runCli(['corpus', SEED, '--format', 'json'], { cwd: root });
    const jsonl = runCli(['corpus', SEED], { cwd: root });
    const records = JSON.parse(json.stdout) as unknown[];
    expect(jsonl.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(records);
  });

  it('--explain prints an explanation of every record on stderr, leaving stdout as it was', () => {
    const plain = runCli([SEED, '--quiet']);
    const explained = runCli([SEED, '--quiet', '--explain']);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);
    for (const line of plain.stdout.split('\n').filter(Boolean)) expect(explained.stderr).toContain(JSON.parse(line).id);
  });

  it('-o FILE.xlsx writes a workbook: frozen header, numbers as numbers, dates as dates', async () => {
    const out = join(root, 'events.xlsx');
    const result = runCli(['corpus', SEED, '-o', out], { cwd: root });
    expect(result.status).toBe(0);
    const events = runCli(['corpus', SEED], { cwd: root }).stdout.split('\n').filter(Boolean).length;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('events')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.actualRowCount).toBe(events + 1);
    for (let r = 2; r <= sheet.actualRowCount; r++) {
      const row = sheet.getRow(r);
      const date = row.getCell(HEADER.indexOf('event_date') + 1).value;
      if (date !== null) expect(date).toBeInstanceOf(Date);
      expect(typeof row.getCell(HEADER.indexOf('confidence') + 1).value).toBe('number');
    }
  });

  it('-o leaves only the finished file behind', () => {
    const result = runCli(['corpus', '-o', 'events.csv', '--bom'], { cwd: root });
    expect(result.status).toBe(0);
    const csv = readFileSync(join(root, 'events.csv'), 'utf8');
    expect(csv.startsWith(`\ufeff${HEADER.join(',')}\r\n`)).toBe(true);
    expect(readdirSync(root).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('-o into a folder that does not exist is a usage error', () => {
    const result = runCli(['corpus', '-o', join(root, 'no', 'such', 'dir', 'out.csv')], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*out\.csv: no such file or directory/);
    expect(existsSync(join(root, 'no'))).toBe(false);
  });
});
