/**
 * The counts lexicons, loaded once from the JSON tables next to this file
 * and indexed for token lookup. Rules stay data: add a cue to cues.json, a
 * person noun to groups.json, a scope word to scope.json.
 */
import type { CountCategory } from '../schema/vocab';
import { COUNT_CATEGORIES } from '../schema/vocab';
import cueData from './cues.json';
import groupData from './groups.json';
import scopeData from './scope.json';
import { PhraseTable } from './phrases';

/** One reading of a cue phrase. */
export interface Cue {
  category: CountCategory;
  /** The word that must follow the people ("left 5 _dead_"), for circumfix cues. */
  suffix: string | undefined;
  requiresPerson: boolean;
  /** "shot" counts everyone hit, the dead included (see README.md). */
  shot: boolean;
  /** "unharmed": nobody in the category. */
  zero: boolean;
  /** "left": counts only with a place or object after it ("left Baghouz", "left their homes"). */
  needsObject: boolean;
  /** "died": binds to a singular subject with no auxiliary ("he died"; "he shot" is active). */
  intransitive: boolean;
}

/** Every Cue has all its fields, in one order: cues of one shape keep the functions reading them optimised. */
const cueOf = (category: CountCategory, suffix?: string): Cue =>
  ({ category, suffix, requiresPerson: false, shot: false, zero: false, needsObject: false, intransitive: false });

export interface CategoryCues {
  after: string[];
  before: string[];
  circumfix: string[][];
  nouns: string[];
  tolls: string[];
  requiresPerson?: string[];
  shot?: string[];
  zero?: string[];
  intransitive?: string[];
  notGroups?: string[];
  needsObject?: string[];
}

export const CUES = cueData as unknown as Record<CountCategory, CategoryCues>; // plus nameObjects, read below

function table(pick: (c: CategoryCues, category: CountCategory) => [string, Cue][]): PhraseTable<Cue[]> {
  const grouped = new Map<string, Cue[]>();
  for (const category of COUNT_CATEGORIES) {
    for (const [phrase, cue] of pick(CUES[category], category)) {
      grouped.set(phrase, [...(grouped.get(phrase) ?? []), cue]);
    }
  }
  return new PhraseTable(grouped);
}

function cueFor(c: CategoryCues, category: CountCategory, phrase: string): Cue {
  const cue = cueOf(category);
  cue.requiresPerson = !!c.requiresPerson?.includes(phrase);
  cue.shot = !!c.shot?.includes(phrase);
  cue.zero = !!c.zero?.includes(phrase);
  cue.intransitive = !!c.intransitive?.includes(phrase);
  cue.needsObject = !!c.needsObject?.includes(phrase);
  return cue;
}

/** Cues that follow the people: "5 soldiers were killed". */
export const AFTER = table((c, category) => c.after.map((p) => [p, cueFor(c, category, p)]));
/** Cues that precede the people: "killed 5 soldiers", "left 5 dead". */
export const BEFORE = table((c, category) => [
  ...c.before.map((p): [string, Cue] => [p, cueFor(c, category, p)]),
  ...c.circumfix.map(([verb, suffix]): [string, Cue] => [verb, cueOf(category, suffix)]),
]);
/** Head nouns that are cues themselves: "12 deaths". */
export const NOUNS = table((c, category) => c.nouns.map((p) => [p, cueOf(category)]));
/** Noun phrases a figure is linked to: "the death toll rose to 23". */
export const TOLLS = table((c, category) => c.tolls.map((p) => [p, cueOf(category)]));
/** Words before a figure that link it to a toll noun far back ("the death toll from ... rose _to_ 23"). */
export const TOLL_LINKS = new Set(cueData.tollLinks);
/** "revised the toll down to six", "lowered the death toll to six": a toll that replaces larger figures. */
export const TOLL_REVISED_DOWN = new Set(cueData.tollRevisedDown);
/** "Hundreds of people _from nearby villages_ have fled": a place phrase between the people and their verb. */
export const SUBJECT_PREPOSITIONS = new Set(cueData.subjectPrepositions);

