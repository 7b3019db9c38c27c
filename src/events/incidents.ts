/**
 * Groups trigger sentences into incidents: the sentences about one incident
 * become one group; a different place, a different date, a different event
 * type or a break cue ("Earlier, …", "In a separate attack …") starts another.
 * A retold incident later in the story (same type, no conflicting place or
 * date) joins its first telling instead of becoming a duplicate.
 */
import type { DateMention, Doc, PlaceMention, TriggerMention } from '../pipeline/doc';
import { isoOf, parseIsoDay } from '../dates/calendar';
import { triggerRule } from './lexicon';
import { finer, mostPrecise } from './precision';
import cues from './incidents.json';

const BREAK_CUE = new RegExp(cues.breakCues);
const EARLIER_CUE = new RegExp(cues.earlierCues);
const RUNNING_CUE = new RegExp(cues.runningCue, 'i');
const ANAPHORIC_CUE = new RegExp(cues.anaphoricCue, 'i');
const ACTOR_OPENING = new RegExp(cues.actorOpening, 'i');
const REPORTING_CUE = new RegExp(cues.reportingCue);
const RETELLING_CUE = new RegExp(cues.retellingCue);
const SUBSIDIARY: ReadonlySet<string> = new Set(cues.subsidiary);
const FAMILIES: Readonly<Record<string, string>> = cues.families;
// Cue and date prefixes are short: the look-behind reads at most this many characters.
const LOOK_BEHIND = 40;
/** A headline and the lead sentence under it: where a story states its news, in whatever tense. */
export const LEAD_SENTENCES = 2;
// A subsidiary development this close after its incident belongs to it even where another place is named ("told reporters in Kismayo").
const SUBSIDIARY_REACH = 2;
// A consequence sentence (a toll with no cue) continues the incident told in its own or the previous paragraph.
const CONSEQUENCE_PARAGRAPHS = 1;
// ... and may be told on a day up to this many days after the incident's.
const CONSEQUENCE_DAYS = 3;

export interface Incident {
  triggers: TriggerMention[];
  /** Sentences holding the incident's triggers, in text order. */
  sentences: number[];
  /** Non-trigger sentences that continue the incident in its paragraph (counts, dates). */
  satellites: number[];
  /** What its triggers have in common (see familyOf); null while only generic cues typed it. */
  family: string | null;
  place: PlaceMention | null;
  date: { mention: DateMention; value: string | null } | null;
  /** The incident was introduced as earlier than the story ("Earlier, …"). */
  earlier: boolean;
}

// A date this close after a cue, with no clause break between, says when the cue's act happened.
const CUE_DATE_REACH = 80;
const CLAUSE_END = /[;:!?]|\.\s/;
const SPAN_OPENING = /^(?:since|until|till|by|from|after|before)\b/i;

/**
 * "officers acknowledged on Tuesday that soldiers killed dozens of civilians more than 15 years
 * ago": the first date after the unit's first cue, in its clause, is history; the sentence's other
 * day is the report's.
 */
function toldAsHistory(doc: Doc, unit: Unit): boolean {
  const t = unit.triggers[0];
  const dates = spansIn(doc, t.sentence).dates;
  const next = dates.find((d) => d.start >= t.end);
  if (!next || next.start - t.end > CUE_DATE_REACH || CLAUSE_END.test(doc.text.slice(t.end, next.start))) return false;
  // "the worst attack since April" compares with a span up to now; "Late last month, three soldiers were killed …" opens on its own day.
  if (SPAN_OPENING.test(next.text)) return false;
  const from = doc.sentences[t.sentence].start;
  if (dates.some((d) => !d.background && d.start < t.start && OPENING_DATE.test(doc.text.slice(from, d.start)))) return false;
  return next.background === true && !NOT_HISTORY.has(next.rule);
}

/** Place and date of one sentence, as far as it states them. */
interface SentenceFacts {
  place: PlaceMention | null;
  /** The sentence's first incident date, not a date of the report ("said on Monday"). */
  date: DateMention | null;
  /** Sentence has dates, but only background ones: history, not the news. */
  historic: boolean;
  /** A present-perfect total or history ("has killed thousands") with no day of its own. */
  running: boolean;
  breaks: boolean;
  earlier: boolean;
}

interface SentenceSpans { dates: DateMention[]; places: PlaceMention[] }

