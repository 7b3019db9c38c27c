/**
 * Whether a figure is a running or background toll rather than the incident
 * itself. "the war has killed 300,000 since 2011" is background: dropped.
 * "in the past two months, some 5,000 fighters have surrendered" is a period
 * total: kept, marked cumulative. A marker covers its own clause, or the whole
 * sentence when it opens the sentence ("Since 2011, ..."). Years are stronger
 * markers: "since 2007" or a year before the article's own covers the whole
 * sentence ("... in December 2012, where 26 people died"). A side's claim
 * ("saying its fighters had killed 20") is dropped like background, and so is
 * "In January, a similar bomb killed seven" in an article of another month.
 */
import type { Token } from './tokens';
import * as L from './lexicon';

/** 'earlier': a first report that a later figure replaces ("had initially put at nine"). */
export type Cumulative = 'background' | 'period' | 'earlier' | null;

/** The article's year and month (1–12). */
export interface ReferenceMonth { year: number; month: number }

export interface Scope {
  /** The scope of the figure that starts at token `i`. */
  cumulativeAt(i: number): Cumulative;
}

const isYear = (t: Token | undefined): boolean => !!t && /^(1[89]|20)\d\d$/.test(t.text);

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * "In January, a similar bomb ... killed seven" in an article of October: an
 * earlier incident. Only "in" and a capitalised month with no day after it
 * ("in January 12" may be the incident's own day).
 */
function otherMonthAt(tokens: readonly Token[], i: number, reference: ReferenceMonth | null): boolean {
  const month = tokens[i + 1];
  if (!reference || tokens[i].lower !== 'in' || !month || !/^[A-Z]/.test(month.text) || !L.MONTHS.has(month.lower)) return false;
  const after = tokens[i + 2];
  if (after && /^\d/.test(after.text) && !isYear(after)) return false;
  if (isYear(after) && Number(after!.text) !== reference.year) return false; // a year decides by itself
  return MONTH_NAMES.findIndex((m) => m.startsWith(month.lower.slice(0, 3))) + 1 !== reference.month;
}

const longestWord = (phrase: string): string => phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a));

/**
 * A sentence with none of these has no scope marker: "since", a year, or one
 * word of every background, period and war phrase. Built once from our tables.
 */
const MARKER_WORD = new RegExp(`\\b(?:since|(?:1[89]|20)\\d\\d|${[
  ...MONTH_NAMES,
  ...new Set([L.BACKGROUND, L.CLAIMS, L.PERIOD, L.WAR_NOUNS, L.EARLIER_REPORTS].flatMap((table) => table.phrases().map(longestWord))),
].map((w) => w.replace(/[^a-z0-9' -]/g, '\\$&')).join('|')})\\b`, 'i');

const NO_SCOPE: Scope = { cumulativeAt: () => null };

/** Scope markers are read only for sentences that have a figure and a marker word. */
export function sentenceScope(text: string, tokens: readonly Token[], reference: ReferenceMonth | null): Scope {
  if (!MARKER_WORD.test(text)) return NO_SCOPE;
  let scope: Scope | null = null;
  return { cumulativeAt: (i) => (scope ??= readScope(tokens, reference)).cumulativeAt(i) };
}

/** Token after which a war is the subject of an active cue ("The Tigray war killed ..."), or -1. */
function warSubjectEnd(tokens: readonly Token[], i: number): number {
  const war = L.WAR_NOUNS.matchAt(tokens, i);
  if (!war) return -1;
  // Up to the cue, a parenthetical may intervene ("The war, now in its fourth month, has killed"), but no figure.
  for (let j = i + war.length; j < tokens.length && j < i + war.length + 12; j++) {
    if (/^\d/.test(tokens[j].text)) return -1;
    if (L.BEFORE.matchAt(tokens, j)) return j;
  }
  return -1;
}

interface Marker {
  kind: Exclude<Cumulative, null>;
  clause: number;
  opensSentence: boolean;
  /** Applies to every figure after this token, whatever its clause (a war as subject); -1 for none. */
  after: number;
}

