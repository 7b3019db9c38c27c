/**
 * The committed gazetteer files are plain TSV with a header row: easy to
 * review in a diff, easy for users to extend, and parsed without a library.
 */
export type TsvRow = Record<string, string>;

export function parseTsv(text: string): TsvRow[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (lines.length === 0) return [];
  const header = lines[0].replace(/\r$/, '').split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.replace(/\r$/, '').split('\t');
    const row: TsvRow = {};
    header.forEach((h, i) => { row[h] = cells[i] ?? ''; });
    return row;
  });
}

/** Tabs and line breaks cannot occur inside a cell. */
export function formatTsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const clean = (v: string | number) => String(v).replace(/[\t\r\n]+/g, ' ');
  return [header.join('\t'), ...rows.map((r) => r.map(clean).join('\t'))].join('\n') + '\n';
}