const spanIndex = new WeakMap<Doc, Map<number, SentenceSpans>>();
const NO_SPANS: SentenceSpans = { dates: [], places: [] };

/** A sentence's dates and event places, indexed once per document (grouping asks for them sentence by sentence). */
function spansIn(doc: Doc, sentence: number): SentenceSpans {
  let index = spanIndex.get(doc);
  if (!index) {
    index = new Map();
    const entry = (s: number) => index!.get(s) ?? index!.set(s, { dates: [], places: [] }).get(s)!;
    for (const d of doc.dates) entry(d.sentence).dates.push(d);
    for (const p of doc.places) if (p.role === 'event') entry(p.sentence).places.push(p);
    spanIndex.set(doc, index);
  }
  return index.get(sentence) ?? NO_SPANS;
}

export function eventPlacesIn(doc: Doc, sentence: number): PlaceMention[] {
  return spansIn(doc, sentence).places;
}

/** "said on Monday": the day of the report, which dates an incident only when nothing else does. */
export function isReportingDate(doc: Doc, d: DateMention): boolean {
  return REPORTING_CUE.test(doc.text.slice(Math.max(0, d.start - LOOK_BEHIND), d.start));
}

/**
 * Dates that can date an incident: not background ("since 2011", "in the
 * past two months"); dates of the incident before dates of the report.
 */
export function datesIn(doc: Doc, sentence: number): DateMention[] {
  const usable = spansIn(doc, sentence).dates.filter((d) => !d.background);
  return [...usable.filter((d) => !isReportingDate(doc, d)), ...usable.filter((d) => isReportingDate(doc, d))];
}

// A span of time ("in the past two months") and a day to come ("would be charged on Thursday") are background dates but not history.
const NOT_HISTORY: ReadonlySet<string> = new Set(['duration', 'weekday_future']);

function factsOf(doc: Doc, sentence: number): SentenceFacts {
  const text = doc.sentences[sentence]?.text ?? '';
  const all = spansIn(doc, sentence).dates;
  const usable = datesIn(doc, sentence);
  return {
    place: mostPrecise(eventPlacesIn(doc, sentence)),
    // The day of a report never splits or dates an incident here; fields.ts falls back to it.
    date: usable.find((d) => !isReportingDate(doc, d)) ?? null,
    historic: usable.length === 0 && all.some((d) => d.background && !NOT_HISTORY.has(d.rule)),
    running: (RUNNING_CUE.test(text) || all.some((d) => d.rule === 'duration')) && !usable.some((d) => d.precision === 'day' && !isReportingDate(doc, d)),
    breaks: BREAK_CUE.test(text),
    earlier: EARLIER_CUE.test(text),
  };
}

function samePlace(a: PlaceMention, b: PlaceMention): boolean {
  if (a.geonameid !== null && a.geonameid === b.geonameid) return true;
  return a.name.toLowerCase() === b.name.toLowerCase();
}

// A province or country contains its towns: "in Syria" does not contradict "in Baghouz".
const BROAD_PRECISION = 3;

// An unresolved name ("the Kisumu-Busia highway near Kondele") is most likely a road or quarter of the town told beside it.
const UNRESOLVED = BROAD_PRECISION;

function placesConflict(a: PlaceMention, b: PlaceMention): boolean {
  if (samePlace(a, b)) return false;
  if ((a.precision ?? UNRESOLVED) >= BROAD_PRECISION || (b.precision ?? UNRESOLVED) >= BROAD_PRECISION) {
    return a.country_code !== null && b.country_code !== null && a.country_code !== b.country_code;
  }
  return true;
}

/**
 * Violent and demonstration events of one type merge into one incident;
 * strategic developments are too unlike each other (an arrest, a surrender),
 * so they merge only with their own sub-event type.
 */
export function familyOf(t: TriggerMention): string {
  const rule = triggerRule(t.rule);
  if (rule.family) return rule.family;
  return t.event_type === 'strategic_developments' ? t.sub_event_type : (FAMILIES[t.event_type] ?? t.event_type);
}

/** "the attack", "in the fighting": the cue names an incident the story has already told. */
function isAnaphoric(doc: Doc, t: TriggerMention): boolean {
  return !ACTOR_OPENING.test(t.text) && ANAPHORIC_CUE.test(doc.text.slice(Math.max(doc.sentences[t.sentence].start, t.start - LOOK_BEHIND), t.start));
}

