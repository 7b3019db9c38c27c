/**
 * Whether a figure is a running or background toll rather than the incident
 * itself. "the war has killed 300,000 since 2011" is background: dropped.
 * "in the past two months, some 5,000 fighters have surrendered" is a period
 * total: kept, marked cumulative. A marker covers its own clause, or the whole
 * sentence when it opens the sentence ("Since 2011, ..."). Years are stronger
 * markers: "since 2007" or a year before the article's own covers the whole
 * sentence ("... in December 2012, where 26 people died").
 */
import type { Token } from './tokens';
import * as L from './lexicon';

export type Cumulative = 'background' | 'period' | null;

export interface Scope {
  /** The scope of the figure that starts at token `i`. */
  cumulativeAt(i: number): Cumulative;
}

const isYear = (t: Token | undefined): boolean => !!t && /^(1[89]|20)\d\d$/.test(t.text);

/** Scope markers are read only for sentences that have a figure. */
export function sentenceScope(tokens: readonly Token[], referenceYear: number | null): Scope {
  let scope: Scope | null = null;
  return { cumulativeAt: (i) => (scope ??= readScope(tokens, referenceYear)).cumulativeAt(i) };
}

function readScope(tokens: readonly Token[], referenceYear: number | null): Scope {
  const clauseOf: number[] = [];
  let clause = 0;
  for (const t of tokens) {
    if (L.CLAUSE_BREAKS.has(t.text)) clause++;
    clauseOf.push(clause);
  }
  const markers: { kind: Exclude<Cumulative, null>; clause: number; opensSentence: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const sinceYear = tokens[i].lower === 'since' && isYear(tokens[i + 1]);
    const pastYear = referenceYear !== null && isYear(tokens[i]) && Number(tokens[i].text) < referenceYear;
    const background = sinceYear || pastYear || L.BACKGROUND.matchAt(tokens, i);
    const kind = background ? 'background' : L.PERIOD.matchAt(tokens, i) ? 'period' : null;
    if (kind) markers.push({ kind, clause: clauseOf[i], opensSentence: i <= 1 || sinceYear || pastYear });
  }
  return {
    cumulativeAt(i: number): Cumulative {
      const applying = markers.filter((m) => m.opensSentence || m.clause === clauseOf[i]);
      if (applying.some((m) => m.kind === 'background')) return 'background';
      return applying.length > 0 ? 'period' : null;
    },
  };
}
