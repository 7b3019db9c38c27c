/**
 * A literal index over fixed rule patterns (triggers, negatives, context
 * words), so that a text runs only the alternatives it can match. Each
 * pattern is split into its top-level alternatives and each alternative read
 * for the literals its matches contain (regex-parts.ts). One scan of a text
 * with the union of all literals (fixed data, never article text) finds where
 * they occur; a span of the text (a sentence) then runs a pattern only when
 * one of its alternatives has its literal there, and when only one has, that
 * alternative alone. An alternative whose literal is absent cannot match
 * anywhere in the span, so the alternative alone finds exactly the matches of
 * the whole pattern; and the whole pattern matches somewhere iff one of its
 * alternatives does.
 */
import { patternParts, type Literal, type PatternParts } from './regex-parts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

interface Pattern {
  regex: RegExp;
  parts: PatternParts;
  /** Where its alternatives start in the index's flat arrays. */
  offset: number;
  /** Alternatives without a literal: they run wherever the pattern is asked for. */
  always: number[];
  /** Each alternative alone (same flags), compiled on first use. */
  singles: (RegExp | undefined)[];
}

interface Hits { at: number[]; found: number[][] }

export class LiteralIndex {
  private readonly patterns: Pattern[];
  /** For each literal id, the flat indices of the alternatives it opens. */
  private readonly gates: number[][] = [];
  /**
   * Two unions, longest literal first: those that start a word (after one \b) and the others. (One
   * union with a \b on some of its hundreds of literals ran 30 times slower in V8.) A match
   * reports the longest literal at its position; the shorter ones there are its prefixes, listed
   * with it in `present`.
   */
  private readonly unions: { re: RegExp; present: Map<string, number[]> }[] = [];
  /** The latest selection's stamp on each alternative (flat) and pattern it opened. */
  private readonly openAlternative: Int32Array;
  private readonly openPattern: Int32Array;
  private stamp = 0;

  constructor(regexes: readonly RegExp[]) {
    const ids = new Map<string, number>();
    const literals: Literal[] = [];
    let offset = 0;
    this.patterns = regexes.map((regex) => {
      const parts = patternParts(regex.source);
      const always: number[] = [];
      parts.alternatives.forEach((alt, a) => {
        if (!alt.literals) { always.push(a); return; }
        for (const l of alt.literals) {
          const key = `${l.wordStart ? 'w' : 'a'}${l.text}`;
          let id = ids.get(key);
          if (id === undefined) { id = literals.length; ids.set(key, id); literals.push(l); this.gates.push([]); }
          this.gates[id].push(offset + a);
        }
      });
      const pattern = { regex, parts, offset, always, singles: [] };
      offset += parts.alternatives.length;
      return pattern;
    });
    this.openAlternative = new Int32Array(offset);
    this.openPattern = new Int32Array(this.patterns.length);
    const patternOf = this.patterns.flatMap((p, i) => p.parts.alternatives.map(() => i));
    this.gates = this.gates.map((flat) => flat.flatMap((f) => [patternOf[f], f]));
    const withText = new Map<string, number[]>();
    literals.forEach((l, j) => withText.set(l.text, [...(withText.get(l.text) ?? []), j]));
    for (const wordStart of [true, false]) {
      const own = [...new Set(literals.filter((l) => l.wordStart === wordStart).map((l) => l.text))];
      if (own.length === 0) continue;
      const body = own.sort((x, y) => y.length - x.length).map(escape).join('|');
      const present = new Map<string, number[]>();
      // At a word start every literal that is a prefix is there; elsewhere only those that need no word start.
      for (const text of own) {
        const ids: number[] = [];
        for (let n = 1; n <= text.length; n++) for (const j of withText.get(text.slice(0, n)) ?? []) if (wordStart || !literals[j].wordStart) ids.push(j);
        present.set(text, ids);
      }
      this.unions.push({ re: new RegExp(wordStart ? `\\b(?:${body})` : body, 'gi'), present });
    }
  }

