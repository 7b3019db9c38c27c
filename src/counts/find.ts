/**
 * Count mentions in one sentence: a quantity of people (people.ts) bound to
 * a cue before it ("killed 5"), after it ("5 were killed"), around it
 * ("left 5 dead"), in its noun ("12 deaths") or through a toll ("the death
 * toll rose to 23"); then singular clauses with no figure ("he was
 * arrested"), subsets ("including six children") and scope (negation,
 * threats, background tolls).
 */
import type { CountMention, Sentence } from '../pipeline/doc';
import type { CountCategory } from '../schema/vocab';
import { parseQuantity } from './numbers';
import { namedPeople, parsePeople, samePeople, type People } from './people';
import { tokenize, type Token } from './tokens';
import * as L from './lexicon';
import type { Cue } from './lexicon';
import { sentenceScope, type ReferenceMonth, type Scope } from './scope';
import { mayHaveCount } from './prefilter';
import { mentionOf } from './mention';

/** What bound a quantity of people to a category ('dropped': a threat, a denial, or killed-and-wounded in one figure). */
interface Binding {
  category: CountCategory;
  rule: string;
  /** Token range of the cue, for the evidence span. */
  cueStart: number;
  cueEnd: number;
  /** Token after the last one the binding read (suffix, updated figure). */
  end: number;
  zero: boolean;
  shot: boolean;
  /** A later figure replaces the quantity ("rose from 17 to 23"). */
  update: People | null;
}

/** Every Binding is made here, with all its fields in one order (objects of one kind with other fields make V8 deoptimise). */
const bindingOf = (category: CountCategory, rule: string, cueStart: number, cueEnd: number, end: number, zero = false, shot = false): Binding =>
  ({ category, rule, cueStart, cueEnd, end, zero, shot, update: null });

function hasHypotheticalIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (L.HYPOTHETICAL.has(tokens[k].lower)) return true;
  return false;
}

function pickCue(cues: Cue[], people: People, suffixOk: (suffix: string) => boolean): Cue | null {
  const withSuffix = cues.find((c) => c.suffix && suffixOk(c.suffix));
  if (withSuffix) return withSuffix;
  return cues.find((c) => !c.suffix && (!c.requiresPerson || people.hasPerson)) ?? null;
}

function phraseAt(tokens: readonly Token[], i: number, phrase: string): number {
  const words = phrase.split(' ');
  return words.every((w, k) => tokens[i + k]?.lower === w) ? words.length : 0;
}

/** "killed 5 soldiers", "left 5 people dead", "the bodies of 12 men". */
function bindBefore(tokens: readonly Token[], people: People): Binding | 'dropped' | null {
  let b = people.start;
  const det = L.DET_SKIPS.matchEndingAt(tokens, b, 3);
  if (det) b -= det.length;
  if (tokens[b - 1]?.text === '"') b--; // a quoted cue: had "neutralised" 23 assailants
  const match = L.BEFORE.matchEndingAt(tokens, b, 5);
  if (!match) return null;
  const cueStart = b - match.length;
  let suffixLength = 0;
  const cue = pickCue(match.value, people, (suffix) => {
    suffixLength = phraseAt(tokens, people.end, suffix);
    return suffixLength > 0 || people.noun === suffix;
  });
  if (!cue) return null;
  if (hasHypotheticalIn(tokens, cueStart - 3, cueStart)) return 'dropped';
  const nounOf = b - cueStart > 1 && tokens[b - 1].lower === 'of'; // "the bodies of"
  // "The attack also killed a civilian": more people than a figure told before, like "were also killed".
  const also = tokens[cueStart - 1]?.lower === 'also';
  const form = cue.suffix ? `${tokens[cueStart].lower}-${cue.suffix.replace(/ /g, '-')}` : nounOf ? 'noun-of' : also ? 'also' : 'active';
  return bindingOf(cue.category, cue.shot ? 'injured.shot' : `${cue.category}.${form}`, cueStart, b, people.end + (cue.suffix ? suffixLength : 0), false, cue.shot);
}

/** "the death toll rose to 23 from 17", "the death toll rose from 17 to 23". */
function bindToll(tokens: readonly Token[], people: People): Binding | null {
  // The toll noun may sit a few words back: "the death toll from the bombing rose to 23"; further
  // back ("... at a market in Somalia's capital rose to 23") only with a linking word before the figure.
  const maxBack = L.TOLL_LINKS.has(tokens[people.start - 1]?.lower ?? '') ? 30 : 9;
  let b = people.start;
  let match = null;
  for (; b > 0 && people.start - b < maxBack && /^[A-Za-z]/.test(tokens[b - 1].text); b--) {
    match = L.TOLLS.matchEndingAt(tokens, b, 5);
    if (match) break;
  }
  if (!match) return null;
  const { category } = match.value[0];
  const binding = bindingOf(category, `${category}.toll`, b - match.length, b, people.end);
  if (tokens[people.start - 1]?.lower === 'from' && tokens[people.end]?.lower === 'to') {
    const updated = parsePeople(tokens, people.end + 1);
    if (updated) {
      binding.update = updated;
      binding.end = updated.end;
      binding.rule = `${category}.toll-updated`;
    }
  } else if (tokens[people.end]?.lower === 'from') {
    const previous = parseQuantity(tokens, people.end + 1); // "rose to 23 from 17": 17 is the old toll
    if (previous) {
      binding.end = previous.end;
      binding.rule = `${category}.toll-updated`;
    }
  }
  // "lowered the death toll to six", "revised the toll down to six": this figure replaces the larger ones.
  for (let k = Math.max(0, b - match.length - 2); k < people.start; k++) {
    if (L.TOLL_REVISED_DOWN.has(tokens[k].lower)) binding.rule = `${category}.toll-revised`;
  }
  return binding;
}

