import fc from 'fast-check';
import { splitLines, type Line } from '../../src/cli/input/lines';

async function lines(chunks: Buffer[], max = 1000): Promise<Array<string | null>> {
  async function* source() {
    yield* chunks;
  }
  const out: Line[] = [];
  for await (const line of splitLines(source(), max)) out.push(line);
  out.forEach((line, i) => expect(line.number).toBe(i + 1));
  return out.map((l) => (l.bytes ? l.bytes.toString('utf8') : null));
}

describe('splitLines', () => {
  it('splits on \\n and \\r\\n across chunk boundaries, keeping a last line without newline', async () => {
    expect(await lines([Buffer.from('one\r'), Buffer.from('\ntw'), Buffer.from('o\n\nthree')])).toEqual(['one', 'two', '', 'three']);
  });

  it('reports over-long lines as null and carries on', async () => {
    expect(await lines([Buffer.from('short\n'), Buffer.from('x'.repeat(30)), Buffer.from('y'.repeat(30)), Buffer.from('\nok\n')], 40))
      .toEqual(['short', null, 'ok']);
  });

  it('gives back the input whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\n', 'é') }), { maxLength: 8 }), async (pieces) => {
        const text = pieces.join('');
        const got = await lines(pieces.map((p) => Buffer.from(p)));
        const expected = text === '' ? [] : text.replace(/\n$/, '').split('\n');
        expect(got).toEqual(expected);
      }),
    );
  });
});
