/**
 * Turns the stages' spans into event drafts (records without id/source): one
 * per incident (incidents.ts), typed by its strongest trigger, with actors
 * from the actors stage's role assignment and date, place and counts chosen
 * in fields.ts. Drafts come out ordered by their first evidence offset.
 */
import type { ActorMention, Doc, RoleAssignment, TriggerMention } from '../pipeline/doc';
import type { Resources } from '../pipeline/resources';
import type { ActorValue, EventRecord, LocationValue } from '../schema/event';
import { eventTypeOf, type EventType, type SubEventType } from '../schema/vocab';
import { assignRoles } from '../actors';
import { RETYPE, triggerRule } from './lexicon';
import { LEAD_SENTENCES, familyOf, groupIncidents, isSubsidiary, type Incident } from './incidents';
import { findTriggers, hasConflictContext } from './triggers';
import { chooseCounts, chooseDate, chooseLocation, incidentSentences, type DateChoice, type LocationChoice } from './fields';
import { mergeSameEvents } from './merge';
import cues from './incidents.json';

export type EventDraft = Omit<EventRecord, 'id' | 'source'>;

const ARMED = new Set<string>(RETYPE.armedTypes);
const CRIME_FOLLOW_UPS: ReadonlySet<string> = new Set(cues.crimeFollowUps);

/**
 * The incident's typing trigger: specific before generic, generic before a
 * subsidiary development that joined it (weapons seized after "the attack" do
 * not retype it, an arrest that opened the incident does), then by priority,
 * then the first.
 */
function strongest(incident: Incident): TriggerMention {
  const joined = (t: TriggerMention) => isSubsidiary(t) && familyOf(t) !== incident.family;
  const tier = (t: TriggerMention) => (triggerRule(t.rule).generic ? 1000 : joined(t) ? 0 : 2000);
  const triggers = incident.triggers;
  const rank = (t: TriggerMention) => tier(t) + t.priority;
  return triggers.reduce((a, b) => (rank(b) > rank(a) || (rank(b) === rank(a) && b.start < a.start) ? b : a));
}

interface Typing { event_type: EventType; sub_event_type: SubEventType; rule: string }

/**
 * Settles what the words alone cannot: an attack on an armed side is a
 * battle, not violence against civilians; territory taken by state forces is
 * regained, by a named non-state group overtaken ("recaptured" by an
 * unnamed militia stays regained); the most severe outcome types the
 * incident (RETYPE.lethal: an abduction that killed is an attack, tear gas
 * that came with deaths excessive force).
 */
function typeOf(trigger: TriggerMention, roles: RoleAssignment, killed: boolean): Typing {
  const base = { event_type: trigger.event_type, sub_event_type: trigger.sub_event_type, rule: trigger.rule };
  const lethal = (RETYPE.lethal as Record<string, string>)[trigger.sub_event_type];
  if (killed && lethal) return { event_type: eventTypeOf(lethal as SubEventType), sub_event_type: lethal as SubEventType, rule: `${trigger.rule}>lethal` };
  const actor1 = roles.actor1?.type;
  const actor2 = roles.actor2?.type;
  if (trigger.sub_event_type === 'attack' && actor2 && ARMED.has(actor2) && (!actor1 || ARMED.has(actor1))) {
    const t = RETYPE.armedTarget;
    return { event_type: t.event_type as EventType, sub_event_type: t.sub_event_type as SubEventType, rule: `${trigger.rule}>armed_target` };
  }
  const regainedByUnnamed = trigger.sub_event_type === RETYPE.territoryByState && roles.actor1?.generic === true;
  if (trigger.event_type === 'battles' && trigger.sub_event_type !== 'armed_clash' && actor1 && !regainedByUnnamed) {
    const sub = (actor1 === 'state_forces' ? RETYPE.territoryByState : RETYPE.territoryByNonState) as SubEventType;
    if (sub !== trigger.sub_event_type) return { ...base, sub_event_type: sub, rule: `${trigger.rule}>${actor1}` };
  }
  return base;
}

/** Crime kept on request: a shooting or killing is an attack on civilians, whoever the victim; other types stand. */
function crimeTyping(trigger: TriggerMention): Typing {
  if (trigger.event_type !== 'battles' && trigger.event_type !== 'violence_against_civilians') {
    return { event_type: trigger.event_type, sub_event_type: trigger.sub_event_type, rule: trigger.rule };
  }
  const sub = trigger.event_type === 'violence_against_civilians' ? trigger.sub_event_type : 'attack';
  return { event_type: 'violence_against_civilians', sub_event_type: sub, rule: `${trigger.rule}>crime` };
}

function actorValue(m: ActorMention | null, roleRule: string): ActorValue | null {
  if (!m) return null;
  return { name: m.name, type: m.type, known: m.known, text: m.text, start: m.start, end: m.end, rule: `${roleRule}/${m.rule}` };
}

/** How complete the record is: each field found in the incident's own text adds its share. */
function confidenceOf(specific: boolean, date: DateChoice, location: LocationChoice, roles: RoleAssignment, hasCounts: boolean): number {
  let c = 0.25;
  if (specific) c += 0.15;
  c += { text: 0.2, paragraph: 0.15, reference: 0.05, none: 0 }[date.found];
  const place = { text: 0.2, article: 0.1, country: 0.05, none: 0 }[location.found];
  c += location.value && location.value.lat === null ? place / 2 : place;
  if (roles.actor1) c += 0.1;
  if (roles.actor2) c += 0.05;
  if (hasCounts) c += 0.05;
  return Math.round(Math.min(1, c) * 100) / 100;
}

