/**
 * Every CountMention of the stage is made here, with all its fields in one
 * order, `vague` and `subset` included: objects of one kind built with
 * different fields make V8 deoptimise every function that reads them ("wrong
 * map"), here and in the events stage, in every thread.
 */
import type { CountMention } from '../pipeline/doc';
import type { CountCategory } from '../schema/vocab';

export function mentionOf(
  start: number, end: number, text: string, sentence: number, category: CountCategory,
  value: number, min: number, max: number | null, approximate: boolean, vague: string | undefined,
  cumulative: boolean, breakdown: Record<string, number>, subset: boolean, rule: string,
): CountMention {
  return { start, end, text, sentence, category, value, min, max, approximate, vague, cumulative, breakdown, subset, rule };
}

/** A copy of `m` with another figure and rule (the other fields kept). */
export function withFigure(m: CountMention, value: number, min: number, max: number | null, breakdown: Record<string, number>, rule: string): CountMention {
  return mentionOf(m.start, m.end, m.text, m.sentence, m.category, value, min, max, m.approximate, m.vague, m.cumulative, breakdown, !!m.subset, rule);
}