/** Resolves an anaphoric date ("a day earlier") against the incident told just before it. */
function dateValue(doc: Doc, mention: DateMention, previous: Incident | null): string | null {
  if (!mention.anaphoric) return mention.value;
  const base = previous?.date?.value ?? doc.reference?.value ?? null;
  const day = base ? parseIsoDay(base) : null;
  return day === null ? null : isoOf(day + mention.anaphoric.offsetDays);
}

// A bare "attacked"/"killed" can retell a battle, a bombing, a killing or a riot, never an arrest or a transfer.
const GENERIC_JOINS = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians', 'demonstrations']);

/** Subsidiary developments (weapons seized, arrests after a riot) belong to whatever incident they follow. */
export function isSubsidiary(t: TriggerMention): boolean {
  return SUBSIDIARY.has(t.rule);
}

/** Neither the place nor the date contradicts the incident's. */
function factsAgree(incident: Incident, place: PlaceMention | null, date: string | null): boolean {
  if (place && incident.place && placesConflict(place, incident.place)) return false;
  return !(date && incident.date?.value && date !== incident.date.value);
}

const DAY_MS = 86_400_000;

/**
 * A toll told on a later day is still the incident's ("Two more bodies were
 * found on Monday", "died in hospital on Tuesday"), up to CONSEQUENCE_DAYS
 * after it; an earlier day is another incident.
 */
function consequenceAgrees(incident: Incident, place: PlaceMention | null, date: string | null): boolean {
  if (!factsAgree(incident, place, null)) return false;
  if (!date || !incident.date?.value) return true;
  const days = (Date.parse(date) - Date.parse(incident.date.value)) / DAY_MS;
  return days >= 0 && days <= CONSEQUENCE_DAYS;
}

function compatible(incident: Incident, family: string | null, place: PlaceMention | null, date: string | null): boolean {
  if (!factsAgree(incident, place, date)) return false;
  if (family === null) return incident.family === null || GENERIC_JOINS.has(incident.family);
  return incident.family === null || incident.family === family;
}

function score(incident: Incident, place: PlaceMention | null, date: string | null, sentence: number): number {
  let s = 0;
  if (date && incident.date?.value === date) s += 2;
  if (place && incident.place && samePlace(place, incident.place)) s += 2;
  if (incident.sentences[incident.sentences.length - 1] >= sentence - 1) s += 1;
  return s;
}

type Unit = { family: string | null; triggers: TriggerMention[]; place: PlaceMention | null; date: DateMention | null; anaphoric: boolean };

const subsidiaryUnit = (u: Unit) => u.triggers.every(isSubsidiary);

/**
 * "Clashes in A and air strikes on B": with several cues in one sentence,
 * each takes the place in its own stretch of the sentence, after its cue
 * first ("clashes in A"), else before it ("A was shelled").
 */
function inClause<T extends { start: number }>(spans: T[], t: TriggerMention, all: TriggerMention[]): T | null {
  const others = all.filter((o) => o !== t).map((o) => o.start);
  const next = Math.min(...others.filter((o) => o > t.start), Infinity);
  const previous = Math.max(...others.filter((o) => o < t.start), -Infinity);
  return spans.find((p) => p.start > t.start && p.start < next) ?? spans.filter((p) => p.start < t.start && p.start > previous).pop() ?? null;
}

/** The finest place in the cue's stretch of the sentence ("an attack in Saudi Arabia's Jizan"): after the cue first, else before it (the nearest on ties). */
function clausePlace(doc: Doc, t: TriggerMention, all: TriggerMention[]): PlaceMention | null {
  const places = eventPlacesIn(doc, t.sentence);
  const next = Math.min(...all.filter((o) => o.start > t.start).map((o) => o.start), Infinity);
  const previous = Math.max(...all.filter((o) => o !== t && o.start < t.start).map((o) => o.start), -Infinity);
  return mostPrecise(places.filter((p) => p.start > t.start && p.start < next)) ?? mostPrecise(places.filter((p) => p.start < t.start && p.start > previous).reverse());
}

/**
 * "Gunmen seized five fishermen late Saturday, the military said Monday, as
 * troops clashed …": a date after a cue is its own; one before the first cue
 * ("On Monday, …") dates it; a later cue with no date of its own has none here.
 */
