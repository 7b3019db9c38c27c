/**
 * Bytes to text. Articles arrive as UTF-8 (with or without a byte-order mark)
 * or UTF-16 with a BOM; NUL bytes in anything but UTF-16 mean a binary file.
 * Invalid UTF-8 is decoded with U+FFFD replacements and a warning rather than
 * refused: one bad byte should not cost a whole article.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

export type Decoded = { text: string; warning: string | null } | { error: string };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function sniffEncoding(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}


export const BINARY_REASON = 'binary file (contains NUL bytes)';
export const INVALID_UTF8_WARNING = 'invalid UTF-8, undecodable bytes replaced with U+FFFD';

export function decodeBytes(bytes: Uint8Array): Decoded {
  const { encoding, bomLength } = sniffEncoding(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding !== 'utf-8') {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return text.includes('\0') ? { error: BINARY_REASON } : { text, warning: null };
  }
  if (body.includes(0)) return { error: BINARY_REASON };
  // Buffer's decoder replaces undecodable bytes with U+FFFD; isUtf8 says whether it had to.
  // (No TextDecoder made at load: it could not go into the CLI's start-up snapshot.)
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return { text, warning: isUtf8(body) ? null : INVALID_UTF8_WARNING };
}

/**
 * Re-encodes a byte stream as UTF-8 without a BOM, so that JSON Lines can be
 * split on newline bytes whatever the file's encoding.
 */
export async function* asUtf8(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let decoder: TextDecoder | null = null;
  let first = true;
  for await (const chunk of source) {
    if (first) {
      first = false;
      const { encoding, bomLength } = sniffEncoding(chunk);
      if (encoding !== 'utf-8') decoder = new TextDecoder(encoding, { ignoreBOM: true });
      const rest = chunk.subarray(bomLength);
      yield decoder ? Buffer.from(decoder.decode(rest, { stream: true }), 'utf8') : rest;
      continue;
    }
    yield decoder ? Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8') : chunk;
  }
  if (decoder) {
    const tail = decoder.decode();
    if (tail) yield Buffer.from(tail, 'utf8');
  }
}
