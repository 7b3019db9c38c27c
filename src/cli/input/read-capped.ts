import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Reads a whole stream unless it is bigger than the cap, so a huge input costs at most `cap` bytes. */
export type Capped = { bytes: Buffer } | { tooLarge: true };

export async function readCapped(source: AsyncIterable<Buffer> & { destroy?: () => void }, cap: number): Promise<Capped> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > cap) {
      source.destroy?.();
      return { tooLarge: true };
    }
    parts.push(chunk);
  }
  return { bytes: Buffer.concat(parts, size) };
}

/**
 * A regular file read in one synchronous call. Folders of small articles are
 * the common batch case, and a stream per file spent a third of the run
 * waiting between its asynchronous steps (measured: 1.6 s idle of 4.9 s on
 * 2,000 files). Returns null for what is not a regular file (a FIFO such as
 * `<(curl …)`), which is then read as a stream.
 */
export function readRegularFileCapped(path: string, cap: number): Capped | null {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return null;
    if (stat.size > cap) return { tooLarge: true };
    const bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < stat.size) {
      const n = readSync(fd, bytes, filled, stat.size - filled, null);
      if (n === 0) break; // the file shrank while we read it
      filled += n;
    }
    return { bytes: bytes.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}