/** Skips ", including two children," or ", aged 19 and 22," between the people and their verb. */
function skipParenthetical(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== ',' && tokens[j]?.text !== '(') return j;
  const close = tokens[j].text === ',' ? ',' : ')';
  if (!L.SUBSET_MARKERS.matchAt(tokens, j + 1) && !L.APPOSITION_STARTS.matchAt(tokens, j + 1) && tokens[j].text === ',') return j;
  for (let k = j + 1; k < tokens.length && k < j + 14; k++) if (tokens[k].text === close) return k + 1;
  return j;
}

interface Fillers {
  end: number; negated: boolean; hypothetical: boolean; aux: boolean;
  /** "who fled": a relative clause. */
  relative: boolean;
  /** "were also killed": more people than a figure given before. */
  also: boolean;
}

function readFillers(tokens: readonly Token[], from: number): Fillers {
  const f: Fillers = { end: from, negated: false, hypothetical: false, aux: false, relative: false, also: false };
  for (let n = 0; n < 6; n++) {
    const m = L.FILLERS.matchAt(tokens, f.end);
    if (!m) break;
    const word = tokens[f.end].lower;
    f.negated ||= L.NEGATIONS.has(word);
    f.hypothetical ||= L.HYPOTHETICAL.has(word);
    f.aux ||= /^(was|were|is|are|been|be|being|has|have|had)$/.test(word);
    f.relative ||= word === 'who' || word === 'that';
    f.also ||= word === 'also';
    f.end += m.length;
  }
  return f;
}

/** An after-cue at `j` that may bind (not "shot at"), with the readings allowed for `people`. */
function afterCueAt(tokens: readonly Token[], j: number, hasPerson: boolean): { cue: Cue; length: number } | null {
  const m = L.AFTER.matchAt(tokens, j);
  if (!m) return null;
  const next = tokens[j + m.length];
  const hasObject = !!next && (/^[A-Z]/.test(next.text) || L.OBJECT_STARTS.has(next.lower));
  const cue = m.value.find((c) => (!c.requiresPerson || hasPerson) && (!c.needsObject || hasObject));
  if (!cue) return null;
  if (cue.shot && L.SHOT_EXCLUSIONS.has(tokens[j + m.length]?.lower ?? '')) return null; // "shot at": fired on, not hit
  return { cue, length: m.length };
}

/** "the man who shot": a relative clause in the active voice. */
const isActiveClause = (tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).some((t) => t.lower === 'who' || t.lower === 'that');

/** A direct object follows the verb ("shot her husband"): the clause is active. */
function startsObject(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  // A figure in words too: "A suicide bomber killed seven people" is active, not "a bomber killed".
  return !!t && (L.OBJECT_STARTS.has(t.lower) || L.OBJECT_PRONOUNS.has(t.lower) || /^\d/.test(t.text) || parseQuantity(tokens, j) !== null);
}

/**
 * "from nearby villages have": a short place phrase (no figure, no cue, no
 * punctuation) that ends in an auxiliary. Returns the auxiliary's index, or `j`.
 */
function skipPlacePhrase(tokens: readonly Token[], j: number): number {
  if (!L.SUBJECT_PREPOSITIONS.has(tokens[j]?.lower ?? '')) return j;
  for (let k = j + 1; k < tokens.length && k < j + 6; k++) {
    const t = tokens[k];
    if (/^(was|were|have|had|has)$/.test(t.lower)) return k > j + 1 ? k : j;
    if (!/^[A-Za-z]/.test(t.text) || L.AFTER.matchAt(tokens, k) || L.BEFORE.has(t.lower)) return j;
  }
  return j;
}

/** "found" or "discovered" before the name that ends at `last` ("found Ladarrius Moody shot to death"). */
function foundBefore(tokens: readonly Token[], last: number): boolean {
  let k = last;
  while (k > 0 && last - k < 3 && /^[A-Z][a-z]/.test(tokens[k - 1].text)) k--;
  return /^(found|discovered)$/.test(tokens[k - 1]?.lower ?? '');
}

/** Words a relative clause may run on before its subject's own verb ("who was wounded in the attack died"). */
const RELATIVE_SPAN = 8;

