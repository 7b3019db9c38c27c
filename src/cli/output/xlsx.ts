/**
 * xlsx output with exceljs's streaming writer: rows are committed as they
 * come, so a big run does not build the workbook in memory. Numbers are
 * numbers and date columns are real dates (the schema says which).
 */
import type { Column } from './columns';
import type { RecordWriter } from './writers';
import type { Sink } from './sink';

function cellValue(column: Column, value: ReturnType<Column['get']>): unknown {
  if (value === null) return null;
  if (column.type === 'date' && typeof value === 'string') {
    const [y, m, d] = value.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return value;
}

export function xlsxWriter(sink: Sink, columns: Column[]): RecordWriter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink.stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('events', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: c.name === 'notes' ? 60 : Math.max(10, c.name.length + 2),
    style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    write(record) {
      sheet.addRow(columns.map((c) => cellValue(c, c.get(record)))).commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
