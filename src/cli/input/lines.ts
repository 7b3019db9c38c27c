/**
 * Splits a UTF-8 byte stream into lines without ever holding more than one
 * line (up to `maxBytes`) in memory: a longer line is reported as null and
 * its bytes are dropped as they stream past.
 */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line without its `\n` or `\r\n`; null when it exceeded the limit. */
  bytes: Buffer | null;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export async function* splitLines(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  const take = (piece: Buffer): void => {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(piece);
    size += piece.length;
  };
  const finish = (): Line => {
    number += 1;
    let bytes: Buffer | null = null;
    if (!tooLong) {
      bytes = Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    }
    parts = [];
    size = 0;
    tooLong = false;
    return { number, bytes };
  };

  for await (const chunk of source) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    take(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield finish();
}