/** Whether a killed cue follows within the relative clause's reach, before the sentence goes on (",", ";"). */
function diesAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + RELATIVE_SPAN; k++) {
    if (L.CLAUSE_BREAKS.has(tokens[k].text)) return false;
    if (L.AFTER.matchAt(tokens, k)?.value.some((c) => c.category === 'killed')) return true;
  }
  return false;
}

/** "5 soldiers were killed", "12 dead", "no one was hurt". */
function bindAfter(tokens: readonly Token[], people: People): Binding | 'dropped' | null {
  const fillers = readFillers(tokens, skipPlacePhrase(tokens, skipParenthetical(tokens, people.end)));
  const found = afterCueAt(tokens, fillers.end, people.hasPerson);
  if (!found) return null;
  if (fillers.hypothetical) return 'dropped';
  const { cue, length } = found;
  if (fillers.relative && !fillers.aux && L.RELATIVE_NOT_COUNTED.has(cue.category)) return null;
  // "a constable who was critically wounded succumbed to his injuries": the wounded died.
  if (fillers.relative && cue.category === 'injured' && diesAfter(tokens, fillers.end + length)) return 'dropped';
  if (!cue.intransitive && !fillers.aux && (isActiveClause(tokens, people.end, fillers.end) || startsObject(tokens, fillers.end + length))) return null;
  const zero = fillers.negated || cue.zero || people.negated;
  // "also" is kept in the rule id: mergeCounts adds such a figure to one given before it; one person
  // ("a nurse was also killed") is one more, like "A jawan was also killed" (countClauses).
  const also = people.value === 1 && people.max === 1 ? 'more' : 'also';
  const form = zero ? 'negated' : cue.shot ? 'shot' : fillers.also ? also : fillers.aux ? 'passive' : 'after';
  return bindingOf(cue.category, `${cue.category}.${form}`, fillers.end, fillers.end + length, fillers.end + length, zero, cue.shot && !zero);
}

/**
 * "27 dead and wounded", "kill and wound 80": one figure for both, like
 * "casualties", so it is neither a killed nor an injured count.
 */
function isCombined(tokens: readonly Token[], people: People, binding: Binding): boolean {
  const other = (cues: Cue[] | undefined) => !!cues?.some((c) => c.category !== binding.category && (c.category === 'killed' || c.category === 'injured'));
  if (binding.category !== 'killed' && binding.category !== 'injured') return false;
  const after = tokens[binding.cueEnd]?.lower;
  if ((after === 'and' || after === 'or') && (other(L.AFTER.matchAt(tokens, binding.cueEnd + 1)?.value) || other(L.NOUNS.matchAt(tokens, binding.cueEnd + 1)?.value))) return true;
  if (binding.cueEnd > people.start) return false; // only a cue before the people can have a partner before it
  const before = tokens[binding.cueStart - 1]?.lower;
  return (before === 'and' || before === 'or') && other(L.BEFORE.matchEndingAt(tokens, binding.cueStart - 1, 3)?.value);
}

/** `hasToll`: the sentence has a toll noun ("death toll"), so a figure may be bound to one. */
/**
 * The bindings of `people` are put in `out` (emptied first); returns whether the figure is dropped. One array
 * for every figure, not a new one of some kind each time (literal, mapped, empty): V8 deoptimised its readers.
 */
function bind(tokens: readonly Token[], people: People, hasToll: boolean, out: Binding[]): boolean {
  out.length = 0;
  if (bindOnce(tokens, people, hasToll, out)) return true;
  for (let k = 0; k < out.length; k++) if (isCombined(tokens, people, out[k])) return true;
  return false;
}

function bindOnce(tokens: readonly Token[], people: People, hasToll: boolean, out: Binding[]): boolean {
  const before = bindBefore(tokens, people);
  if (before === 'dropped') return true;
  if (before) return !out.push(before);
  const toll = hasToll ? bindToll(tokens, people) : null;
  if (toll) return !out.push(toll);
  const after = bindAfter(tokens, people);
  if (after === 'dropped') return true;
  if (after) return !out.push(after);
  if (people.nounCues) for (const c of people.nounCues) out.push(bindingOf(c.category, `${c.category}.noun`, people.start, people.end, people.end));
  // "casualties" could be dead or wounded: only a stated zero is safe to report, as both.
  else if (people.ambiguous && people.negated) {
    for (const category of people.ambiguous) out.push(bindingOf(category, `${category}.no-casualties`, people.start, people.end, people.end, true));
  }
  return false;
}

/** The bindings of the figure being read (see bind); countSentence is never re-entered. */
const FOUND: Binding[] = [];

/**
 * "Jon Boring, a 51-year-old Latino male, died": steps back over an apposition
 * between commas to the subject before it. Returns the new start of the clause.
 */
function skipApposition(tokens: readonly Token[], k: number): number {
  if (tokens[k - 1]?.text !== ',') return k;
  for (let c = k - 2; c > 0 && c > k - 14; c--) {
    if (tokens[c].text === ',') return c;
    if (L.AFTER.matchAt(tokens, c) || L.CLAUSE_BREAKS.has(tokens[c].text)) return k;
  }
  return k;
}

