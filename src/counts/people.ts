/**
 * Quantities of people: a figure (numbers.ts) with the noun that says who
 * they are ("157 foreign militants", "a policeman", "his wife"), summed
 * across a list ("two soldiers and three civilians"). Figures that are not
 * people (years, ages, times, money, "157 trucks") are rejected here.
 */
import type { CountCategory } from '../schema/vocab';
import { isDigit, parseQuantity, QUANTITY_START_WORDS, startsWith, type Quantity } from './numbers';
import type { Token } from './tokens';
import * as L from './lexicon';
import type { Cue } from './lexicon';

interface Head {
  /** unknown: a plural noun we do not know ("5 engineers"): kept as a bare figure, for the span. */
  kind: 'person' | 'cue' | 'unknown' | 'none' | 'reject';
  /** Token after the head (the figure's end when there is no head). */
  end: number;
  group: string;
  singular: boolean;
  /** Head nouns that are cues: "12 deaths". */
  cues: Cue[] | undefined;
  /** "casualties": killed or injured, usable only as a stated zero. */
  ambiguous: CountCategory[] | undefined;
  noun: string | undefined;
}

/** Every Head is made here, with all its fields in one order (objects of one kind with other fields make V8 deoptimise). */
const headOf = (kind: Head['kind'], end: number, group = '', singular = false): Head =>
  ({ kind, end, group, singular, cues: undefined, ambiguous: undefined, noun: undefined });

/** A figure (the fields it shares with a Quantity) tied to the people it counts. */
export interface People extends Pick<Quantity, 'start' | 'end' | 'value' | 'min' | 'max' | 'approximate' | 'vague'> {
  negated: boolean;
  /** A person noun names who they are (else a bare figure: "killed 5"). */
  hasPerson: boolean;
  breakdown: Record<string, number>;
  nounCues: Cue[] | undefined;
  ambiguous: CountCategory[] | undefined;
  /** One person by a determiner ("his wife"), not by a figure. */
  determined: boolean;
  /** The head noun, for circumfix cues whose suffix is the noun ("took 20 prisoners"). */
  noun: string | undefined;
  /** A plural noun we do not know ("two seminarians"): people only in a list after a person. */
  unknownNoun: boolean;
}

/** Every People is made here, with all its fields in one order (see headOf). */
export function peopleOf(start: number, end: number, value: number, min: number, max: number | null, approximate: boolean,
  hasPerson: boolean, breakdown: Record<string, number>): People {
  return {
    start, end, value, min, max, approximate, vague: undefined, negated: false, hasPerson, breakdown,
    nounCues: undefined, ambiguous: undefined, determined: false, noun: undefined, unknownNoun: false,
  };
}

/** One person told by a clause or a name ("he was arrested", "killed John Smith"): `count` of them, no figure. */
export const namedPeople = (start: number, end: number, count: number): People => peopleOf(start, end, count, count, count, false, true, {});

/** The same people read again up to `end` ("His daughter was shot … and died"): their noun and determiner kept. */
export function samePeople(people: People, end: number): People {
  const again = peopleOf(people.start, end, people.value, people.min, people.max, people.approximate, true, people.breakdown);
  again.determined = people.determined;
  again.noun = people.noun;
  return again;
}

/** "two of them": the people were named before. */
const PARTITIVE_PRONOUNS = new Set(['them', 'those', 'whom', 'us']);

const isWord = (t: Token | undefined): boolean => !!t && /^[A-Za-z]/.test(t.text);

/** A word that can stand between a figure and its noun: "foreign", "ISIS", "unarmed". */
function isModifier(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return isWord(t) && !L.STOP_WORDS.has(t.lower) && !L.AFTER.matchAt(tokens, j) && !L.BEFORE.has(t.lower);
}

/** "23-year-old" as a modifier: three tokens. */
function ageLength(tokens: readonly Token[], j: number): number {
  return /^\d/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '-' && /^years?-old$/.test(tokens[j + 2]?.lower ?? '') ? 3 : 0;
}

function personAt(tokens: readonly Token[], j: number): { length: number; group: string; singular: boolean } | null {
  const plural = L.PLURAL_PERSONS.matchAt(tokens, j);
  const singular = L.SINGULAR_PERSONS.matchAt(tokens, j);
  // The longer noun wins: "a police officer" is one person, not "police".
  if (plural && !(singular && singular.length > plural.length)) return { length: plural.length, group: plural.value, singular: false };
  return singular ? { length: singular.length, group: singular.value, singular: true } : null;
}

