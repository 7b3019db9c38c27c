/**
 * Dictionary lookup at one token: the longest alias starting there (so
 * "Syrian Democratic Forces" beats "Syrian forces"), walking the prefix set so
 * the walk stops as soon as no alias can continue. Acronyms must keep their case.
 */
import type { AliasLookup, Candidate } from './alias-index';
import { adjacent, caseMatches, type Token } from './tokens';

export interface AliasMatch {
  /** Token index after the match. */
  to: number;
  candidates: readonly Candidate[];
}

const SHOUTED = /^\p{Lu}{2,}$/u;

/** Words joined by spaces only: a dateline's dash ("MAIDUGURI - ISWAP fighters") separates. */
const SPACES = /^[ \t]+$/;

/** An acronym amid capitals ("THIS IS NOT", "THE FACT THAT") is text in upper case, not a name. */
function amidCapitals(text: string, toks: readonly Token[], i: number, to: number): boolean {
  const before = toks[i - 1];
  const after = toks[to];
  return (!!before && SHOUTED.test(before.raw) && SPACES.test(text.slice(before.end, toks[i]!.start)))
    || (!!after && SHOUTED.test(after.raw) && SPACES.test(text.slice(toks[to - 1]!.end, after.start)));
}

function caseOk(c: Candidate, text: string, toks: readonly Token[], i: number): boolean {
  if (!c.caseTokens) return true;
  if (!c.caseTokens.every((bound, k) => bound === null || caseMatches(bound, toks[i + k]!.raw))) return false;
  return !c.caseTokens.every((bound) => bound !== null) || !amidCapitals(text, toks, i, i + c.caseTokens.length);
}

/** The candidates whose case constraints hold at token i (the list itself when none has any). */
function caseOkAt(list: readonly Candidate[], text: string, toks: readonly Token[], i: number): readonly Candidate[] {
  return list.every((c) => !c.caseTokens) ? list : list.filter((c) => caseOk(c, text, toks, i));
}

/** Longest alias starting at token i whose case constraints hold. */
export function longestAlias(dict: AliasLookup, text: string, toks: readonly Token[], i: number, limit: number): AliasMatch | null {
  let best: AliasMatch | null = null;
  let node = dict.step(null, toks[i]!.norm);
  for (let j = i; node; ) {
    const found = dict.candidatesAt(node);
    const ok = found && caseOkAt(found, text, toks, i);
    if (ok && ok.length > 0) best = { to: j + 1, candidates: ok };
    j++;
    if (j >= limit || !adjacent(text, toks[j - 1]!, toks[j]!)) break;
    node = dict.step(node, toks[j]!.norm);
  }
  return best;
}
