import { emptyDoc } from '../../src/pipeline/stages';
import { documentTokens, tokensBetween } from '../../src/actors/doc-tokens';
import { tokenize, WordSet } from '../../src/actors/tokens';

const text = "Al-Shabaab's fighters attacked. The army's 6th Brigade responded — Séléka too.";
const doc = emptyDoc({ text });
doc.text = text;

describe('a range\'s tokens taken from the document\'s are those of tokenising the range', () => {
  const at = (s: string): number => text.indexOf(s);
  test.each([
    ['the whole text', 0, text.length],
    ['the second sentence', at('The army'), text.length],
    ['a range that ends inside a word', 0, at('ttacked')],
    ['a range that starts inside a word', at('ttacked'), text.length],
    ['a range that starts on a possessive s', at("s fighters"), text.length],
    ['an empty range', 5, 5],
  ])('%s', (_label, start, end) => {
    expect(tokensBetween(doc, start, end)).toEqual(tokenize(text, start, end));
  });

  test('the document is tokenised once', () => {
    expect(documentTokens(doc)).toBe(documentTokens(doc));
  });

  test('a new text is tokenised anew', () => {
    const other = emptyDoc({ text: 'Boko Haram struck.' });
    other.text = other.article.text;
    expect(documentTokens(other).map((t) => t.raw)).toEqual(['Boko', 'Haram', 'struck']);
    expect(documentTokens(doc).map((t) => t.raw)[0]).toBe('Al');
  });
});

describe('WordSet', () => {
  const set = new WordSet(['members', 'group', 'élite']);
  test.each([
    ['members', true], ['group', true], ['élite', true],
    ['member', false], ['groups', false], ['mentors', false], ['', false], ['g', false], ['x'.repeat(80), false],
  ] as [string, boolean][])('%s -> %s', (word, expected) => {
    expect(set.has(word)).toBe(expected);
  });
});