function clauseDate(doc: Doc, t: TriggerMention, all: TriggerMention[]): DateMention | null {
  const dates = datesIn(doc, t.sentence).filter((d) => !isReportingDate(doc, d));
  const first = all.every((o) => o.start >= t.start);
  return first ? inClause(dates, t, all) : inClause(dates.filter((d) => d.start > t.start), t, all);
}

/**
 * The incidents one sentence tells: its cues grouped by family (generic cues
 * form a family of their own, null), split where cues of one family name
 * different places ("an air strike hit A, while B was shelled").
 */
function unitsOf(doc: Doc, triggers: TriggerMention[], sentencePlace: PlaceMention | null, sentenceDate: DateMention | null): Unit[] {
  const units: Unit[] = [];
  for (const t of triggers) {
    const rule = triggerRule(t.rule);
    const family = rule.generic ? null : familyOf(t);
    // A weak cue ("after two days of fighting") is part of its sentence's incident of that kind, wherever it points.
    const place = triggers.length > 1 && rule.strength === 'strong' ? clausePlace(doc, t, triggers) : null;
    // The nearest unit before it: "marched in A, while in B demonstrators blocked roads and stoned police".
    const same = units.filter((u) => u.family === family && !(place && u.place && placesConflict(place, u.place))).pop();
    if (same) {
      same.triggers.push(t);
      if (place && (!same.place || finer(place, same.place))) same.place = place;
    } else units.push({ family, triggers: [t], place, date: null, anaphoric: isAnaphoric(doc, t) });
  }
  for (const u of units) {
    // One incident in the sentence: its finest place ("A car bomb exploded in Tibú" after the dateline's country).
    if (units.length === 1) u.place = sentencePlace;
    else u.place ??= sentencePlace;
    u.date = units.length > 1 ? clauseDate(doc, u.triggers[0], triggers) : sentenceDate;
  }
  return units;
}

function followsFrom(incident: Incident, place: PlaceMention | null, date: string | null, sentence: number): boolean {
  const near = sentence - incident.sentences[incident.sentences.length - 1] <= SUBSIDIARY_REACH;
  return factsAgree(incident, near ? null : place, date);
}

/**
 * "The attackers … shot sporadically into the air": after the lead, a bare cue ("shot",
 * "killed") with no date of its own and no break tells more of the incident just told,
 * wherever the sentence says it was reported ("told journalists in Katsina").
 */
function bareFollowUp(unit: Unit, sentence: number, facts: SentenceFacts): boolean {
  return unit.family === null && sentence >= LEAD_SENTENCES && !facts.breaks && !facts.earlier && !facts.running;
}

/** The latest incident a retelling cue can point back to: one of its kind, or any violent one for a bare "the attack". */
function latestJoinable(incidents: Incident[], family: string | null): Incident | null {
  for (let i = incidents.length - 1; i >= 0; i--) {
    const f = incidents[i].family;
    if (f === family || f === null || (family === null && GENERIC_JOINS.has(f)) || (GENERIC_JOINS.has(f) && family !== null && GENERIC_JOINS.has(family))) return incidents[i];
  }
  return null;
}

/**
 * "… killed 11 displaced people, officials said on Monday. The attackers … struck the camp late on
 * Sunday": a sentence without a cue that retells the incident just told, with a day of its own,
 * gives the date of an incident that has only the day of its report, before a later cue of
 * another day ("clashed on Monday morning") can join it. It reaches as far as a consequence does.
 */
function retellingDate(doc: Doc, incident: Incident, until: number, cued: ReadonlyMap<number, unknown>): Incident['date'] {
  const last = incident.sentences[incident.sentences.length - 1];
  for (let s = last + 1; s < until; s++) {
    if (doc.sentences[s].paragraph - doc.sentences[last].paragraph > CONSEQUENCE_PARAGRAPHS) break;
    if (cued.has(s) || !RETELLING_CUE.test(doc.sentences[s].text)) continue;
    const facts = factsOf(doc, s);
    if (facts.date && !facts.breaks && !facts.earlier && !facts.historic) return { mention: facts.date, value: dateValue(doc, facts.date, incident) };
  }
  return null;
}