/** Whether a person noun follows within a few modifiers ("injured ISIS militants"). */
function personAhead(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 4 && k < tokens.length; k++) {
    if (personAt(tokens, k)) return true;
    // Cue words are adjectives here: "sick and injured ISIS militants".
    if (!isWord(tokens[k]) || (L.STOP_WORDS.has(tokens[k].lower) && tokens[k].lower !== 'and')) return false;
  }
  return false;
}

function parseHead(tokens: readonly Token[], k: number): Head {
  let j = k;
  if (tokens[j]?.lower === 'of') {
    const next = tokens[j + 1]?.lower ?? '';
    if (PARTITIVE_PRONOUNS.has(next)) return headOf('person', j + 2);
    if (next !== 'the' && next !== 'his' && next !== 'her' && next !== 'their') return headOf('none', k);
    j += 2;
  }
  // A cue noun used as an adjective before the person ("41 wounded people", "two dead soldiers") states the category
  // when no verb around the phrase does.
  let adjectiveCues: Cue[] | undefined;
  for (let skipped = 0; j < tokens.length && skipped < 5; skipped++) {
    if (L.HEAD_BREAKS.has(tokens[j].lower)) break; // the checks below would all fail
    const person = personAt(tokens, j);
    if (person) {
      const head = headOf('person', j + person.length, person.group, person.singular);
      head.noun = tokens[j + person.length - 1].lower;
      head.cues = adjectiveCues;
      return head;
    }
    const noun = L.NOUNS.matchAt(tokens, j);
    if (noun && !personAhead(tokens, j + noun.length)) {
      const head = headOf('cue', j + noun.length);
      head.cues = noun.value;
      return head;
    }
    const ambiguous = L.AMBIGUOUS_NOUNS.matchAt(tokens, j);
    if (ambiguous) {
      const head = headOf('cue', j + ambiguous.length);
      head.ambiguous = ambiguous.value;
      return head;
    }
    const age = ageLength(tokens, j);
    if (age) {
      j += age;
      // "a 15-year-old with a gunshot wound": the age is the noun.
      if (!personAhead(tokens, j) && !isModifier(tokens, j)) return headOf('person', j, '', true);
      continue;
    }
    if (L.NON_PERSONS.matchAt(tokens, j)) return headOf('reject', j);
    if (noun) { adjectiveCues = noun.value; j += noun.length; continue; } // an adjective here: "wounded soldiers"
    const adjective = L.AFTER.matchAt(tokens, j); // "12 detained activists"
    if (adjective && personAhead(tokens, j + adjective.length)) { j += adjective.length; continue; }
    if (isModifier(tokens, j) || (tokens[j].lower === 'and' && j > k && personAhead(tokens, j + 1))) { j++; continue; }
    break;
  }
  const last = tokens[j - 1];
  if (j > k && isModifier(tokens, j - 1) && /[^s]s$/.test(last.lower) && last.text.length > 3) {
    const head = headOf('unknown', j);
    head.noun = last.lower; // "claimed 12 lives": the suffix of a circumfix cue
    return head;
  }
  return headOf('none', k);
}

/** Digits that are a year, a date, a time, an age, an ordinal, a unit or a sum of money. */
function isNotPeopleFigure(tokens: readonly Token[], q: Quantity, head: Head): boolean {
  let d = q.start;
  while (d < q.end && !/^\d/.test(tokens[d].text)) d++;
  const digits = tokens[d];
  const prev = tokens[d - 1];
  const next = tokens[q.end];
  if (prev && (L.NUMBER_PREFIXES.has(prev.lower) || L.MONTHS.has(prev.lower) || prev.text === ':')) return true;
  if (next && (L.MONTHS.has(next.lower) || next.text === ':' || next.text === '%' || next.text === '/')) return true;
  if (next && next.start === digits.end && L.ORDINAL_SUFFIXES.has(next.lower)) return true;
  if (next?.text === '-' && L.NON_PERSONS.matchAt(tokens, q.end + 1)) return true; // "23-year-old"
  if (head.kind === 'person' || head.kind === 'cue') return false;
  if (q.value >= 1800 && q.value <= 2100 && !digits.text.includes(',')) return true;
  // "John Smith, 23, was killed" and "(23)": an age in apposition.
  if (q.value < 120 && ((prev?.text === ',' && (next?.text === ',' || next?.text === ')')) || prev?.text === '(')) return true;
  return false;
}