function draftOf(doc: Doc, incident: Incident, crime: boolean, story: Story, incidents: readonly Incident[]): EventDraft | null {
  const trigger = strongest(incident);
  const sentences = incidentSentences(incident);
  const roles = assignRoles(doc, trigger, sentences);
  const { counts, mentions } = chooseCounts(doc, incident, incidents);
  const specific = !triggerRule(trigger.rule).generic;
  // A bare "killed" or "attacked" makes a record only with someone acting, a target or a toll to report;
  // civilians count as the target only beside the cue in a headline or lead, where the story states its news.
  const leadVictim = roles.actor2?.sentence === trigger.sentence && trigger.sentence < LEAD_SENTENCES;
  const target = roles.actor2 && (roles.actor2.type !== 'civilians' || leadVictim);
  const someone = roles.actor1 !== null || Boolean(target);
  if (!specific && !someone && mentions.length === 0) return null;
  const typing = crime ? crimeTyping(trigger) : typeOf(trigger, roles, (counts.killed?.value ?? 0) > 0);
  const date = chooseDate(doc, incident, story.date);
  const location = chooseLocation(doc, incident, nearbyPlace(doc, incident, story));
  // Evidence: the trigger sentences, and any other sentence a count or the date was read from.
  const holds = (s: number, offset: number | null) => offset !== null && doc.sentences[s].start <= offset && offset < doc.sentences[s].end;
  const evidenceSentences = sentences.filter(
    (s) => incident.sentences.includes(s) || mentions.some((m) => m.sentence === s) || holds(s, date.start),
  );
  const { found: _found, ...dateValue } = date;
  return {
    event_type: typing.event_type,
    sub_event_type: typing.sub_event_type,
    type_rule: typing.rule,
    type_text: trigger.text,
    date: dateValue,
    location: location.value,
    actor1: actorValue(roles.actor1, roles.rule),
    actor2: actorValue(roles.actor2, roles.rule),
    counts,
    evidence: evidenceSentences.map((s) => ({ text: doc.sentences[s].text, start: doc.sentences[s].start, end: doc.sentences[s].end })),
    confidence: confidenceOf(specific, date, location, roles, mentions.length > 0),
  };
}

/** Where the story is: the latest date and place the text gave an incident, and the paragraph that told the place. */
interface Story { date: DateChoice | null; place: LocationValue | null; paragraph: number }

// An incident with no place of its own happened where the one told just before it did, if that was told in this or the previous paragraph.
const STORY_PLACE_PARAGRAPHS = 1;

function nearbyPlace(doc: Doc, incident: Incident, story: Story): LocationValue | null {
  const paragraph = doc.sentences[incident.sentences[0]].paragraph;
  return paragraph - story.paragraph <= STORY_PLACE_PARAGRAPHS && !incident.earlier ? story.place : null;
}

export interface BuildOptions {
  /**
   * Keep ordinary crime (US-style shootings with no armed group or political
   * motive) as violence_against_civilians/attack records; by default such
   * articles yield none, as ACLED would not code them.
   */
  includeCrime?: boolean;
}

/**
 * Ordinary crime: the arrest of a suspect is the investigation of the crime told
 * beside it, not an event of its own; only a story that tells nothing but the
 * arrest keeps it as its record.
 */
function withoutFollowUps(triggers: TriggerMention[]): TriggerMention[] {
  const crimes = triggers.filter((t) => !CRIME_FOLLOW_UPS.has(t.rule));
  return crimes.length > 0 ? crimes : triggers;
}

export function buildEvents(doc: Doc, _resources: Resources, options: BuildOptions = {}): EventDraft[] {
  // The triggers stage dropped crime cues for lack of a conflict context; only then is a second scan needed.
  const crime = options.includeCrime === true && !hasConflictContext(doc);
  if (crime) doc.triggers = withoutFollowUps(findTriggers(doc, { includeCrime: true }));
  const drafts: EventDraft[] = [];
  const story: Story = { date: null, place: null, paragraph: -Infinity };
  const incidents = groupIncidents(doc);
  for (const incident of incidents) {
    const draft = draftOf(doc, incident, crime, story, incidents);
    if (!draft) continue;
    drafts.push(draft);
    if (draft.date.start !== null && !draft.date.rule.startsWith('reference')) story.date = { ...draft.date, found: 'paragraph' };
    const told = draft.location?.start ?? null;
    if (told !== null && !draft.location!.rule.startsWith('article') && !draft.location!.rule.startsWith('story_')) {
      story.place = draft.location;
      story.paragraph = doc.sentences[Math.max(...incidentSentences(incident))].paragraph;
    }
  }
  const merged = mergeSameEvents(drafts.sort((a, b) => a.evidence[0].start - b.evidence[0].start), crime);
  doc.trace.push(`events: ${merged.length} record(s) from ${doc.triggers.length} trigger(s)`);
  return merged;
}
