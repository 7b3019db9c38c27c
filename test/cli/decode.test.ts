import { asUtf8, BINARY_REASON, decodeBytes, INVALID_UTF8_WARNING } from '../../src/cli/input/decode';

async function collect(chunks: Buffer[]): Promise<string> {
  async function* source() {
    yield* chunks;
  }
  const out: Buffer[] = [];
  for await (const piece of asUtf8(source())) out.push(piece);
  return Buffer.concat(out).toString('utf8');
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 and drops a UTF-8 byte-order mark', () => {
    expect(decodeBytes(Buffer.from('Army units moved in.'))).toEqual({ text: 'Army units moved in.', warning: null });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café')]))).toEqual({ text: 'Café', warning: null });
  });

  it('reads UTF-16 with either byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Shelling in Ḥamā', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeBytes(le)).toEqual({ text: 'Shelling in Ḥamā', warning: null });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: 'Shelling in Ḥamā', warning: null });
  });

  it('refuses NUL bytes as a binary file', () => {
    expect(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]))).toEqual({ error: BINARY_REASON });
  });

  it('replaces invalid UTF-8 and warns', () => {
    const result = decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    expect(result).toEqual({ text: 'caf\ufffd ok', warning: INVALID_UTF8_WARNING });
  });
});

describe('asUtf8', () => {
  it('passes UTF-8 through without its BOM', async () => {
    expect(await collect([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"a"}\n')])).toBe('{"text":"a"}\n');
  });

  it('transcodes UTF-16 split across chunks at odd offsets', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"é"}\n{"text":"b"}\n', 'utf16le')]);
    const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 18), bytes.subarray(18)];
    expect(await collect(chunks)).toBe('{"text":"é"}\n{"text":"b"}\n');
  });
});
