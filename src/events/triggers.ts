/**
 * Event-type cues (triggers.json) found sentence by sentence, then filtered:
 * cues needing an armed-conflict or political context are dropped in articles
 * without one (ordinary crime), sentence-level negatives (negatives.json:
 * disasters, accidents, sport, figurative use, statistics, …) cancel the cues
 * they name, a territory cue must take a place as its object, and within one
 * sentence a generic or absorbed cue gives way to the specific one. A literal
 * index (prefilter.ts) runs on each sentence only the rule alternatives it can match.
 */
import type { Doc, Sentence, TriggerMention } from '../pipeline/doc';
import { LiteralIndex, type LiteralScan, type Selection } from './prefilter';
import { ABSORB_STOP, CONFLICT_CONTEXT, CONFLICT_COUNTRIES, CRIME_CONTEXT, GRIEVANCE, NEGATIVE_RULES, OBJECT_WORDS, negativeMatches, TRIGGER_RULES, triggerRule, type NegativeRule, type TriggerRule } from './lexicon';

const CLAUSE_BREAK = /[,;:.!?"]|\b(?:when|after|as|while|before|because|but|and then)\b/i;
const TERRITORY = new RegExp(`\\b(?:${OBJECT_WORDS.territory.join('|')})\\b`, 'gi');
const PEOPLE = new RegExp(`\\b(?:${OBJECT_WORDS.people.join('|')})\\b`, 'gi');

const PASSIVE = /\b(?:was|were|been|being|is|are)\s(?:[a-z]{2,15}ly\s)?$/i;
const SUBJECT_FIRST = /^(?:fell to|(?:completely |fully )?under|(?:is|are|was|now) in)\b/i;

type ObjectKind = 'territory' | 'people' | null;

/** The first object word (or event place) in `[from, to)`, reading forwards or backwards. */
function nearestObject(doc: Doc, from: number, to: number, backwards: boolean): ObjectKind {
  const text = doc.text.slice(from, to);
  const hits: { at: number; end: number; kind: ObjectKind }[] = [];
  for (const [re, kind] of [[TERRITORY, 'territory'], [PEOPLE, 'people']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ at: m.index, end: m.index + m[0].length, kind });
  }
  for (const p of doc.places) {
    if (p.role === 'event' && p.start >= from && p.start < to) hits.push({ at: p.start - from, end: p.end - from, kind: 'territory' });
  }
  // "a Border Guard Police outpost": a people word just before a territory word modifies it.
  const heads = hits.filter((h) => !(h.kind === 'people' && hits.some((t) => t.kind === 'territory' && t.at === h.end + 1)));
  if (heads.length === 0) return null;
  heads.sort((a, b) => (backwards ? b.at - a.at : a.at - b.at));
  return heads[0].kind;
}

// "took control of Masisi": a capitalised word right after the cue.
const NAME_AHEAD = /^\s+(?:the\s)?[A-Z]/;

/** "captured the town" yes, "captured 157 fighters" no: the verb's nearest object decides. */
function takesTerritory(doc: Doc, sentence: Sentence, start: number, end: number): boolean {
  const after = doc.text.slice(end, Math.min(sentence.end, end + OBJECT_WORDS.window));
  const cut = CLAUSE_BREAK.exec(after);
  const forward = nearestObject(doc, end, end + (cut ? cut.index : after.length), false);
  if (forward) return forward === 'territory';
  if (OBJECT_WORDS.namedAfter.test(doc.text.slice(start, end)) && NAME_AHEAD.test(after)) return true;
  const before = doc.text.slice(Math.max(sentence.start, start - OBJECT_WORDS.window), start);
  // Only a passive ("the town was recaptured") or "fell to" takes its territory before the verb.
  if (!PASSIVE.test(before) && !SUBJECT_FIRST.test(doc.text.slice(start, end))) return false;
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  return nearestObject(doc, start - before.length + clauseStart + 1, start, true) === 'territory';
}

export interface TriggerOptions {
  /** Keep ordinary crime: shootings and killings need no conflict context, and crime wording cancels nothing. */
  includeCrime?: boolean;
}

// Trigger rules; then, scanned only in articles with a cue, the negatives and the two context word lists.
const TRIGGER_INDEX = new LiteralIndex(TRIGGER_RULES.map((r) => r.pattern));
const NEGATIVE_INDEX = new LiteralIndex(NEGATIVE_RULES.map((n) => n.pattern));
const CONTEXT_INDEX = new LiteralIndex([CONFLICT_CONTEXT, CRIME_CONTEXT]);

/** One scan per text, shared by mayHaveTriggers and findTriggers of the same article. */
function lastScanOf(index: LiteralIndex): (text: string) => LiteralScan {
  let text: string | null = null;
  let scan: LiteralScan | null = null;
  return (t) => {
    if (t !== text || !scan) { scan = index.scan(t); text = t; }
    return scan;
  };
}
const triggerScan = lastScanOf(TRIGGER_INDEX);
const negativeScan = lastScanOf(NEGATIVE_INDEX);
const contextScan = lastScanOf(CONTEXT_INDEX);

/** A negative applies to a cue's rule; whether it matches the sentence is read only when it would matter. */
function suppressedIn(doc: Doc, sentence: Sentence, options: TriggerOptions): (rule: TriggerRule) => boolean {
  let where: Selection | null = null;
  const known: (boolean | undefined)[] = [];
  const matches = (n: NegativeRule, i: number) => {
    if (known[i] === undefined) {
      where ??= negativeScan(doc.text).select(sentence.start, sentence.end);
      const pattern = where.regexFor(i);
      known[i] = pattern !== null && negativeMatches(n, sentence.text, pattern);
    }
    return known[i];
  };
  return (rule) =>
    NEGATIVE_RULES.some((n, i) =>
      !(options.includeCrime && n.kind === 'crime') &&
      ((n.suppressesWeak && rule.strength === 'weak') || n.suppresses.has(rule.id)) &&
      matches(n, i));
}