/** A name ("John Smith", "24-year-old John Smith") or an object pronoun ("him"): a cheap test before bindNamedObject. */
function mayBeNamedObject(t: readonly Token[], i: number): boolean {
  const c = t[i].text.charCodeAt(0);
  return (c >= 65 && c <= 90) || L.OBJECT_PRONOUNS.has(t[i].lower) || (c >= 48 && c <= 57 && agePrefixEnd(t, i) > i);
}

/** Words at most between a figure's clause and "along with" more people. */
const COMPANION_GAP = 4;

/** One name ("John Smith", "John Smith Jr."): capitalised words that are no stop word or month, up to three, and a suffix. */
function nameEnd(t: readonly Token[], i: number): number {
  let end = i;
  while (end < t.length && end < i + 3 && /^[A-Z][a-z]/.test(t[end].text) && !L.STOP_WORDS.has(t[end].lower) && !L.MONTHS.has(t[end].lower)
    && !(end > i && L.NAME_SUFFIXES.has(t[end].lower))) end++;
  // "killed Christians", "attacked Kurds": one plural word is a group, not a person's name.
  if (end === i + 1 && /[a-z]s$/.test(t[i].text)) return i;
  if (end === i || !/^[A-Z]/.test(t[end]?.text ?? '') || !L.NAME_SUFFIXES.has(t[end].lower)) return end;
  return t[end + 1]?.text === '.' ? end + 2 : end + 1;
}

/** "Anthony Call Jr.": the start of the suffix closing a name that ends before `k`, or `k`. */
function nameSuffixStart(t: readonly Token[], k: number): number {
  const s = t[k - 1]?.text === '.' ? k - 2 : k - 1;
  const suffix = t[s];
  return suffix && /^[A-Z]/.test(suffix.text) && L.NAME_SUFFIXES.has(suffix.lower) && /^[A-Z][a-z]/.test(t[s - 1]?.text ?? '') ? s : k;
}

/** "24-year-old": an age before a name ("the death of 24-year-old John Smith"); the index after it, or `i`. */
function agePrefixEnd(t: readonly Token[], i: number): number {
  return /^\d{1,3}$/.test(t[i]?.text ?? '') && t[i + 1]?.text === '-' && t[i + 2]?.lower === 'year-old' ? i + 3 : i;
}

/** ", 24,": an age in apposition after a name. */
const ageAt = (t: readonly Token[], k: number): boolean =>
  t[k]?.text === ',' && /^\d{1,2}$/.test(t[k + 1]?.text ?? '') && t[k + 2]?.text === ',';

/**
 * "John Smith, 24, and Mary Jones, 31": names joined by commas and a final
 * "and", each with an age in apposition or none. Names joined by commas count
 * only when an "and" closes the list ("killed John Smith, Mayor Brown said"
 * is one name). Returns the end of the list and how many names it has.
 */
function nameList(t: readonly Token[], i: number): { end: number; count: number } | null {
  const first = agePrefixEnd(t, i);
  let end = nameEnd(t, first);
  if (end === first) return null;
  let count = 1;
  let closed = { end: ageAt(t, end) ? end + 3 : end, count };
  for (;;) {
    const afterAge = ageAt(t, end) ? end + 3 : end;
    let k = afterAge;
    if (afterAge === end && t[k]?.text === ',') k++;
    const and = t[k]?.lower === 'and';
    if (and) k++;
    if (k === end) return closed; // no joiner
    const name = agePrefixEnd(t, k);
    const next = nameEnd(t, name);
    if (next === name) return closed;
    count++;
    end = next;
    if (and) closed = { end: ageAt(t, end) ? end + 3 : end, count };
  }
}

/**
 * "A university student who was wounded in the blast died": steps back over a
 * passive relative clause on a person to that person ("The man who shot two
 * officers died" is left alone: its figure is other people). Returns the new
 * start of the clause (at "who"), or `k`, and whether the clause said the
 * person was wounded (then the death is one more than the dead told before).
 */
function skipRelative(tokens: readonly Token[], k: number): { start: number; wounded: boolean } {
  for (let w = k - 1; w > 0 && w >= k - RELATIVE_SPAN; w--) {
    if (L.CLAUSE_BREAKS.has(tokens[w].text)) break;
    if (tokens[w].lower !== 'who') continue;
    const person = L.SINGULAR_PERSONS.matchEndingAt(tokens, w, 2) || /^[A-Z][a-z]/.test(tokens[w - 1].text);
    if (!person) break;
    if (!/^(was|were)$/.test(tokens[w + 1]?.lower ?? '')) break;
    let wounded = false;
    for (let x = w + 2; x < k && !wounded; x++) wounded = !!L.AFTER.matchAt(tokens, x)?.value.some((c) => c.category === 'injured');
    return { start: w, wounded };
  }
  return { start: k, wounded: false };
}

/** Kin nouns already counted per category in the article ("killed:wife"): "his wife" told again is no new person. */
export type KinSeen = Set<string>;

