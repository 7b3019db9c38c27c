/**
 * The trigger and negative tables (triggers.json, negatives.json) compiled
 * once per process. Patterns are fixed data reviewed for linear matching:
 * alternations of literals and bounded character classes, no nested quantifiers.
 */
import type { EventType, SubEventType } from '../schema/vocab';
import { eventTypeOf } from '../schema/vocab';
import triggerData from './triggers.json';
import negativeData from './negatives.json';

export interface TriggerRule {
  id: string;
  sub_event_type: SubEventType;
  event_type: EventType;
  priority: number;
  strength: 'strong' | 'weak';
  pattern: RegExp;
  needsContext: boolean;
  generic: boolean;
  object: 'territory' | null;
  absorbedBy: readonly EventType[];
  /** Groups with incidents of this kind instead of its own sub-event type (an interception with the rocket fire). */
  family: string | null;
}

export interface NegativeRule {
  id: string;
  kind: string;
  pattern: RegExp;
  /** Trigger rule ids this cancels in its sentence. */
  suppresses: ReadonlySet<string>;
  /** It also cancels every weak trigger (listed as "weak" in the table). */
  suppressesWeak: boolean;
  /** Only a lower-case (or sentence-initial) match counts: capitalised mid-sentence it is a name. */
  lowercaseOnly: boolean;
}

interface RawTrigger {
  id: string;
  sub_event_type: string;
  priority: number;
  strength: string;
  pattern: string;
  needsContext?: boolean;
  generic?: boolean;
  object?: string;
  absorbedBy?: string[];
  family?: string;
}

export const TRIGGER_RULES: readonly TriggerRule[] = (triggerData.rules as RawTrigger[]).map((r) => {
  const sub = r.sub_event_type as SubEventType;
  return {
    id: r.id,
    sub_event_type: sub,
    event_type: eventTypeOf(sub),
    priority: r.priority,
    strength: r.strength === 'weak' ? 'weak' : 'strong',
    pattern: new RegExp(r.pattern, 'gi'),
    needsContext: r.needsContext ?? false,
    generic: r.generic ?? false,
    object: r.object === 'territory' ? 'territory' : null,
    absorbedBy: (r.absorbedBy ?? []) as EventType[],
    family: r.family ?? null,
  };
});

const byId = new Map(TRIGGER_RULES.map((r) => [r.id, r]));

export function triggerRule(id: string): TriggerRule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown trigger rule: ${id}`);
  return rule;
}

interface RawNegative { id: string; kind: string; pattern: string; suppresses: string | string[]; lowercaseOnly?: boolean }

export const NEGATIVE_RULES: readonly NegativeRule[] = (negativeData.sentence as RawNegative[]).map((n) => {
  const listed = typeof n.suppresses === 'string' ? [n.suppresses] : n.suppresses;
  return {
    id: n.id,
    kind: n.kind,
    pattern: new RegExp(n.pattern, 'gi'),
    suppresses: new Set(listed.filter((s) => s !== 'weak')),
    suppressesWeak: listed.includes('weak'),
    lowercaseOnly: n.lowercaseOnly ?? false,
  };
});

// "PESHAWAR (AP) — Flash floods …": a capital after a dateline dash opens the sentence proper.
const OPENING = /(?:^|[—–:"(]|\s-)\s*$/;

/** Does the negative apply to this sentence? `pattern`: the rule's own, or one with its matches there (prefilter.ts). */
export function negativeMatches(rule: NegativeRule, sentence: string, pattern: RegExp = rule.pattern): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const first = m[0][0];
    if (!rule.lowercaseOnly || first === first.toLowerCase() || OPENING.test(sentence.slice(Math.max(0, m.index - 4), m.index))) return true;
  }
  return false;
}

export const CONFLICT_CONTEXT = new RegExp(negativeData.conflictContext, 'gi');
export const CRIME_CONTEXT = new RegExp(negativeData.crimeContext, 'gi');

export const CONFLICT_COUNTRIES: ReadonlySet<string> = new Set(negativeData.conflictCountries.codes);

export const OBJECT_WORDS = {
  territory: triggerData.objects.territory,
  people: triggerData.objects.people,
  window: triggerData.objects.window,
  /** A cue ending so ("took control of") takes a capitalised name after it as a place. */
  namedAfter: new RegExp(triggerData.objects.namedAfter, 'i'),
};

export const RETYPE = triggerData.retype;

export const ABSORB_STOP = new RegExp(triggerData.absorbStop.pattern, 'i');

export const GRIEVANCE = { before: new RegExp(triggerData.grievance.pattern), of: new Set<string>(triggerData.grievance.of) };
