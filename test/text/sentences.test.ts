import { splitSentences } from '../../src/text/sentences';
import { normalizeText } from '../../src/text/normalize';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('normalizeText', () => {
  it('keeps the length so offsets stay valid', () => {
    const raw = '\u201CThey\u2019re here\u201D\u00A0\u2013 he said.\r\n';
    const out = normalizeText(raw);
    expect(out).toHaveLength(raw.length);
    expect(out).toBe('"They\'re here" - he said.\n\n');
  });
});

describe('splitSentences', () => {
  it.each([
    ['Gunmen killed two. Police arrived later.', ['Gunmen killed two.', 'Police arrived later.']],
    ['Gen. Smith said Lt. Col. Jones was hurt. He fled.', ['Gen. Smith said Lt. Col. Jones was hurt.', 'He fled.']],
    ['"We will return," he said. The army left.', ['"We will return," he said.', 'The army left.']],
    ['It cost approx. three million dollars.', ['It cost approx. three million dollars.']],
    ['Headline without a stop\nThe body of the story.', ['Headline without a stop', 'The body of the story.']],
    ['J. R. Smith was there. Is it over? Yes!', ['J. R. Smith was there.', 'Is it over?', 'Yes!']],
    ['One man was wounded.The victim was taken to hospital.', ['One man was wounded.', 'The victim was taken to hospital.']],
    ['He lives in St.Louis and reads Now.com daily. See www.News.com too.', ['He lives in St.Louis and reads Now.com daily.', 'See www.News.com too.']],
    ['Troops entered the U.S.Embassy compound.', ['Troops entered the U.S.Embassy compound.']],
    ['', []],
    ['   \n\n  ', []],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives offsets into the text and numbers paragraphs', () => {
    const text = 'First one. Second one.\n\nNew paragraph.';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});