  /** Where the literals occur in `text`. */
  scan(text: string): LiteralScan {
    const hits: Hits[] = [];
    let unknown = false;
    for (const { re, present } of this.unions) {
      const at: number[] = [];
      const found: number[][] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const ids = present.get(m[0].toLowerCase());
        if (!ids) unknown = true; // a case form we cannot name: run everything
        else { at.push(m.index); found.push(ids); }
        re.lastIndex = m.index + 1; // shorter literals inside a longer match count too
      }
      hits.push({ at, found });
    }
    return new LiteralScan(this, hits, unknown);
  }

  /** @internal Opens the alternatives of the literals found in `[from, to)`; returns the new stamp. */
  open(hits: readonly Hits[], from: number, to: number): number {
    const stamp = ++this.stamp;
    for (const { at, found } of hits) {
      let lo = 0;
      let hi = at.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < from) lo = mid + 1; else hi = mid; }
      for (let k = lo; k < at.length && at[k] < to; k++) {
        for (const id of found[k]) {
          const g = this.gates[id];
          for (let i = 0; i < g.length; i += 2) { this.openPattern[g[i]] = stamp; this.openAlternative[g[i + 1]] = stamp; }
        }
      }
    }
    return stamp;
  }

  /**
   * @internal The expression to run for pattern `p` under selection `stamp`: null when no alternative
   * is open, the one open alternative alone, or the whole pattern.
   */
  regexFor(p: number, stamp: number): RegExp | null {
    if (stamp !== this.stamp) throw new Error('a literal selection was used after the next one was made');
    const pattern = this.patterns[p];
    if (this.openPattern[p] !== stamp) return pattern.always.length === 0 ? null : pattern.always.length === 1 ? this.single(pattern, pattern.always[0]) : pattern.regex;
    let only = -1;
    const n = pattern.parts.alternatives.length;
    for (let a = 0; a < n; a++) {
      if (this.openAlternative[pattern.offset + a] !== stamp && !pattern.always.includes(a)) continue;
      if (only >= 0) return pattern.regex;
      only = a;
    }
    return this.single(pattern, only);
  }

  /** @internal Whether pattern `p` matches somewhere in `text`, under selection `stamp`. */
  matches(p: number, stamp: number, text: string): boolean {
    if (stamp !== this.stamp) throw new Error('a literal selection was used after the next one was made');
    const pattern = this.patterns[p];
    const opened = this.openPattern[p] === stamp;
    const n = pattern.parts.alternatives.length;
    for (let a = 0; a < n; a++) {
      if (!(opened && this.openAlternative[pattern.offset + a] === stamp) && !pattern.always.includes(a)) continue;
      if (test(this.single(pattern, a), text)) return true;
    }
    return false;
  }

  /** @internal */
  whole(p: number): RegExp { return this.patterns[p].regex; }

  private single(pattern: Pattern, a: number): RegExp {
    if (!pattern.parts.subset) return pattern.regex;
    return (pattern.singles[a] ??= new RegExp(pattern.parts.alternatives[a].source, pattern.regex.flags));
  }
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** The literals found in one text, and what they allow in any span of it. */
export class LiteralScan {
  constructor(
    private readonly index: LiteralIndex,
    private readonly hits: readonly Hits[],
    private readonly unknown: boolean,
  ) {}

  /** What may match in `[from, to)` of the scanned text; valid until the index's next selection. */
  select(from: number, to: number): Selection {
    return new Selection(this.index, this.index.open(this.hits, from, to), this.unknown);
  }
}

export class Selection {
  constructor(
    private readonly index: LiteralIndex,
    private readonly stamp: number,
    private readonly unknown: boolean,
  ) {}

  /** A global expression with the same matches in this span as pattern `p`, or null when it cannot match here. */
  regexFor(p: number): RegExp | null {
    return this.unknown ? this.index.whole(p) : this.index.regexFor(p, this.stamp);
  }

  /** Whether pattern `p` matches somewhere in `text` (the span this selection was made for). */
  matches(p: number, text: string): boolean {
    return this.unknown ? test(this.index.whole(p), text) : this.index.matches(p, this.stamp, text);
  }
}