/**
 * "Later in the day, hundreds tried to march … When security forces stopped them, the protesters
 * pelted stones": a break or earlier cue opening the sentence just before, in the same paragraph
 * and without a cue of its own, opens the story this sentence goes on with.
 */
function cueBefore(doc: Doc, sentence: number, lastCued: number, cue: RegExp): boolean {
  const before = sentence - 1;
  return before > lastCued && doc.sentences[before].paragraph === doc.sentences[sentence].paragraph && cue.test(doc.sentences[before].text);
}

// "On Monday, …", "Late Tuesday …": a date that opens its sentence sets the paragraph's day.
const OPENING_DATE = /^(?:[A-Za-z]{1,5} )?$/;

/**
 * "On Tuesday, police stopped the marchers. Officers fired tear gas …": a cue
 * sentence with no date of its own most likely tells the incident of the day
 * its paragraph last named (never a background, reporting or relative date).
 * `opens`: that date opened its sentence, so the paragraph is about that day.
 */
function paragraphDate(doc: Doc, sentence: number): { mention: DateMention; opens: boolean } | null {
  const paragraph = doc.sentences[sentence].paragraph;
  for (let s = sentence - 1; s >= 0 && doc.sentences[s].paragraph === paragraph; s--) {
    const d = datesIn(doc, s).filter((m) => !isReportingDate(doc, m) && !m.anaphoric).pop();
    if (d) return { mention: d, opens: OPENING_DATE.test(doc.text.slice(doc.sentences[s].start, d.start)) };
  }
  return null;
}

/** The last event place named before the sentence in its paragraph. */
export function lastPlaceBefore(doc: Doc, sentence: number): PlaceMention | null {
  const paragraph = doc.sentences[sentence].paragraph;
  for (let s = sentence - 1; s >= 0 && doc.sentences[s].paragraph === paragraph; s--) {
    const places = eventPlacesIn(doc, s);
    if (places.length > 0) return places[places.length - 1];
  }
  return null;
}

// "In the northern city of …", "At Kondele, …": a sentence that opens on a place sets where its paragraph is.
const OPENING_PLACE = /^(?:In|At|Near|Outside|Around)\b[^,.;]{0,40}$/;

function openingPlaceBefore(doc: Doc, sentence: number): PlaceMention | null {
  const p = lastPlaceBefore(doc, sentence);
  return p && OPENING_PLACE.test(doc.text.slice(doc.sentences[p.sentence].start, p.start)) ? p : null;
}