/** Builds mentions with evidence spans; one sentence at a time. */
class SentenceCounter {
  readonly mentions: CountMention[] = [];
  /** The latest injured mention, its people and the token after it ("His daughter was shot in the chest and died"). */
  private lastWounded: { people: People; end: number; mention: CountMention } | null = null;
  private readonly consumed: boolean[];
  /** Token shot/killed mentions came from, for the same-sentence subtraction. */
  private readonly shotMentions = new Set<CountMention>();
  /** Whether a toll noun ends somewhere in the sentence; read at the first figure. */
  private hasToll: boolean | undefined;

  constructor(private readonly text: string, private readonly sentence: Sentence, private readonly tokens: Token[], private readonly scope: Scope,
    private readonly kinSeen: KinSeen) {
    this.consumed = new Array<boolean>(tokens.length).fill(false);
  }

  emit(people: People, binding: Binding, subset = false): CountMention | null {
    const figure = binding.update ?? people;
    if (L.excludesGroup(binding.category, figure.breakdown)) return null;
    if (people.determined && !L.SINGULAR_CATEGORIES.has(binding.category)) return null; // "his neighbor fled"
    const from = Math.min(people.start, binding.cueStart);
    const to = Math.max(binding.end, binding.cueEnd) - 1;
    const cumulative = this.scope.cumulativeAt(from);
    if (cumulative === 'background' && !binding.zero) return null;
    const zero = !!binding.zero;
    // A first report ("had initially put at nine") is kept apart: mergeCounts uses it only when nothing else is told.
    const rule = subset ? `${binding.category}.subset`
      : zero ? binding.rule
        : cumulative === 'earlier' ? `${binding.category}.earlier`
          : this.namesMorePeople(people, binding) || this.isNewKin(people, binding) ? `${binding.category}.more` : binding.rule;
    // Not the words between: ", among them four women," is read next, as a subset.
    for (let k = people.start; k < Math.max(people.end, figure.end); k++) this.consumed[k] = true;
    for (let k = binding.cueStart; k < binding.cueEnd; k++) this.consumed[k] = true;
    const start = this.tokens[from].start;
    const end = this.tokens[to].end;
    const mention = mentionOf(start, end, this.text.slice(start, end), this.sentence.index, binding.category,
      zero ? 0 : figure.value, zero ? 0 : figure.min, zero ? 0 : figure.max, zero ? false : figure.approximate,
      zero ? undefined : figure.vague, cumulative === 'period', zero ? {} : { ...figure.breakdown }, subset, rule);
    this.mentions.push(mention);
    if (binding.shot) this.shotMentions.add(mention);
    if (binding.category === 'injured' && figure.value > 0 && !zero && !subset) this.lastWounded = { people, end: Math.max(binding.end, binding.cueEnd), mention };
    return mention;
  }

  /**
   * "Another man was killed", "Two more bodies were found", "A fourth suspect was
   * taken into custody": people beyond a figure told before (mergeCounts adds them).
   * A toll is a total, never an addition; people after an active cue are not
   * either ("he killed another man": someone other than himself).
   */
  private namesMorePeople(people: People, binding: Binding): boolean {
    // "the bodies of two more victims" names them after its cue; an active cue's object never ("he killed another man").
    if (binding.rule.includes('.toll') || (binding.cueStart < people.start && !binding.rule.endsWith('.noun-of'))) return false;
    // "Two more died": with no noun, the marker comes after the figure.
    const end = !people.hasPerson && this.tokens[people.end]?.lower === 'more' ? people.end + 1 : people.end;
    for (let k = Math.max(0, people.start - 2); k < end; k++) {
      // A marker another figure has read ("the murder of another man who was shot dead") is not this one's.
      const m = !this.consumed[k] && L.ADDITION_MARKERS.matchAt(this.tokens, k);
      if (m && !(this.tokens[k].lower === 'more' && this.tokens[k + 1]?.lower === 'than')) return true;
    }
    // "A civilian was killed too", "A woman was killed in the same attack": up to the end of the clause;
    // not people told before ("the five were killed in the same attack", "both were killed too").
    if (/^(the|these|those|all|both)$/.test(this.tokens[people.start - 1]?.lower ?? '') || /^(both|all)$/.test(this.tokens[people.start].lower)) return false;
    for (let k = Math.max(binding.cueEnd, binding.end); k < this.tokens.length && k < binding.cueEnd + RELATIVE_SPAN; k++) {
      if (L.CLAUSE_BREAKS.has(this.tokens[k].text) || this.tokens[k].text === '.') return false;
      if (L.ADDITION_MARKERS_AFTER.matchAt(this.tokens, k)) return true;
    }
    return false;
  }

  /**
   * The kin noun of "his daughter" (a determined figure) or of "Her husband, …, died" (a clause's
   * subject), or null; `opens`: it heads its sentence or clause ("says his son was shot" is a
   * relative speaking of the victim).
   */
  private kinOf(people: People): { noun: string; opens: boolean } | null {
    const t = this.tokens;
    const noun = people.determined ? people.noun : t[people.start]?.lower;
    const at = people.determined ? people.start : people.start - 1;
    if (!noun || !L.KIN_NOUNS.has(noun) || at < 0 || !L.KIN_POSSESSIVES.has(t[at].lower)) return null;
    return { noun, opens: at === 0 || L.CLAUSE_BREAKS.has(t[at - 1].text) || t[at - 1].lower === 'and' };
  }