function sentenceTriggers(doc: Doc, sentence: Sentence, scan: LiteralScan, hasContext: () => boolean, options: TriggerOptions): TriggerMention[] {
  const found: { t: TriggerMention; rule: TriggerRule }[] = [];
  const where = scan.select(sentence.start, sentence.end);
  for (let i = 0; i < TRIGGER_RULES.length; i++) {
    const rule = TRIGGER_RULES[i];
    const pattern = where.regexFor(i);
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      found.push({
        t: { start, end, text: m[0], sentence: sentence.index, event_type: rule.event_type, sub_event_type: rule.sub_event_type, priority: rule.priority, rule: rule.id },
        rule,
      });
    }
  }
  if (found.length === 0) return [];
  // The costlier checks run only on the few sentences that carry a cue.
  const suppressed = suppressedIn(doc, sentence, options);
  const holds = ({ t, rule }: { t: TriggerMention; rule: TriggerRule }) =>
    (!rule.needsContext || hasContext()) &&
    !suppressed(rule) &&
    (rule.object !== 'territory' || takesTerritory(doc, sentence, t.start, t.end));
  return settle(doc, withoutGrievances(doc, found.filter(holds).map(({ t }) => t)));
}

// The grievance word and its noun phrase stand just before the cue.
const GRIEVANCE_WINDOW = 40;

/** "marched … demanding a law against lynching": what the crowd protested is not an incident of its own. */
function withoutGrievances(doc: Doc, cues: TriggerMention[]): TriggerMention[] {
  const grievance = (t: TriggerMention) => GRIEVANCE.before.test(doc.text.slice(Math.max(doc.sentences[t.sentence].start, t.start - GRIEVANCE_WINDOW), t.start));
  const crowd = cues.some((t) => GRIEVANCE.of.has(t.event_type) && !grievance(t));
  return crowd ? cues.filter((t) => !grievance(t)) : cues;
}

/** "Thousands marched in A, while in B demonstrators stoned police": a contrast between two cues keeps them apart. */
function sameClause(doc: Doc, a: TriggerMention, b: TriggerMention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return !ABSORB_STOP.test(doc.text.slice(first.end, second.start));
}

/** Within one sentence: overlapping cues keep the higher priority; generic and absorbed cues give way. */
function settle(doc: Doc, found: TriggerMention[]): TriggerMention[] {
  const byPriority = [...found].sort((a, b) => b.priority - a.priority || a.start - b.start);
  const kept: TriggerMention[] = [];
  for (const t of byPriority) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  const specific = kept.filter((t) => !triggerRule(t.rule).generic);
  return kept
    .filter((t) => {
      const rule = triggerRule(t.rule);
      if (rule.generic) return specific.length === 0;
      // Only a specific cue absorbs: a bare "raids" beside "arrested" leaves the arrest standing.
      return !specific.some((o) => o !== t && o.event_type !== t.event_type && rule.absorbedBy.includes(o.event_type) && sameClause(doc, o, t));
    })
    .sort((a, b) => a.start - b.start);
}

function distinctWords(re: RegExp | null, text: string): number {
  if (!re) return 0;
  return new Set(Array.from(text.matchAll(re), (m) => m[0].toLowerCase())).size;
}

/** The country most of the article's event places lie in, when the places stage names no focus country. */
function mostNamedCountry(doc: Doc): string | null {
  const tally = new Map<string, number>();
  for (const p of doc.places) if (p.role === 'event' && p.country_code) tally.set(p.country_code, (tally.get(p.country_code) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of tally) if (best === null || n > tally.get(best)!) best = code;
  return best;
}

/**
 * An article about a country at war, or one whose conflict wording outweighs
 * police-blotter wording: a US shooting story that mentions a soldier stays crime.
 */
export function hasConflictContext(doc: Doc): boolean {
  const cached = contextOf.get(doc);
  if (cached !== undefined) return cached;
  const found = conflictContextOf(doc);
  contextOf.set(doc, found);
  return found;
}

const contextOf = new WeakMap<Doc, boolean>();

function conflictContextOf(doc: Doc): boolean {
  const country = doc.focusCountry ?? mostNamedCountry(doc);
  const where = contextScan(doc.text).select(0, doc.text.length);
  const conflict = distinctWords(where.regexFor(0), doc.text);
  const crime = distinctWords(where.regexFor(1), doc.text);
  // A court report from a country at war with not one conflict word is still ordinary crime.
  if (country && CONFLICT_COUNTRIES.has(country.toUpperCase())) return conflict > 0 || crime === 0;
  return conflict > 0 && conflict > crime;
}

/**
 * Whether the text holds anything a cue rule matches: the rules' own patterns
 * over the whole text. Without a match there is no trigger, whatever the other
 * stages find (they only cancel or retype cues), so such an article can skip
 * them (see analyse). A match across a sentence break only costs that skip.
 */
export function mayHaveTriggers(text: string): boolean {
  const where = triggerScan(text).select(0, text.length);
  for (let i = 0; i < TRIGGER_RULES.length; i++) if (where.matches(i, text)) return true;
  return false;
}

export function findTriggers(doc: Doc, options: TriggerOptions = {}): TriggerMention[] {
  const hasContext = () => options.includeCrime === true || hasConflictContext(doc);
  const scan = triggerScan(doc.text);
  return doc.sentences.flatMap((s) => sentenceTriggers(doc, s, scan, hasContext, options));
}
