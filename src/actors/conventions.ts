/**
 * ACLED's coding conventions by event type, over the roles read from the
 * sentence: protesters are actor1 of a protest even when police use force on
 * them; violence against civilians has civilians on side 2, named from the
 * trigger when the text only implies them. Rules: data/type-conventions.json.
 */
import table from './data/type-conventions.json';
import type { ActorMention, Doc, TriggerMention } from '../pipeline/doc';
import type { EventType, SubEventType } from '../schema/vocab';
import { GENERIC_RULES } from './generic-rules';
import { genericActorName, NON_STATE_ARMED } from './generic';
import { actorMention, renamed } from './mention';

interface Convention {
  crowd?: string[];
  crowdRule?: string;
  opponents?: string[];
  opponentsBySubType?: Record<string, string[]>;
  noOpponent?: string[];
  victims?: string;
  victimsRule?: string;
  victimScope?: 'incident' | 'sentence';
  synthesizeVictims?: boolean;
  loneActorIsAttacker?: boolean;
  loneActorIsAttackerSubTypes?: string[];
  impliedActor1?: { subTypes: string[]; rule: string; unlessNonStateWords: string[] };
  victimsFromCountWords?: string[];
}

const conventions = table.byEventType as Partial<Record<EventType, Convention>>;
const subTypeConventions = table.bySubEventType as Partial<Record<SubEventType, Convention>>;

export interface Sides {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
}

/** The incident's mentions, the trigger's sentence first, then by distance. */
function incidentMentions(doc: Doc, trigger: TriggerMention, sentences: readonly number[]): ActorMention[] {
  const wanted = new Set([trigger.sentence, ...sentences]);
  return doc.actors.filter((m) => wanted.has(m.sentence))
    .sort((a, b) => Math.abs(a.sentence - trigger.sentence) - Math.abs(b.sentence - trigger.sentence) || a.start - b.start);
}

/** A generic actor named from the trigger's words, in the article's country. */
function fromTrigger(doc: Doc, trigger: TriggerMention, ruleId: string, country: string | null, convention: string): ActorMention | null {
  const rule = GENERIC_RULES.find((r) => r.id === ruleId);
  if (!rule) return null;
  return actorMention(trigger.start, trigger.end, trigger.text, trigger.sentence,
    { name: genericActorName(rule, country), type: rule.type, known: true, country, generic: true, rule: `roles.convention.${convention}` });
}

/** "Protesters threw stones": in a riot they are coded as rioters, with the same words as evidence. */
function asCrowd(m: ActorMention, ruleId: string, country: string | null): ActorMention {
  const rule = GENERIC_RULES.find((r) => r.id === ruleId);
  if (!rule || rule.type === m.type) return m;
  return renamed(m, { name: genericActorName(rule, m.country ?? country), type: rule.type, known: m.known, country: m.country, generic: m.generic, rule: `${m.rule}.as_${ruleId}` });
}

/**
 * "Airstrikes hit Idlib": only a state flies warplanes, so an air strike nobody is named for is the
 * forces of the event's country (of the country that rule overrides it with: Israel's in Gaza),
 * under the dictionary's name for them when the article has one ("Military Forces of Syria (2000-2024)").
 */
function impliedActor1(doc: Doc, trigger: TriggerMention, c: Convention, mentions: readonly ActorMention[], actor2: ActorMention | null): ActorMention | null {
  const implied = c.impliedActor1;
  if (!implied || !implied.subTypes.includes(trigger.sub_event_type)) return null;
  const words = trigger.text.toLowerCase().split(/[^\p{L}]+/u);
  const nonState = doc.actors.some((m) => NON_STATE_ARMED.has(m.type) && m.name !== actor2?.name);
  if (nonState && words.some((w) => implied.unlessNonStateWords.includes(w))) return null;
  const rule = GENERIC_RULES.find((r) => r.id === implied.rule);
  const here = eventCountry(doc, mentions);
  if (!rule || !here) return null;
  const country = rule.countryOverrides?.[here] ?? here;
  const base = genericActorName(rule, country);
  const named = doc.actors.find((m) => m.type === rule.type && m.country === country && m.name.startsWith(base));
  return actorMention(trigger.start, trigger.end, trigger.text, trigger.sentence,
    { name: named?.name ?? base, type: rule.type, known: true, country, generic: true, rule: 'roles.convention.implied_actor1' });
}

