import { z } from 'zod';
import { buildColumns, eventColumns } from '../../src/cli/output/columns';
import { COUNT_CATEGORIES } from '../../src/schema/vocab';
import { sampleRecord } from './fixtures';

describe('spreadsheet columns', () => {
  const columns = eventColumns();
  const byName = Object.fromEntries(columns.map((c) => [c.name, c]));

  it('are the ACLED-style names, with one count column per category in the schema', () => {
    expect(columns.map((c) => c.name)).toEqual([
      'event_id', 'source', 'event_date', 'date_precision', 'event_type', 'sub_event_type',
      'actor1', 'actor1_type', 'actor2', 'actor2_type', 'location', 'admin1', 'country', 'iso',
      'latitude', 'longitude', 'geo_precision', ...COUNT_CATEGORIES, 'notes', 'confidence',
    ]);
  });

  it('take their types from the schema', () => {
    expect(byName.event_date.type).toBe('date');
    expect(byName.latitude.type).toBe('number');
    expect(byName.killed.type).toBe('number');
    expect(byName.confidence.type).toBe('number');
    expect(byName.actor1.type).toBe('text');
    expect(byName.notes.type).toBe('text');
  });

  it('read values from a record, null where the record has none', () => {
    const row = Object.fromEntries(columns.map((c) => [c.name, c.get(sampleRecord())]));
    expect(row).toMatchObject({
      event_id: 'abc123', source: 'story-1', event_date: '2020-02-02', actor1: 'The Front', actor2: null,
      actor2_type: null, iso: 'TL', latitude: 12.5, longitude: -3.25, killed: 3, injured: null, confidence: 0.75,
    });
    expect(row.notes).toBe('Rebels, "the Front", attacked a post near Qarya; … three guards were\nkilled.');
    expect(byName.location.get(sampleRecord({ location: null }))).toBeNull();
  });

  it('fail loudly when a path is not in the schema', () => {
    const other = z.object({ id: z.string() });
    expect(() => buildColumns(other)).toThrow(/"source.id" is not a path in the event schema/);
  });
});