export function groupIncidents(doc: Doc): Incident[] {
  const bySentence = new Map<number, TriggerMention[]>();
  for (const t of doc.triggers) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  const incidents: Incident[] = [];
  let previous: Incident | null = null;
  // A paragraph that opened in the past ("On Aug. 7, 1998, …") stays there until a sentence dates the news.
  let historicParagraph = -1;
  let lastCued = -1;
  for (const sentence of [...bySentence.keys()].sort((a, b) => a - b)) {
    if (previous && !previous.date) previous.date = retellingDate(doc, previous, sentence, bySentence);
    const facts = factsOf(doc, sentence);
    facts.breaks ||= cueBefore(doc, sentence, lastCued, BREAK_CUE);
    facts.earlier ||= cueBefore(doc, sentence, lastCued, EARLIER_CUE);
    lastCued = sentence;
    // The day its paragraph named ranks the incidents it may join; it keeps it from joining another day's only when it opened a sentence.
    const borrowed = facts.date ? null : paragraphDate(doc, sentence);
    const borrowedValue = borrowed ? dateValue(doc, borrowed.mention, previous) : null;
    const paragraph = doc.sentences[sentence].paragraph;
    if (facts.historic) historicParagraph = paragraph;
    if (facts.historic || (historicParagraph === paragraph && !facts.date)) continue;
    // "In the northern city of Tripoli, the evening turned violent. Young men threw stones …": the place that opened the paragraph's story.
    const paragraphPlace = facts.place ? null : openingPlaceBefore(doc, sentence);
    for (const unit of unitsOf(doc, bySentence.get(sentence)!, facts.place, facts.date)) {
      if (toldAsHistory(doc, unit)) continue;
      const place = unit.place ?? paragraphPlace;
      const date: string | null = unit.date ? dateValue(doc, unit.date, previous) : null;
      let retold = (unit.anaphoric || bareFollowUp(unit, sentence, facts)) && !unit.date ? latestJoinable(incidents, unit.family) : null;
      // "On Monday, police launched an operation … six gang members were killed in the fighting": a paragraph that
      // opened on another day than the incident's tells that day's incident, not a retelling of this one (a bare
      // "the shooting" there is still the story's one crime, its victim dying a day later).
      const otherDay = unit.family !== null && borrowed?.opens === true && borrowedValue !== null;
      if (retold && otherDay && retold.date?.value && retold.date.value !== borrowedValue) retold = null;
      if (retold) {
        retold.triggers.push(...unit.triggers);
        if (!retold.sentences.includes(sentence)) retold.sentences.push(sentence);
        continue;
      }
      // "among those killed" after the lead, with nothing told to point back to: a non-event (a flood) or history.
      const lead = sentence < LEAD_SENTENCES;
      if (unit.anaphoric && !unit.date && !lead && !otherDay) continue;
      // A running total of violence is background; "5,000 fighters have surrendered" is the development itself.
      // In the lead, a roundup ("a wave of attacks over the past five days killed 11") sums the incidents told after it.
      const roundup = lead && unit.family === null && doc.triggers.some((t) => t.sentence > sentence && !triggerRule(t.rule).generic && !isSubsidiary(t));
      if (facts.running && (!lead || roundup) && !subsidiaryUnit(unit)) continue;
      const follows: Incident | null = subsidiaryUnit(unit) && !facts.breaks && previous && followsFrom(previous, place, date, sentence) ? previous : null;
      const candidates: Incident[] = facts.breaks ? [] : follows ? [follows] : incidents.filter((i) => compatible(i, unit.family, place, date ?? (borrowed?.opens ? borrowedValue : null)));
      let target: Incident | null = null;
      // Ties go to the later incident: the story is most likely still telling it.
      const ranking = date ?? borrowedValue;
      for (const i of candidates) {
        if (!target || score(i, place, ranking, sentence) >= score(target, place, ranking, sentence)) target = i;
      }
      if (!target) {
        target = { triggers: [], sentences: [], satellites: [], family: null, place: null, date: null, earlier: facts.earlier };
        incidents.push(target);
      }
      target.triggers.push(...unit.triggers);
      if (!target.sentences.includes(sentence)) target.sentences.push(sentence);
      // A subsidiary development following an incident does not give it its kind.
      if (target !== follows) target.family ??= unit.family;
      if (place && (!target.place || finer(place, target.place))) target.place = place;
      if (unit.date && !target.date) target.date = { mention: unit.date, value: date };
      previous = target;
    }
  }
  if (previous && !previous.date) previous.date = retellingDate(doc, previous, doc.sentences.length, bySentence);
  attachSatellites(doc, incidents);
  return incidents;
}

/**
 * A non-trigger sentence continues the incident told last before it in the
 * same paragraph, unless it names another place or date. A consequence (a
 * toll with no cue of its own: "At least 40 others were wounded", "2,000
 * families fled") also continues it from the next paragraph, where stories
 * often put it after a quote or a detail.
 */
function attachSatellites(doc: Doc, incidents: Incident[]): void {
  const owner = new Map<number, Incident>();
  for (const i of incidents) for (const s of i.sentences) owner.set(s, i);
  const tolls = new Set(doc.counts.filter((c) => !c.cumulative).map((c) => c.sentence));
  let current: Incident | null = null;
  for (const sentence of doc.sentences) {
    const own = owner.get(sentence.index);
    if (own) { current = own; continue; }
    if (!current) continue;
    const told = Math.max(...current.sentences.filter((s) => s < sentence.index), ...current.satellites);
    const gap = sentence.paragraph - doc.sentences[told].paragraph;
    const toll = tolls.has(sentence.index);
    const reach = toll ? CONSEQUENCE_PARAGRAPHS : 0;
    if (gap > CONSEQUENCE_PARAGRAPHS) { current = null; continue; }
    if (gap > reach) continue;
    const facts = factsOf(doc, sentence.index);
    const date = facts.date ? dateValue(doc, facts.date, current) : null;
    const agrees = toll ? consequenceAgrees(current, facts.place, date) : factsAgree(current, facts.place, date);
    if (facts.historic || facts.breaks || (gap > 0 && facts.running) || !agrees) { current = null; continue; }
    current.satellites.push(sentence.index);
  }
}
