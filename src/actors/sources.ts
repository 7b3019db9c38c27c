/**
 * Speakers are sources, not participants: "police said", "SDF spokesman
 * Mustafa Bali said", "according to the army". A claim of responsibility
 * ("X claimed the attack") is not a source: the claimant is the agent.
 * Cue words are in data/role-cues.json.
 */
import cues from './data/role-cues.json';
import type { ActorMention } from '../pipeline/doc';
import { firstTokenAfter, normAt, startsUpper, type Token } from './tokens';

const sourceVerbs = new Set(cues.sourceVerbs);
const speakerWords = new Set(cues.speakerWords);
const claimAttackWords = new Set(cues.claimAttackWords);
const fillers = new Set([...cues.nounFillers, ...cues.speakerWords, 'from', 'of', 'by']);

/** "claimed responsibility", "claimed credit", "claimed the attack". */
export function isClaimAt(toks: readonly Token[], verb: number): boolean {
  if (!toks[verb]!.norm.startsWith('claim')) return false;
  const next = normAt(toks, verb + 1);
  if (next === 'responsibility' || next === 'credit') return true;
  const obj = normAt(toks, verb + 2);
  return (next === 'the' || next === 'an' || next === 'a' || next === 'this' || next === 'that') && claimAttackWords.has(obj);
}

const lives = new Set(cues.claimedLives);

/** "The raid claimed the lives of 14 villagers": the verb kills, nobody speaks. */
function claimedLives(toks: readonly Token[], verb: number): boolean {
  return toks[verb]!.norm.startsWith('claim') && (lives.has(normAt(toks, verb + 1)) || lives.has(normAt(toks, verb + 2)));
}

/** Punctuation between words ends a speaker phrase: in "killed civilians, officials said" the civilians do not speak. */
const BREAK = /[,;:()"\u201c\u201d]/;

/** Index of the say-verb the mention (ending at `from`) is the speaker of, or -1. */
export function speakerVerbAfter(text: string, toks: readonly Token[], from: number, after: number, limit: number): number {
  let names = 0;
  let previousEnd = from;
  for (let k = after; k < limit && k < after + 10; k++) {
    const t = toks[k]!;
    if (BREAK.test(text.slice(previousEnd, t.start))) return -1;
    previousEnd = t.end;
    if (sourceVerbs.has(t.norm)) return isClaimAt(toks, k) || claimedLives(toks, k) ? -1 : k;
    if (speakerWords.has(t.norm)) continue;
    if (startsUpper(t.raw) && names < cues.speakerNameWindow) { names++; continue; }
    return -1;
  }
  return -1;
}

function attributedBefore(toks: readonly Token[], first: number, sentenceFirst: number): boolean {
  for (const phrase of cues.accordingTo) {
    for (let k = first - phrase.length; k >= Math.max(sentenceFirst, first - phrase.length - 6); k--) {
      if (!phrase.every((w, n) => toks[k + n]!.norm === w)) continue;
      if (toks.slice(k + phrase.length, first).every((t) => fillers.has(t.norm))) return true;
    }
  }
  return false;
}

/** Sets `source: true` on mentions that speak or are cited in their sentence. */
export function markSources(text: string, toks: readonly Token[], mentions: ActorMention[], sentenceTokenRange: (s: number) => [number, number]): void {
  for (const m of mentions) {
    const [from, to] = sentenceTokenRange(m.sentence);
    const first = firstTokenAfter(toks, m.start);
    const after = firstTokenAfter(toks, m.end);
    if (speakerVerbAfter(text, toks, m.end, after, to) >= 0 || attributedBefore(toks, first, from)) m.source = true;
  }
}
