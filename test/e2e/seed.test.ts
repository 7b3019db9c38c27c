/**
 * Seed acceptance (issue 2): the built CLI on the bundled seed article, with
 * no flags, as a user would run it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { EventRecord } from '../../src/schema/event';

const root = join(__dirname, '..', '..');
const seed = join('seeds', 'baghouz-2019-03-19.txt');

function run(args: string[]): string {
  return execFileSync(process.execPath, [join(root, 'bin', 'extract'), ...args], { cwd: root, encoding: 'utf8' });
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('extract on the seed article', () => {
  const events: EventRecord[] = run([seed]).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const sdfVsIs = (e: EventRecord) =>
    e.actor1?.name === 'Syrian Democratic Forces' && e.actor1.type === 'rebel_group' && e.actor2?.name === 'Islamic State';

  it('finds an SDF–Islamic State event at Baghouz, Syria, on 2019-03-19', () => {
    const match = events.find((e) =>
      sdfVsIs(e)
      && e.location?.country_code === 'SY'
      && e.location.lat !== null && e.location.lon !== null
      && km(e.location.lat, e.location.lon, 34.45, 40.93) <= 25
      && e.date.value === '2019-03-19' && e.date.precision === 'day');
    expect(match).toBeDefined();
  });

  it('reads 157 captured on an SDF–Islamic State event', () => {
    expect(events.some((e) => sdfVsIs(e) && e.counts.captured?.value === 157)).toBe(true);
  });

  it('reads about 5,000 surrendered and at least 60,000 who left', () => {
    expect(events.some((e) => e.counts.surrendered?.value === 5000 && e.counts.surrendered.approximate)).toBe(true);
    expect(events.some((e) => (e.counts.displaced?.value ?? 0) >= 60000)).toBe(true);
  });

  it('reports nobody killed, and "5,000 more people" as no count', () => {
    expect(events.filter((e) => e.counts.killed !== null)).toEqual([]);
    const countTexts = events.flatMap((e) => Object.values(e.counts).filter((c) => c !== null).map((c) => c!.text));
    expect(countTexts.filter((t) => /5,000 more/.test(t))).toEqual([]);
  });

  it('does not code the 2014 caliphate as an event', () => {
    const caliphate = events.filter((e) => e.evidence.some((ev) => /declared a caliphate/.test(ev.text)) && e.evidence.length === 1);
    expect(caliphate).toEqual([]);
    expect(events.filter((e) => e.date.value?.startsWith('2014'))).toEqual([]);
  });

  it('is deterministic: same input, same bytes', () => {
    expect(run([seed])).toBe(run([seed]));
  });

  it('writes a CSV with a header and one row per event', () => {
    const csv = run(['--format', 'csv', seed]);
    const rows = csv.trim().split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/); // newlines outside quotes
    expect(rows[0].split(',')).toEqual(expect.arrayContaining(['event_id', 'event_type', 'latitude', 'captured']));
    expect(rows.length - 1).toBe(events.length);
  });
});
