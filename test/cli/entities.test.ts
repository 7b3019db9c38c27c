import fc from 'fast-check';
import { decodeEntities } from '../../src/cli/input/entities';
import { articleFromJson } from '../../src/cli/input/article';

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('Shelling hit Kafr&#8217;s market &amp; school&nbsp;today')).toBe('Shelling hit Kafr\u2019s market & school\u00a0today');
    expect(decodeEntities('&ldquo;We left&rdquo; &#x2014; a resident&apos;s words')).toBe('\u201cWe left\u201d \u2014 a resident\'s words');
    expect(decodeEntities('caf&eacute; &lt;b&gt; &#39;quoted&#39;')).toBe('café <b> \'quoted\'');
  });

  it('numeric references may omit the semicolon, named ones may not', () => {
    expect(decodeEntities('Dar&#8217a')).toBe('Dar\u2019a');
    expect(decodeEntities('AT&T and R&D; Q&amp')).toBe('AT&T and R&D; Q&amp');
  });

  it('leaves unknown names and numbers that are not characters as written', () => {
    expect(decodeEntities('&bogus; &#0; &#xD800; &#99999999; & alone')).toBe('&bogus; &#0; &#xD800; &#99999999; & alone');
  });

  it('never lengthens a text and leaves text without "&" untouched', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(decodeEntities(s).length).toBeLessThanOrEqual(s.length);
        if (!s.includes('&')) expect(decodeEntities(s)).toBe(s);
      }),
    );
  });

  it('stays linear on long runs of ampersands and digits', () => {
    const hostile = '&#'.repeat(200_000) + '&'.repeat(200_000) + '9'.repeat(200_000);
    const started = performance.now();
    decodeEntities(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is applied to JSON articles\' text and title', () => {
    const article = articleFromJson({ text: 'Clashes in Dar&#8217;a.', title: 'Dar&#8217;a &amp; beyond' }, 'x', null);
    expect(article).toMatchObject({ text: 'Clashes in Dar\u2019a.', title: 'Dar\u2019a & beyond' });
  });
});