/**
 * Whether a singular person noun or an age ("a 15-year-old") is near enough
 * to head the phrase at `k`: a cheap test before the full head parse, which
 * "the" and "a" would otherwise trigger at every occurrence.
 */
function mayHaveSingularHead(tokens: readonly Token[], k: number): boolean {
  // parseHead skips at most five modifiers; "of the" and an age add up to five tokens more.
  for (let j = k; j < tokens.length && j < k + 10; j++) {
    const t = tokens[j];
    if (L.SINGULAR_PERSONS.has(t.lower) || (isDigit(t.text) && tokens[j + 1]?.text === '-')) return true;
    if (!isWord(t) && !isDigit(t.text) && t.text !== '-') return false; // a comma or a bracket ends the phrase
  }
  return false;
}

/** "his wife", "the driver", "another soldier": one person. */
function parseDeterminedSingular(tokens: readonly Token[], i: number): People | null {
  const det = L.POSSESSIVES.matchAt(tokens, i);
  if (!det || !mayHaveSingularHead(tokens, i + det.length)) return null;
  const head = parseHead(tokens, i + det.length);
  if (head.kind !== 'person' || !head.singular) return null;
  const people = single(i, head, 1, 1, 1, false);
  people.determined = true;
  return people;
}

function single(start: number, head: Head, value: number, min: number, max: number | null, approximate: boolean, q?: Quantity): People {
  const breakdown: Record<string, number> = {};
  if (head.kind === 'person' && head.group && value > 0) breakdown[head.group] = value;
  const people = peopleOf(start, head.end, value, min, max, approximate, head.kind === 'person', breakdown);
  if (q) {
    people.vague = q.vague;
    people.negated = q.negated;
  }
  people.nounCues = head.cues;
  people.ambiguous = head.ambiguous;
  people.noun = head.noun;
  people.unknownNoun = head.kind === 'unknown';
  return people;
}

const QUOTES = new Set(['"', '“', '”', "'"]);
/** Lower-case words inside a group's name, between capitalised ones ("Volunteers for the Defence of the Homeland"). */
const NAME_CONNECTORS = new Set(['of', 'for', 'and']);

const isName = (t: Token | undefined): boolean => !!t && /^[A-Z]/.test(t.text) && !L.MONTHS.has(t.lower);

/**
 * "of the Jaish-e-Mohammed group", "of the Islamic Freedom Fighters (BIFF)":
 * the named group the people belong to, after their noun. Returns its length.
 */
function groupNameLength(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.lower !== 'of' && tokens[j]?.lower !== 'from') return 0;
  const described = describedGroupLength(tokens, j + 1);
  if (described) return 1 + described;
  let k = j + 1;
  if (tokens[k]?.lower === 'the') k++;
  const quoted = QUOTES.has(tokens[k]?.text ?? '');
  if (quoted) k++;
  const nameStart = k;
  while (k < nameStart + 10) {
    if (isName(tokens[k])) k++;
    else if (k > nameStart && NAME_CONNECTORS.has(tokens[k]?.lower ?? '') && isName(tokens[k + 1])) k += 2; // "Volunteers for the Defence of the Homeland"
    else if (k > nameStart && NAME_CONNECTORS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'the' && isName(tokens[k + 2])) k += 3;
    else break;
  }
  if (k === nameStart) return 0;
  if (quoted && QUOTES.has(tokens[k]?.text ?? '')) k++;
  if (L.GROUP_NAME_HEADS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.text === '(' && isName(tokens[k + 1]) && tokens[k + 2]?.text === ')') k += 3;
  return k - j;
}

/**
 * "a Malian aid group", "the militia": an unnamed group, described by a few
 * words before its head noun, so the list goes on ("four employees of a
 * Malian aid group and their driver" = 5). Returns its length.
 */
function describedGroupLength(tokens: readonly Token[], k: number): number {
  if (!/^(a|an|the)$/.test(tokens[k]?.lower ?? '')) return 0;
  for (let h = k + 1; h < k + 5 && isWord(tokens[h]); h++) {
    if (L.GROUP_NAME_HEADS.has(tokens[h].lower)) return h + 1 - k;
    if (L.STOP_WORDS.has(tokens[h].lower)) return 0;
  }
  return 0;
}

/** One figure with its noun, no list. */
function parseOne(tokens: readonly Token[], i: number): People | null {
  const people = parseOneHead(tokens, i);
  if (people?.hasPerson) people.end += groupNameLength(tokens, people.end);
  return people;
}