  /**
   * "shot dead a woman … Her husband … died of his wounds": a kin of someone,
   * heading its clause, is another person, unless the article counted that kin
   * noun already in this category ("killed his wife … His wife died at the
   * scene"). Not after an active cue ("killed his wife" names the victim).
   * Records the noun as seen wherever it stands.
   */
  private isNewKin(people: People, binding: Binding): boolean {
    if (binding.category !== 'killed' && binding.category !== 'injured') return false;
    const kin = this.kinOf(people);
    if (!kin) return false;
    const key = `${binding.category}:${kin.noun}`;
    const seen = this.kinSeen.has(key);
    this.kinSeen.add(key);
    return !seen && kin.opens && binding.cueStart >= people.start;
  }

  /** "including six children": a part of the latest figure, kept in its breakdown. */
  private subsetParent(people: People): CountMention | null {
    let b = people.start;
    while (b > 0 && /^(,|were|was|are|is)$/.test(this.tokens[b - 1].lower) && people.start - b < 2) b--;
    if (!L.SUBSET_MARKERS.matchEndingAt(this.tokens, b, 3)) return null;
    const parents = this.mentions.filter((m) => !m.subset && m.start < this.tokens[people.start].start);
    return parents[parents.length - 1] ?? null;
  }

  countFigures(): void {
    for (let i = 0; i < this.tokens.length; ) {
      const people = this.consumed[i] ? null : parsePeople(this.tokens, i);
      if (!people) {
        // A capitalised cue mid-sentence is a title ("Shooting Center"), not a verb.
        const cue = this.tokens[i - 1];
        if (!this.consumed[i] && cue && mayBeNamedObject(this.tokens, i) && L.BEFORE.endsWith(cue.lower) && /^[a-z]/.test(cue.text)) this.bindNamedObject(i);
        i++;
        continue;
      }
      const parent = this.subsetParent(people);
      if (parent && people.value > 0) {
        if (this.emit(people, bindingOf(parent.category, '', people.start, people.end, people.end), true)) {
          // for-in, not Object.entries: breakdowns have as many shapes as groups, and V8 deoptimised on each new one.
          for (const group in people.breakdown) parent.breakdown[group] = (parent.breakdown[group] ?? 0) + people.breakdown[group];
        }
        i = people.end;
        continue;
      }
      this.hasToll ??= this.tokens.some((t) => L.TOLLS.endsWith(t.lower));
      const dropped = bind(this.tokens, people, this.hasToll, FOUND);
      if (!dropped && FOUND.length === 0) this.companionOf(people, FOUND);
      if (!dropped) for (let k = 0; k < FOUND.length; k++) this.emitPartOf(people, FOUND[k]);
      i = dropped || FOUND.length > 0 ? Math.max(people.end, i + 1) : i + 1;
    }
  }

  /**
   * "The bomber was killed in the blast along with three guards": people after a
   * companion word join the latest figure of the sentence, as more people.
   */
  private companionOf(people: People, out: Binding[]): void {
    let b = people.start;
    if (L.LIST_POSSESSIVES.has(this.tokens[b - 1]?.lower ?? '')) b--; // "along with his two sons"
    const companion = people.hasPerson ? L.COMPANIONS.matchEndingAt(this.tokens, b, 2) : null;
    if (!companion) return;
    const before = this.mentions.filter((m) => !m.subset && m.end <= this.tokens[people.start].start);
    const latest = before[before.length - 1];
    if (!latest) return;
    const cueStart = b - companion.length;
    // Close to the clause it adds to ("killed in the blast along with"), and no cue of its own ("41 wounded people").
    const gap = this.tokens.slice(0, cueStart).filter((t) => t.start >= latest.end).length;
    if (gap > COMPANION_GAP || this.tokens.slice(people.start, people.end).some((_, k) => L.AFTER.matchAt(this.tokens, people.start + k))) return;
    out.push(bindingOf(latest.category, `${latest.category}.more`, cueStart, people.start, people.end));
  }

  /**
   * "Four of the dead were policemen" is a part of the dead told before (a subset);
   * "Two of the wounded later died" are more dead than told before (an addition).
   */
  private emitPartOf(people: People, binding: Binding): void {
    const t = this.tokens;
    let partitive = false;
    for (let k = people.start; k < people.end - 1 && !partitive; k++) partitive = t[k].lower === 'of' && /^(the|those)$/.test(t[k + 1].lower);
    if (!partitive || !people.nounCues) this.emit(people, binding);
    else if (people.nounCues.some((c) => c.category === binding.category)) this.emit(people, binding, true);
    else {
      binding.rule = `${binding.category}.more`; // made for this figure only
      this.emit(people, binding);
    }
  }