/**
 * First words of every scope phrase, and "since" and "in" ("in January"):
 * a token that is none of these and no figure starts no marker, so
 * readScope makes one lookup for it instead of one per table.
 */
const MARKER_STARTS = new Set(['since', 'in', ...[L.PERIOD, L.BACKGROUND, L.CLAIMS, L.WAR_NOUNS, L.EARLIER_REPORTS]
  .flatMap((table) => table.phrases().map((p) => p.split(' ')[0]))]);

function readScope(tokens: readonly Token[], reference: ReferenceMonth | null): Scope {
  const clauseOf: number[] = [];
  let clause = 0;
  for (const t of tokens) {
    if (L.CLAUSE_BREAKS.has(t.text)) clause++;
    clauseOf.push(clause);
  }
  const markers: Marker[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!MARKER_STARTS.has(t.lower) && !isYear(t)) continue;
    const sinceYear = t.lower === 'since' && isYear(tokens[i + 1]);
    const pastYear = reference !== null && isYear(t) && Number(t.text) < reference.year;
    // A period phrase wins at its own word: "since Friday", "since the weekend".
    const period = L.PERIOD.matchAt(tokens, i);
    const sinceName = !period && t.lower === 'since' && /^[A-Z]/.test(tokens[i + 1]?.text ?? '');
    const otherMonth = otherMonthAt(tokens, i, reference);
    const background = sinceYear || pastYear || otherMonth || sinceName || (!period && (L.BACKGROUND.matchAt(tokens, i) || L.CLAIMS.matchAt(tokens, i)));
    const kind = background ? 'background' : period ? 'period' : L.EARLIER_REPORTS.matchAt(tokens, i) ? 'earlier' : null;
    if (kind) markers.push({ kind, clause: clauseOf[i], opensSentence: i <= 1 || sinceYear || pastYear, after: -1 });
    const warEnd = warSubjectEnd(tokens, i);
    if (warEnd >= 0) markers.push({ kind: 'background', clause: clauseOf[i], opensSentence: false, after: i });
  }
  return {
    cumulativeAt(i: number): Cumulative {
      const applying = markers.filter((m) => (m.after >= 0 ? i > m.after : m.opensSentence || m.clause === clauseOf[i]));
      if (applying.some((m) => m.kind === 'background')) return 'background';
      if (applying.some((m) => m.kind === 'earlier')) return 'earlier';
      return applying.length > 0 ? 'period' : null;
    },
  };
}

/** A year, a month or a time word: a sentence without one tells no time. */
const TIME_WORD = new RegExp(`\\b(?:(?:1[89]|20)\\d\\d|${[...MONTH_NAMES, ...L.CURRENT_TIMES.phrases().map(longestWord)].join('|')})\\b`, 'i');
export const mayTellTime = (text: string): boolean => TIME_WORD.test(text);

/** A year or a month name near the start: a sentence that may open on an earlier time (see timeOfSentence). */
const OPENING_TIME = new RegExp(`^[\\s\\S]{0,60}?\\b(?:(?:1[89]|20)\\d\\d|${MONTH_NAMES.join('|')})\\b`, 'i');
export const mayOpenOnTime = (text: string): boolean => OPENING_TIME.test(text);

/** How far into a sentence an earlier year or month makes it about the past: its subject ("The March 2021 attack"). */
const OPENING = 6;

/**
 * Whether a sentence opens on an earlier year or month and tells no time of
 * the incident's own ("The March 2021 attack began with a car bomb."): the
 * sentences after it in its paragraph with no time of their own are about that
 * earlier incident too. "since 2019" is a period, not an earlier incident.
 */
export function timeOfSentence(tokens: readonly Token[], reference: ReferenceMonth | null): 'past' | 'current' | null {
  let past = false;
  for (let i = 0; i < tokens.length; i++) {
    if (L.CURRENT_TIMES.matchAt(tokens, i)) return 'current';
    const t = tokens[i];
    if (i >= OPENING || tokens[i - 1]?.lower === 'since') continue;
    past ||= (reference !== null && isYear(t) && Number(t.text) < reference.year) || otherMonthAt(tokens, i, reference);
  }
  return past ? 'past' : null;
}
