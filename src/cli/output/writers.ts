/**
 * Record writers, one per output format. Each writes a record as soon as it
 * is given one (nothing is collected), and `finish` writes whatever closes
 * the format (json's bracket, the xlsx archive).
 */
import type { EventRecord } from '../../schema/event';
import type { OutputFormat } from '../options';
import { eventColumns, type Column } from './columns';
import type { Sink } from './sink';
import { xlsxWriter } from './xlsx';

export interface RecordWriter {
  write(record: EventRecord): Promise<void> | void;
  finish(): Promise<void> | void;
}

export interface WriterOptions {
  bom: boolean;
}

function jsonlWriter(sink: Sink): RecordWriter {
  return { write: (record) => sink.write(`${JSON.stringify(record)}\n`), finish() {} };
}

function jsonWriter(sink: Sink): RecordWriter {
  let count = 0;
  return {
    write(record) {
      return sink.write(`${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(record)}`);
    },
    finish() {
      return sink.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

type StringifySync = (rows: unknown[][], options: { delimiter: string; record_delimiter: string }) => string;

/** RFC 4180 (csv-stringify): fields with delimiters, quotes or newlines are quoted; CRLF rows for csv. */
function delimitedWriter(sink: Sink, columns: Column[], delimiter: string, options: WriterOptions): RecordWriter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { stringify } = require('csv-stringify/sync') as { stringify: StringifySync };
  const settings = { delimiter, record_delimiter: delimiter === ',' ? '\r\n' : '\n' };
  const header = stringify([columns.map((c) => c.name)], settings);
  const first = sink.write(options.bom ? `\ufeff${header}` : header);
  return {
    async write(record) {
      await first;
      await sink.write(stringify([columns.map((c) => c.get(record) ?? '')], settings));
    },
    async finish() {
      await first;
    },
  };
}

export function createWriter(format: OutputFormat, sink: Sink, options: WriterOptions): RecordWriter {
  switch (format) {
    case 'jsonl':
      return jsonlWriter(sink);
    case 'json':
      return jsonWriter(sink);
    case 'csv':
      return delimitedWriter(sink, eventColumns(), ',', options);
    case 'tsv':
      return delimitedWriter(sink, eventColumns(), '\t', options);
    case 'xlsx':
      return xlsxWriter(sink, eventColumns());
  }
}