  /** "a murder-suicide", "a body was found": phrases that are a figure by themselves. */
  countFixedPhrases(): void {
    const t = this.tokens;
    for (let j = 0; j < t.length; j++) {
      const m = this.consumed[j] ? null : L.FIXED.matchAt(t, j);
      if (!m) continue;
      const { category, value } = m.value;
      this.emit(namedPeople(j, j + m.length, value), bindingOf(category, `${category}.fixed`, j, j + m.length, j + m.length));
      j += m.length - 1;
    }
  }

  /** "he was arrested", "the driver died", "were not injured": clauses with no figure. */
  countClauses(): void {
    const t = this.tokens;
    for (let j = 0; j < t.length; j++) {
      if (this.consumed[j]) continue;
      const found = afterCueAt(t, j, false);
      if (!found || !L.SINGULAR_CATEGORIES.has(found.cue.category)) continue;
      let k = j;
      while (k > 0 && L.FILLERS.matchAt(t, k - 1, j)) k--;
      const fillers = readFillers(t, k);
      if (fillers.end !== j || fillers.hypothetical) continue;
      if (fillers.relative && found.cue.category === 'injured' && diesAfter(t, j + found.length)) continue; // the wounded died
      const category = found.cue.category;
      // "His daughter was shot in the chest and died": the wounded person of the clause before died.
      const wounded = this.lastWounded;
      // "… was taken to a hospital and later died": fillers may stand between "and" and the cue, not a negation.
      if (category === 'killed' && !fillers.negated && t[k - 1]?.lower === 'and' && wounded?.people.value === 1 && k - 1 - wounded.end <= RELATIVE_SPAN) {
        // The one who died is no longer wounded; a "shot" figure is lowered by subtractKilledFromShot instead.
        if (!this.shotMentions.has(wounded.mention)) this.mentions.splice(this.mentions.indexOf(wounded.mention), 1);
        this.lastWounded = null;
        this.emit(samePeople(wounded.people, j + found.length), bindingOf(category, `${category}.singular`, j, j + found.length, j + found.length));
        j += found.length - 1;
        continue;
      }
      // "Both teens were taken to a hospital, where they died": the wounded died, and are no longer wounded.
      if (category === 'killed' && wounded && this.diedThere(k, wounded.people.value)) {
        this.mentions.splice(this.mentions.indexOf(wounded.mention), 1);
        this.shotMentions.delete(wounded.mention);
        this.emit(samePeople(wounded.people, j + found.length), bindingOf(category, `${category}.died-there`, j, j + found.length, j + found.length));
        this.lastWounded = null;
        j += found.length - 1;
        continue;
      }
      k = nameSuffixStart(t, skipApposition(t, k));
      // "A university student who was wounded in the blast died": the subject before the relative clause.
      const before = t[k - 1];
      const personBefore = !!before && (L.PRONOUNS.has(before.lower) || !!L.SINGULAR_PERSONS.matchEndingAt(t, k, 2) || /^[A-Z][a-z]/.test(before.text));
      const relative = personBefore ? { start: k, wounded: false } : skipRelative(t, k);
      k = relative.start;
      const subject = t[k - 1];
      const zero = fillers.negated || !!found.cue.zero;
      if (!zero && !this.singularSubject(k, j, found)) continue;
      if (zero && subject && L.SUBJECT_BLOCKERS.has(subject.lower) && subject.lower !== 'there') continue;
      const from = subject ? k - 1 : j; // the evidence shows who: "he was arrested"
      // "A jawan was also killed", "A student who was wounded in the blast died": one more person than told before.
      const more = fillers.also || (relative.wounded && category === 'killed');
      const rule = zero ? `${category}.negated` : found.cue.shot ? 'injured.shot' : more ? `${category}.more` : `${category}.singular`;
      this.emit(namedPeople(from, j + found.length, 1), bindingOf(category, rule, j, j + found.length, j + found.length, zero, found.cue.shot && !zero));
      j += found.length - 1;
    }
  }

  /** "…, where they died", "where he was pronounced dead": a pronoun for `count` people after "where" at `k`. */
  private diedThere(k: number, count: number): boolean {
    const pronoun = this.tokens[k - 1]?.lower ?? '';
    if (this.tokens[k - 2]?.lower !== 'where') return false;
    return count === 1 ? pronoun === 'he' || pronoun === 'she' : pronoun === 'they';
  }