export const PLURAL_PERSONS = new PhraseTable(Object.entries(groupData.plural as Record<string, string>));
export const SINGULAR_PERSONS = new PhraseTable(Object.entries(groupData.singular as Record<string, string>));
export const PRONOUNS = new Set(groupData.pronouns);
export const OBJECT_PRONOUNS = new Set(groupData.objectPronouns);
/** Categories whose active cues may take a bare name as object ("killed John Smith"), unlike "captured Mosul". */
export const NAME_OBJECT_CATEGORIES = new Set(cueData.nameObjects);
/** Categories a clause with no figure counts as one person ("he was arrested"). */
/** Phrases that state a figure by themselves: "murder-suicide" = 2 killed. */
export const FIXED = new PhraseTable(
  Object.entries(cueData.fixed as Record<string, Record<string, number>>).flatMap(([category, phrases]) =>
    Object.entries(phrases).map(([phrase, value]): [string, { category: CountCategory; value: number }] => [phrase, { category: category as CountCategory, value }])),
);
/** The first word of some fixed phrase, anywhere (no word boundaries: never misses a token): a sentence without one has none. */
export const FIXED_WORD = new RegExp([...new Set(FIXED.phrases().map((p) => p.split(' ')[0]))].map((w) => w.replace(/[^a-z0-9 ]/g, '\\$&')).join('|'), 'i');
export const SINGULAR_CATEGORIES = new Set(cueData.singularCategories);
/** "200,000 people who fled the war" describes the people ("who have fled" reports a flight): no count for these categories. */
export const RELATIVE_NOT_COUNTED = new Set(cueData.relativeNotCounted);
/** Words after "shot" that mean the shot missed or hit a thing ("shot at", "shot down"). */
export const SHOT_EXCLUSIONS = new Set(cueData.shotExclusions);
/** Groups a category never counts ("3 suspects fled" is not displacement). */
export function excludesGroup(category: CountCategory, breakdown: Record<string, number>): boolean {
  const not = CUES[category].notGroups;
  return !!not && Object.keys(breakdown).some((g) => not.includes(g));
}
export const POSSESSIVES = PhraseTable.of(groupData.possessives);
/** "Her husband", "his daughter": someone other than the person the possessive points back to. */
export const KIN_NOUNS = new Set(groupData.kinNouns);
export const KIN_POSSESSIVES = new Set(groupData.kinPossessives);
/** "Jr", "Sr", "III": a word that may close a personal name. */
export const NAME_SUFFIXES = new Set(groupData.nameSuffixes);
/** "a shepherd and _his_ two sons": a possessive may open the next item of a list. */
export const LIST_POSSESSIVES = new Set(groupData.listPossessives);
export const GROUP_NAME_HEADS = new Set(groupData.groupNameHeads);
/** "a family of seven": the figure after the phrase is the people. */
export const COLLECTIVES = PhraseTable.of(groupData.collectives);
export const NON_PERSONS = PhraseTable.of(groupData.nonPersons);
export const NUMBER_PREFIXES = new Set(groupData.numberPrefixes);
export const MONTHS = new Set(groupData.months);
export const ORDINAL_SUFFIXES = new Set(groupData.ordinalSuffixes);

export const FILLERS = PhraseTable.of(scopeData.fillers);
export const SINGULAR_AUX = PhraseTable.of(scopeData.singularAux);
export const NEGATIONS = new Set(scopeData.negations);
export const SUBJECT_BLOCKERS = new Set(scopeData.subjectBlockers);
export const HYPOTHETICAL = new Set(scopeData.hypothetical);
export const SUBSET_MARKERS = PhraseTable.of(scopeData.subsetMarkers);
/** "Two suspects, aged 19 and 22, were arrested": an apposition skipped before the verb. */
export const APPOSITION_STARTS = PhraseTable.of(scopeData.appositionStarts);
export const LIST_JOINERS = PhraseTable.of(scopeData.listJoiners);
/** "killing six civilians, a local official said": the person before a reporting verb is the source. */
export const REPORTING_VERBS = new Set(scopeData.reportingVerbs);
export const DET_SKIPS = PhraseTable.of(scopeData.detSkips);
/** "Another man was killed", "two more bodies": people beyond a figure given before. */
export const ADDITION_MARKERS = PhraseTable.of(scopeData.additionMarkers);
/** "A civilian was killed too", "… killed in the same attack": more people, told after the cue. */
export const ADDITION_MARKERS_AFTER = PhraseTable.of(scopeData.additionMarkersAfter);
/** "… was killed in the blast along with three guards": more people for the clause's figure. */
export const COMPANIONS = PhraseTable.of(scopeData.companions);
/** Groups whose dead are other people than their victims ("… all four attackers were killed"). */
export const PERPETRATOR_GROUPS = new Set(scopeData.perpetratorGroups);
/** Perpetrators whose dead are added even to a victims' figure naming nobody ("… The gunman was later shot dead"). */
export const ATTACKER_GROUPS = new Set(scopeData.attackerGroups);
export const BACKGROUND = PhraseTable.of(scopeData.background);
/** "saying its fighters had killed 20": a side's own tally, dropped like background. */
export const CLAIMS = PhraseTable.of(scopeData.claims);
/** Words that give a sentence a time of the incident's own ("on Monday", "yesterday"). */
export const CURRENT_TIMES = PhraseTable.of(scopeData.currentTimes);
export const PERIOD = PhraseTable.of(scopeData.period);
/** "a toll that the army had initially put at nine": a first report, replaced by any later figure. */
export const EARLIER_REPORTS = PhraseTable.of(scopeData.earlierReports);
export const WAR_NOUNS = PhraseTable.of(scopeData.warNouns);

export const STOP_WORDS = new Set(groupData.stopWords);
export const AMBIGUOUS_NOUNS = new PhraseTable(
  Object.entries(scopeData.ambiguousNouns as Record<string, CountCategory[]>),
);
export const CLAUSE_BREAKS = new Set(scopeData.clauseBreaks);
/** Words that start a direct object: a cue followed by one is active ("captured the camp"). */
export const OBJECT_STARTS = new Set(scopeData.objectStarts);

/**
 * Words that end a figure's noun phrase at once: stop words and punctuation
 * that start no person noun, cue noun or unit ("were" in "5 were killed").
 * "and" is not one: "soldiers and police" may go on.
 */
export const HEAD_BREAKS = new Set(
  [...groupData.stopWords, ',', '.', ';', ':', '(', ')', '"', '!', '?'].filter((w) => w !== 'and'
    && ![PLURAL_PERSONS, SINGULAR_PERSONS, NOUNS, AMBIGUOUS_NOUNS, NON_PERSONS, AFTER].some((table) => table.has(w))),
);
