/**
 * Every actor mention is made here: one property order, `source` always set. Mentions built by
 * object spreads, or given `source` only later, each had a hidden class of their own, so the
 * functions reading them were deoptimised again and again ("wrong map"), and the spreads were
 * the costliest lines of the stage's mention building.
 */
import type { ActorMention } from '../pipeline/doc';
import type { ActorType } from '../schema/vocab';

/** Who a mention names, and by which rule. */
export interface Actor {
  name: string;
  type: ActorType;
  known: boolean;
  country: string | null;
  generic: boolean;
  rule: string;
}

export function actorMention(start: number, end: number, text: string, sentence: number, who: Actor, source = false): ActorMention {
  return { start, end, text, sentence, name: who.name, type: who.type, known: who.known, country: who.country, generic: who.generic, source, rule: who.rule };
}

/** The same words read as naming `who` ("the militants" resolved to a group, a crowd coded as rioters). */
export function renamed(m: ActorMention, who: Actor): ActorMention {
  return actorMention(m.start, m.end, m.text, m.sentence, who, m.source);
}