  /**
   * Whether the clause before the cue at `j` (fillers from `k`) has one person as
   * its subject: "he was arrested", "Oliver died", "Man shot, killed" (a headline).
   */
  private singularSubject(k: number, j: number, { cue, length }: { cue: Cue; length: number }): boolean {
    const t = this.tokens;
    const subject = t[k - 1];
    if (!subject || !/^[A-Za-z]/.test(subject.text) || L.SUBJECT_BLOCKERS.has(subject.lower) || L.NON_PERSONS.matchAt(t, k - 1)) return false;
    // "a group of protesters was arrested": a plural noun is not one person, whatever the verb.
    if (L.PLURAL_PERSONS.matchEndingAt(t, k, 2) && !L.SINGULAR_PERSONS.matchEndingAt(t, k, 2)) return false;
    // "who was shot": its noun was counted, or is plural; "and was pronounced dead" continues a subject.
    if (L.STOP_WORDS.has(subject.lower) && !L.PRONOUNS.has(subject.lower) && subject.lower !== 'and' && subject.lower !== 'but') return false;
    // A passive takes no object: "was killed an hour later" is passive ("has captured the camp" is not).
    let been = false;
    let has = false;
    let plural = false;
    for (let x = k; x < j; x++) {
      const w = t[x].lower;
      if (w === 'was' || w === 'is' || w === 'remains' || w === 'remained') return true; // passive
      been ||= w === 'been';
      has ||= w === 'has';
      plural ||= w === 'were' || w === 'are' || w === 'have';
    }
    if (been && has) return true;
    if (startsObject(t, j + length) && !cue.intransitive) return false; // "has captured the camp"
    if (plural) return false;
    const noun = L.SINGULAR_PERSONS.matchEndingAt(t, k, 2);
    const singularNoun = !!noun;
    const name = /^[A-Z][a-z]/.test(subject.text) && !L.STOP_WORDS.has(subject.lower);
    if (cue.intransitive) return L.PRONOUNS.has(subject.lower) || singularNoun || name;
    // "found Ladarrius Moody shot to death": a name as the object of "found" and the subject of the cue.
    if (name && foundBefore(t, k - 1)) return true;
    // A singular noun with no determiner is headline style: "Man shot, killed in ...", "after man shot".
    return !!noun && !L.POSSESSIVES.matchEndingAt(t, k - noun.length, 2) && !/^(a|an)$/.test(t[k - noun.length - 1]?.lower ?? '');
  }

  /** "killed John Smith", "shot and killed him": one person named after an active cue. */
  private bindNamedObject(i: number): boolean {
    const t = this.tokens;
    const names = t[i] && L.OBJECT_PRONOUNS.has(t[i].lower) ? { end: i + 1, count: 1 } : nameList(t, i);
    if (!names) return false;
    const { end, count } = names;
    const people = namedPeople(i, end, count);
    const binding = bindBefore(t, people);
    if (!binding || binding === 'dropped' || !L.NAME_OBJECT_CATEGORIES.has(binding.category)) return false;
    return this.emit(people, binding) !== null;
  }

  /** "Ahmed Ali and Hassan Omar were arrested": two or more names as the subject of a plural passive. */
  countNamedSubjects(): void {
    const t = this.tokens;
    for (let j = 1; j < t.length; j++) {
      if (this.consumed[j] || t[j].lower !== 'were') continue;
      const found = afterCueAt(t, readFillers(t, j).end, true);
      if (!found || readFillers(t, j).end === j || !L.NAME_OBJECT_CATEGORIES.has(found.cue.category)) continue;
      let start = j;
      while (start > 0 && j - start < 16 && !this.consumed[start - 1] && (/^([A-Z][a-z]|\d|,$|and$)/.test(t[start - 1].text) || nameSuffixStart(t, start) < start)) start--;
      while (start < j && !/^[A-Z][a-z]/.test(t[start].text)) start++;
      const names = nameList(t, start);
      if (!names || names.count < 2 || names.end !== j) continue;
      // "According to Coroner Ann Lee, John Smith and Mary Jones were both …": "both" says the list holds a name too many; "both" is read instead.
      if (names.count > 2 && t[j + 1]?.lower === 'both') continue;
      const fillers = readFillers(t, j);
      const { category } = found.cue;
      const cueEnd = fillers.end + found.length;
      this.emit(namedPeople(start, j, names.count), bindingOf(category, `${category}.names`, fillers.end, cueEnd, cueEnd));
    }
  }

  /**
   * "Three people were shot, two fatally": "shot" counts everyone hit, so the
   * dead in the same sentence are taken out of the injured figure.
   */
  subtractKilledFromShot(): void {
    const killed = this.mentions.filter((m) => m.category === 'killed' && !m.subset && m.value > 0);
    if (killed.length === 0) return;
    const dead = killed.reduce((n, m) => n + m.value, 0);
    for (const shot of this.shotMentions) {
      if (shot.subset || dead > shot.value) continue;
      shot.value -= dead;
      shot.min = Math.max(0, shot.min - dead);
      if (shot.max !== null) shot.max = Math.max(0, shot.max - dead);
      shot.breakdown = {};
      shot.rule = 'injured.shot-minus-killed';
    }
  }
}

/** All count mentions in one sentence of `text`; `reference` (the article's month) marks earlier years and other months as background. */
export function countSentence(text: string, sentence: Sentence, reference: ReferenceMonth | null = null, kinSeen: KinSeen = new Set()): CountMention[] {
  if (!mayHaveCount(sentence.text)) return [];
  const tokens = tokenize(sentence.text, sentence.start);
  const counter = new SentenceCounter(text, sentence, tokens, sentenceScope(sentence.text, tokens, reference), kinSeen);
  counter.countFigures();
  if (L.FIXED_WORD.test(sentence.text)) counter.countFixedPhrases();
  counter.countClauses();
  counter.countNamedSubjects();
  counter.subtractKilledFromShot();
  return counter.mentions.sort((a, b) => a.start - b.start);
}
