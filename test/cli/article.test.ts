import { articleFromJson } from '../../src/cli/input/article';

describe('articleFromJson', () => {
  it('takes text, id, published (or date) and title', () => {
    expect(articleFromJson({ text: 'T', id: 'n-1', date: '2020-01-01', title: 'H', url: 'u', extra: 1 }, 'f.jsonl:1', 'f.jsonl'))
      .toEqual({ text: 'T', id: 'n-1', path: 'f.jsonl', published: '2020-01-01', title: 'H' });
    expect(articleFromJson({ text: 'T', id: 42, published: '2020-02-02', date: '2000-01-01' }, 'x', null))
      .toMatchObject({ id: '42', published: '2020-02-02' });
  });

  it('falls back to the given id', () => {
    expect(articleFromJson({ text: 'T' }, 'f.jsonl:7', 'f.jsonl')).toMatchObject({ id: 'f.jsonl:7', published: null, title: null });
  });

  it('explains what is wrong', () => {
    expect(articleFromJson([1], 'x', null)).toEqual({ reason: 'expected an article object, got array' });
    expect(articleFromJson(null, 'x', null)).toEqual({ reason: 'expected an article object, got null' });
    expect(articleFromJson({ id: 'a' }, 'x', null)).toEqual({ reason: 'missing "text"' });
    expect(articleFromJson({ text: ['a'] }, 'x', null)).toEqual({ reason: '"text" must be a string, got array' });
  });
});