function parseOneHead(tokens: readonly Token[], i: number): People | null {
  const collective = L.COLLECTIVES.matchAt(tokens, i);
  if (collective) {
    // "a family of seven (people)": the figure after the phrase, with or without a noun.
    const inner = parseOneHead(tokens, i + collective.length);
    if (!inner || inner.negated || !(inner.hasPerson || inner.value > 1)) return null;
    inner.start = i; // a new figure, made by parseOneHead for this phrase only
    inner.hasPerson = true;
    return inner;
  }
  const q = parseQuantity(tokens, i);
  if (!q) return parseDeterminedSingular(tokens, i);
  if (q.article && !mayHaveSingularHead(tokens, q.end)) return null; // "a" heads only one person
  const head = parseHead(tokens, q.end);
  // "a second man": an ordinal after the article (a determiner in groups.json), not "a second" of time.
  if (head.kind === 'reject') return q.article ? parseDeterminedSingular(tokens, i) : null;
  if (q.article && !(head.kind === 'person' && head.singular)) return null;
  if (q.needsHead && head.kind === 'none') return null;
  if (q.digits && isNotPeopleFigure(tokens, q, head)) return null;
  // "a mother of three is dead": the figure belongs to the noun before it.
  if (head.kind === 'none' && tokens[i - 1]?.lower === 'of' && L.SINGULAR_PERSONS.matchEndingAt(tokens, i - 1, 2)) return null;
  return single(i, head, q.value, q.min, q.max, q.approximate, q);
}

/**
 * The end of a plural person noun at `at`, after at most two modifiers and no
 * figure ("children", "auxiliary fighters"), or -1.
 */
function pluralNounEnd(tokens: readonly Token[], at: number): number {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const person = personAt(tokens, k);
    if (person) return person.singular ? -1 : k + person.length;
    if (!isModifier(tokens, k) || startsWith(tokens[k], QUANTITY_START_WORDS)) return -1;
  }
  return -1;
}

/** First words of a figure or of a determined person ("his wife"). */
const PEOPLE_START_WORDS = new Set([...QUANTITY_START_WORDS, ...L.POSSESSIVES.phrases().map((p) => p.split(' ')[0])]);

/** "one of them": a part of the figure before it, not another group. */
const isPartitive = (tokens: readonly Token[], people: People): boolean =>
  tokens[people.end - 2]?.lower === 'of' && PARTITIVE_PRONOUNS.has(tokens[people.end - 1]?.lower ?? '');

/** A quantity of people at token `i`, summed over a list of groups. */
export function parsePeople(tokens: readonly Token[], i: number): People | null {
  // Most words start neither a figure nor "his wife": one set lookup, no parsing.
  if (!startsWith(tokens[i], PEOPLE_START_WORDS)) return null;
  const first = parseOne(tokens, i);
  if (!first || !first.hasPerson || first.negated) return first;
  const total = first; // made for this call only, so it is summed in place
  for (;;) {
    const joiner = L.LIST_JOINERS.matchAt(tokens, total.end);
    if (!joiner) break;
    let at = total.end + joiner.length;
    if (tokens[at]?.lower === 'and') at++; // ", and three civilians"
    // "15 women and children", "17 soldiers and auxiliary fighters": one figure for both nouns, so no breakdown.
    const alsoNounEnd = joiner.value === 'and' ? pluralNounEnd(tokens, at) : -1;
    if (alsoNounEnd >= 0) {
      total.end = alsoNounEnd;
      total.breakdown = {};
      break;
    }
    if (L.LIST_POSSESSIVES.has(tokens[at]?.lower ?? '') && parseQuantity(tokens, at + 1)) at++; // "and his two sons"
    const next = parseOne(tokens, at);
    // "a priest and two seminarians": after a person, a plural noun we do not know is people too.
    const listed = next && (next.hasPerson || (joiner.value === 'and' && next.unknownNoun));
    if (!next || !listed || next.negated || isPartitive(tokens, next)) break;
    if (joiner.value === ',' && L.REPORTING_VERBS.has(tokens[next.end]?.lower ?? '')) break; // ", a local official said
    total.end = next.end;
    total.value += next.value;
    total.min += next.min;
    total.max = total.max === null || next.max === null ? null : total.max + next.max;
    total.approximate ||= next.approximate;
    total.vague ??= next.vague;
    for (const [group, n] of Object.entries(next.breakdown)) total.breakdown[group] = (total.breakdown[group] ?? 0) + n;
  }
  return total;
}
