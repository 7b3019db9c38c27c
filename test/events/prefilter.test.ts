import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFLICT_CONTEXT, CRIME_CONTEXT, NEGATIVE_RULES, TRIGGER_RULES } from '../../src/events/lexicon';
import { LiteralIndex } from '../../src/events/prefilter';
import { patternParts } from '../../src/events/regex-parts';

// Every sentence the other event tests use, and the seed article's lines.
const sources = ['triggers.test.ts', 'build.test.ts', 'background.test.ts'].map((f) => readFileSync(join(__dirname, f), 'utf8'));
const sentences = [
  ...sources.flatMap((src) => Array.from(src.matchAll(/'([A-Z][^'\n]{20,})'/g), (m) => m[1])),
  ...readFileSync(join(__dirname, '../../seeds/baghouz-2019-03-19.txt'), 'utf8').split('\n'),
  'air raids and airstrikes, shelled and re-captured, a suicide car-bomber, tear gas, teargas, IEDs',
  'Rebels RE-TOOK the town after SHELLING; they fired four rockets at it and shot down two drones.',
  'Thousands rallied against the war; riot police fired teargas at protesters who had stoned officers.',
];
const text = sentences.join(' ');

function matchesOf(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(`${m.index}:${m[0]}`);
  re.lastIndex = 0;
  return out;
}

describe('literal index', () => {
  const tables: [string, RegExp[]][] = [
    ['triggers', TRIGGER_RULES.map((r) => r.pattern)],
    ['negatives', NEGATIVE_RULES.map((r) => r.pattern)],
    ['context words', [CONFLICT_CONTEXT, CRIME_CONTEXT]],
  ];

  it('reads many sentences', () => expect(sentences.length).toBeGreaterThan(80));

  describe.each(tables)('%s', (_name, patterns) => {
    const index = new LiteralIndex(patterns);
    const scan = index.scan(text);

    it('finds, sentence by sentence, exactly the matches of every whole pattern', () => {
      let from = 0;
      for (const s of sentences) {
        const at = text.indexOf(s, from);
        from = at + s.length;
        const where = scan.select(at, at + s.length);
        patterns.forEach((pattern, p) => {
          const re = where.regexFor(p);
          expect([p, re ? matchesOf(re, s) : []]).toEqual([p, matchesOf(pattern, s)]);
          expect([p, where.matches(p, s)]).toEqual([p, matchesOf(pattern, s).length > 0]);
        });
      }
    });

    it('agrees with every whole pattern over the whole text', () => {
      const where = scan.select(0, text.length);
      patterns.forEach((pattern, p) => {
        const re = where.regexFor(p);
        expect([p, re ? matchesOf(re, text) : []]).toEqual([p, matchesOf(pattern, text)]);
      });
    });
  });

  it('runs no trigger rule on a plain sentence', () => {
    const plain = 'The committee will meet next spring to discuss the budget with officials of the region.';
    const where = new LiteralIndex(TRIGGER_RULES.map((r) => r.pattern)).scan(plain).select(0, plain.length);
    expect(TRIGGER_RULES.filter((_, p) => where.regexFor(p) !== null).map((r) => r.id)).toEqual([]);
  });

  it('refuses a selection used after the next one was made', () => {
    const index = new LiteralIndex([/\bshell(?:ed|ing)\b|\brockets\b/gi]);
    const scan = index.scan('They shelled it. Rockets fell.');
    const first = scan.select(0, 16);
    scan.select(17, 30);
    expect(() => first.regexFor(0)).toThrow(/after the next one/);
  });
});

describe('regex parts: the literals every match of an alternative contains', () => {
  const show = (source: string) => patternParts(source).alternatives.map((a) => a.literals && a.literals.map((l) => (l.wordStart ? '^' : '') + l.text));
  it.each([
    ['a literal after a \\b starts a word', '\\b(?:shell(?:ing|ed)|artillery)\\b', [['^shelling', '^shelled'], ['^artillery']]],
    ['a rarer literal later in the alternative beats a common first word', '\\b(?:(?:with|of) [a-z0-9 ]{0,15}missiles)\\b', [['missiles']]],
    ['an optional character gives both spellings', '\\b(?:re-?took|air ?strikes?)\\b', [['^retook', '^re-took'], ['^airstrike', '^air strike']]],
    ['a lookbehind proves nothing and hides no \\b', '(?<![Tt]he )\\b(?:abduct(?:ed|ion)?|kidnapp?ed)\\b', [['^abduct'], ['^kidnaped', '^kidnapped']]],
    ['a case pair is one letter; \\s ends a literal', '\\b(?:[Tt]he\\sfollowing\\smorning|[Yy]esterday)\\b', [['^following'], ['^yesterday']]],
    ['a literal after a class of spaces starts a word', '\\bcar[- ]bombs?\\b', [['^bomb']]],
    ['no literal of three characters: the alternative always runs', '\\b(?:\\d+ k|[a-z]{2,5}ed)\\b', [null, null]],
    ['long literals are cut to their first ten characters', '\\bimprovised explosive devices?\\b', [['^improvised']]],
    ['a repeated group ends the literal', '\\b(?:ab|cd)+xyz', [['xyz']]],
  ])('%s: %s', (_why, source, expected) => expect(show(source)).toEqual(expected));

  it.each([
    ['\\b(?:shell(?:ing|ed)|artillery|rockets)\\b', [0, 2], '\\b(?:shell(?:ing|ed)|rockets)\\b'],
    ['shelled|rockets|mortars', [1], 'rockets'],
  ])('keeps only the chosen alternatives of %s', (source, indices, expected) => expect(patternParts(source).subset!(indices)).toBe(expected));

  it.each([['\\b(Sunday|Monday)\\b'], ['\\b(?:(a)bc|def)\\1'], ['(?<day>Sunday|Monday)']])('does not split a pattern with captures: %s', (source) =>
    expect(patternParts(source).subset).toBeNull());
});
