/**
 * "Al-Shabaab attacked a base. The group said it killed ten soldiers": "the
 * group" (also "the jihadist movement", ...) names the last named non-state
 * armed group of the sentences just before. Cue words: data/role-cues.json.
 */
import cues from './data/role-cues.json';
import type { ActorMention, Doc } from '../pipeline/doc';
import { NON_STATE_ARMED, possessiveModifier } from './generic';
import { normAt, WordSet, type Token } from './tokens';
import { actorMention } from './mention';

const heads = new WordSet(cues.groupAnaphora.heads);
const modifiers = new Set(cues.groupAnaphora.modifiers);

/** Token index of "the" opening an anaphoric phrase that ends at head `k`, or -1. */
function phraseStart(toks: readonly Token[], k: number, first: number): number {
  let j = k - 1;
  while (j >= first && modifiers.has(toks[j]!.norm) && k - j <= 2) j--;
  return j >= first && toks[j]!.norm === 'the' ? j : -1;
}

/**
 * Mentions for anaphoric group phrases in the sentences' token ranges; `mentions` must be sorted by
 * start. Generic mentions inside a returned phrase are to be dropped by the caller.
 */
export function groupAnaphora(doc: Doc, toks: readonly Token[], ranges: ReadonlyMap<number, [number, number]>, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [sentence, [from, to]] of ranges) {
    for (let k = from + 1; k < to; k++) {
      if (!heads.has(toks[k]!.norm) || toks[k]!.raw !== toks[k]!.norm) continue;
      // "the group of gunmen" is no anaphora; "the group's fighters" is.
      if (normAt(toks, k + 1) === 'of') continue;
      const start = phraseStart(toks, k, from);
      if (start < 0) continue;
      const at = toks[start]!.start;
      const end = toks[k]!.end;
      // A generic wording inside the phrase ("militant", "militia") gives way; any other overlap stands.
      if (mentions.some((m) => m.start < end && at < m.end && !(m.generic && at <= m.start && m.end <= end))) continue;
      const antecedent = [...mentions].reverse().find((m) => m.start < at && m.sentence >= sentence - cues.groupAnaphora.sentencesBack
        && m.known && !m.generic && NON_STATE_ARMED.has(m.type) && !possessiveModifier(doc.text, m));
      if (!antecedent) continue;
      out.push(actorMention(at, end, doc.text.slice(at, end), sentence, { name: antecedent.name, type: antecedent.type, known: true, country: antecedent.country, generic: false, rule: 'actors.anaphora.group' }));
    }
  }
  return out;
}