/** "killing two people": the incident's dead or wounded are told only as people, with no armed part among them. */
function countsPeople(doc: Doc, trigger: TriggerMention, sentences: readonly number[], c: Convention): boolean {
  const words = c.victimsFromCountWords;
  if (!words) return false;
  const wanted = new Set([trigger.sentence, ...sentences]);
  return doc.counts.some((n) => wanted.has(n.sentence) && !n.cumulative && (n.category === 'killed' || n.category === 'injured')
    && Object.keys(n.breakdown).every((k) => k === 'civilians') && n.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => words.includes(w)));
}

function eventCountry(doc: Doc, mentions: readonly ActorMention[]): string | null {
  return doc.focusCountry ?? mentions.find((m) => m.country)?.country ?? null;
}

/** The crowd's opponent: the side the trigger's sentence acted upon, else the incident's mentions by preferred type. */
function opponentOf(c: Convention, trigger: TriggerMention, sides: Sides, mentions: readonly ActorMention[], crowd: ActorMention | null): ActorMention | null {
  if (c.noOpponent!.includes(trigger.sub_event_type)) return null;
  const types = c.opponentsBySubType?.[trigger.sub_event_type] ?? c.opponents!;
  const usable = (m: ActorMention | null): m is ActorMention => !!m && m.name !== crowd?.name && types.includes(m.type);
  // The sentence's own object wins, unless the sub-event type has its own order ("a mob" attacks civilians first).
  if (usable(sides.actor2) && (!c.opponentsBySubType?.[trigger.sub_event_type] || sides.actor2.type === types[0])) return sides.actor2;
  const pool = [sides.actor1, ...mentions].filter(usable);
  for (const type of types) {
    const m = pool.find((x) => x.type === type);
    if (m) return m;
  }
  return null;
}

export function applyConventions(doc: Doc, trigger: TriggerMention, sentences: readonly number[], sides: Sides): Sides & { rule: string | null } {
  const c = subTypeConventions[trigger.sub_event_type] ?? conventions[trigger.event_type];
  if (!c) return { ...sides, rule: null };
  const mentions = incidentMentions(doc, trigger, sentences);
  const country = (): string | null => eventCountry(doc, mentions);
  if (c.crowd) {
    const found = mentions.find((m) => c.crowd!.includes(m.type));
    const crowd = found ? asCrowd(found, c.crowdRule!, country()) : fromTrigger(doc, trigger, c.crowdRule!, country(), 'crowd');
    return { actor1: crowd, actor2: opponentOf(c, trigger, sides, mentions, crowd), rule: 'roles.convention.crowd' };
  }
  let { actor1, actor2 } = sides;
  const implied = actor1 ? null : impliedActor1(doc, trigger, c, mentions, actor2);
  if (implied && implied.name !== actor2?.name) actor1 = implied;
  const rules = (...more: (string | null)[]): string | null => [actor1 === implied ? implied?.rule : null, ...more].filter(Boolean).join('+') || null;
  if (!c.victims || actor2?.type === c.victims) return { actor1, actor2, rule: rules() };
  const loneAttacker = c.loneActorIsAttacker || !!c.loneActorIsAttackerSubTypes?.includes(trigger.sub_event_type);
  if (actor2 && !actor1 && loneAttacker && NON_STATE_ARMED.has(actor2.type)) {
    // "A suicide bomber struck a market": the only actor named is the attacker.
    actor1 = actor2;
    actor2 = null;
  } else if (actor2?.generic && NON_STATE_ARMED.has(actor2.type) && actor1?.type !== 'state_forces') {
    // "Boko Haram ... suicide bombers": the attacker's own unnamed wording, not a victim (a state's strike on "militants" is on them).
    actor2 = null;
  }
  if (actor2) return { actor1, actor2, rule: rules() };
  const scope = c.victimScope === 'sentence' ? mentions.filter((m) => m.sentence === trigger.sentence) : mentions;
  const victims = scope.find((m) => m.type === c.victims && m.name !== actor1?.name)
    ?? (c.synthesizeVictims || countsPeople(doc, trigger, sentences, c) ? fromTrigger(doc, trigger, c.victimsRule!, country() ?? actor1?.country ?? null, 'victims') : null);
  return { actor1, actor2: victims, rule: rules(victims ? 'roles.convention.victims' : null) };
}
