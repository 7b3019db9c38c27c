/**
 * Quantities of people as news copy writes them: digits with separators
 * ("5,000", "1.2 million"), number words ("two hundred and fifty",
 * "twenty-five"), vague words with a conventional lower bound ("dozens"),
 * hedges ("at least", "nearly"), ranges ("10 to 15") and negators ("no one").
 * A table of words is enough and far faster than compromise; nothing here
 * needs a tagger. Reusable by other stages: `parseQuantity` on tokens,
 * `parseNumber` on a string.
 */
import data from './numbers.json';
import { PhraseTable } from './phrases';
import { tokenize, type Token } from './tokens';

export interface Quantity {
  /** Token range [start, end) the quantity covers, hedge included. */
  start: number;
  end: number;
  value: number;
  min: number;
  max: number | null;
  approximate: boolean;
  /** The vague phrase ("dozens"), if the figure is a conventional lower bound. */
  vague: string | undefined;
  /** "a"/"an": counts one person only before a singular person noun. */
  article: boolean;
  /** "no", "nobody": a stated zero. */
  negated: boolean;
  /** "no" alone needs a noun after it ("no soldiers"); "nobody" does not. */
  needsHead: boolean;
  /** Written in digits (the only form that can be a year, a time or an age). */
  digits: boolean;
}

type Bound = 'n' | 'n+1' | 'zero' | 'none';
interface Hedge { min: Bound; max: Bound; approximate?: boolean }
interface Vague { value: number; max?: number; exact?: boolean }

const UNITS: Record<string, number> = data.units;
const TENS: Record<string, number> = data.tens;
const SCALES: Record<string, number> = data.scales;

interface NumberWord { kind: 'unit' | 'ten' | 'scale'; value: number }
/** Every number word, in one Map (a lookup on an object also finds "constructor"; Maps take any kind of string key at one cost). */
const NUMBER_WORDS = new Map<string, NumberWord>([
  ...Object.entries(SCALES).map(([w, value]): [string, NumberWord] => [w, { kind: 'scale', value }]),
  ...Object.entries(TENS).map(([w, value]): [string, NumberWord] => [w, { kind: 'ten', value }]),
  ...Object.entries(UNITS).map(([w, value]): [string, NumberWord] => [w, { kind: 'unit', value }]),
]);
const SCALE_WORDS = new Map(Object.entries(SCALES));
const MULTIPLIERS = new Map(Object.entries(data.multipliers as Record<string, number>));
// Entries of one shape each (see `core` below): the JSON leaves optional fields out.
const HEDGES = new PhraseTable<Hedge>(Object.entries(data.hedges as Record<string, Hedge>)
  .map(([phrase, h]): [string, Hedge] => [phrase, { min: h.min, max: h.max, approximate: !!h.approximate }]));
const VAGUE = new PhraseTable<Vague>(Object.entries(data.vague as Record<string, Vague>)
  .map(([phrase, v]): [string, Vague] => [phrase, { value: v.value, max: v.max, exact: !!v.exact }]));
const NEGATORS = PhraseTable.of(data.negators);
const RANGE_JOINERS = new Set(data.rangeJoiners);

/** First words a quantity can start with; any other word is rejected at once. */
const START_WORDS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'a', 'an', 'between',
  ...[...Object.keys(data.hedges), ...Object.keys(data.vague), ...data.negators].map((p) => p.split(' ')[0]),
]);

/** First words of a figure itself, hedges and negators aside: "twenty-five", "a hundred", "dozens". */
const CORE_START_WORDS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'a', 'an', ...Object.keys(data.vague).map((p) => p.split(' ')[0]),
]);

export const isDigit = (text: string): boolean => text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;
/** "twenty" of "twenty-five". */
const firstPart = (word: string): string => {
  const dash = word.indexOf('-');
  return dash < 0 ? word : word.slice(0, dash);
};

/** `vagueMax` -1: the vague word has no upper bound (a number always, so the field keeps one representation). */
interface Core { value: number; end: number; vague: string | undefined; vagueMax: number; article: boolean; digits: boolean }

/**
 * Every Core and every Quantity is made by one of these, with all fields in one
 * order: objects of one kind with different fields make V8 deoptimise the
 * functions that read them ("wrong map"), in every thread.
 */
const core = (value: number, end: number, digits = false, vague: string | undefined = undefined, vagueMax = -1): Core =>
  ({ value, end, vague, vagueMax, article: false, digits });

function quantityOf(start: number, end: number, value: number, min: number, max: number | null, approximate: boolean): Quantity {
  return { start, end, value, min, max, approximate, vague: undefined, article: false, negated: false, needsHead: false, digits: false };
}

/** "5,000" → 5000, "1.2" → 1.2; null for anything that is not a plain figure. */
function digitValue(text: string): number | null {
  if (/[^\d.,]/.test(text)) return null;
  const groups = text.split(',');
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => !/^\d{3}(\.\d+)?$/.test(g)))) return null;
  const plain = groups.join('');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

const wordValue = (word: string): NumberWord | null => NUMBER_WORDS.get(word) ?? null;

/** Number words from token `i`: "two hundred and fifty", "twenty-five", "a hundred". */
function parseWords(tokens: readonly Token[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let last: 'none' | 'unit' | 'ten' | 'scale' = 'none';
  let k = i;
  if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') {
    if (!SCALE_WORDS.has(tokens[k + 1]?.lower ?? '')) return null;
    current = 1;
    last = 'unit';
    k++;
  }
  let end = -1;
  for (; k < tokens.length; k++) {
    const word = tokens[k].lower;
    if (word === 'and' && last === 'scale' && wordValue(tokens[k + 1]?.lower.split('-')[0] ?? '')?.kind !== 'scale') continue;
    // Most words are not number words: test the whole word before splitting "twenty-five".
    const hyphenated = word.includes('-');
    const whole = hyphenated ? null : wordValue(word);
    if (!whole && !hyphenated) break;
    // Each part is looked up where it is used: arrays of parts made two ways were two kinds of array for V8.
    const pieces = hyphenated ? word.split('-') : null;
    if (pieces && !pieces.every((p) => wordValue(p) !== null)) break;
    let ok = true;
    for (let x = 0; x < (pieces ? pieces.length : 1); x++) {
      const part = pieces ? wordValue(pieces[x])! : whole!;
      if (part.kind === 'scale') {
        if (part.value === 100) current = (current || 1) * 100;
        else { total += (current || 1) * part.value; current = 0; }
      } else if ((last === 'unit') || (last === 'ten' && part.kind === 'ten')) {
        ok = false; // "two three", "twenty thirty": two figures, not one
        break;
      } else current += part.value;
      last = part.kind;
    }
    if (!ok) break;
    end = k + 1;
  }
  return end < 0 ? null : core(total + current, end);
}

function parseCore(tokens: readonly Token[], i: number): Core | null {
  const vague = VAGUE.matchAt(tokens, i);
  if (vague) {
    let end = i + vague.length;
    if (tokens[end]?.lower === 'of') end++;
    if (vague.value.exact) return core(vague.value.value, end); // "both": a figure in words
    let phrase = tokens[i].lower;
    for (let k = i + 1; k < i + vague.length; k++) phrase += ` ${tokens[k].lower}`;
    return core(vague.value.value, end, false, phrase, vague.value.max ?? -1);
  }
  const token = tokens[i];
  if (!token) return null;
  let found: Core | null = null;
  if (/^\d/.test(token.text)) {
    const value = digitValue(token.text);
    if (value === null) return null;
    const scale = SCALE_WORDS.get(tokens[i + 1]?.lower ?? '');
    if (scale && scale > 100) found = core(Math.round(value * scale), i + 2);
    else if (Number.isInteger(value) && !token.text.includes('.')) found = core(value, i + 1, true);
    else return null;
  } else {
    found = parseWords(tokens, i);
    if (!found && (token.lower === 'a' || token.lower === 'an')) {
      const article = core(1, i + 1);
      article.article = true;
      return article;
    }
  }
  if (!found) return null;
  const multiplier = MULTIPLIERS.get(tokens[found.end]?.lower ?? '');
  if (multiplier) return core(found.value * multiplier, found.end + 1);
  return found;
}

function bound(b: Bound, n: number): number | null {
  switch (b) {
    case 'n': return n;
    case 'n+1': return n + 1;
    case 'zero': return 0;
    case 'none': return null;
  }
}

/** Whether two tokens touch ("10-15" rather than "10 - 15"). */
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** "10 to 15", "10-15", "10 or 12" after a first figure; null when not a range. */
function parseRangeEnd(tokens: readonly Token[], first: Core): Core | null {
  const joiner = tokens[first.end];
  if (!joiner || !RANGE_JOINERS.has(joiner.lower) || first.vague || first.article) return null;
  if (joiner.lower === '-' && !(adjacent(tokens[first.end - 1], joiner) && adjacent(joiner, tokens[first.end + 1]))) return null;
  const second = parseCore(tokens, first.end + 1);
  return second && !second.vague && !second.article && second.value > first.value ? second : null;
}

/** Whether a quantity can start with this token: a cheap test before parsing. */
export const mayStartQuantity = (t: Token): boolean => isDigit(t.text) || START_WORDS.has(firstPart(t.lower));

/** Whether the token is a digit or one of `words`, whose first part is the part before a hyphen ("twenty-five"). */
export const startsWith = (t: Token, words: ReadonlySet<string>): boolean => isDigit(t.text) || words.has(firstPart(t.lower));

/** First words of a quantity, for callers that extend the set. */
export const QUANTITY_START_WORDS: ReadonlySet<string> = START_WORDS;

/** The quantity starting at token `i`, or null. */
export function parseQuantity(tokens: readonly Token[], i: number): Quantity | null {
  const first = tokens[i];
  if (!first || !mayStartQuantity(first)) return null;
  const negator = NEGATORS.matchAt(tokens, i);
  if (negator) {
    const end = i + negator.length;
    const needsHead = negator.value === 'no' || negator.value === 'none of the' || negator.value === 'not a single';
    const zero = quantityOf(i, end, 0, 0, 0, false);
    zero.negated = true;
    zero.needsHead = needsHead;
    return zero;
  }
  if (tokens[i]?.lower === 'between') {
    const lo = parseCore(tokens, i + 1);
    const hi = lo && tokens[lo.end]?.lower === 'and' ? parseCore(tokens, lo.end + 1) : null;
    if (!lo || !hi || hi.value <= lo.value) return null;
    return quantityOf(i, hi.end, lo.value, lo.value, hi.value, true);
  }
  const hedge = HEDGES.matchAt(tokens, i);
  const at = hedge ? i + hedge.length : i;
  if (!hedge && !isDigit(first.text) && !CORE_START_WORDS.has(firstPart(first.lower))) return null; // "in", "at": hedge words only
  const figure = parseCore(tokens, at);
  if (!figure) return null;
  // "rose from 17 to 23" is an update, not a range.
  const range = tokens[i - 1]?.lower === 'from' ? null : parseRangeEnd(tokens, figure);
  if (range) return quantityOf(i, range.end, figure.value, figure.value, range.value, true);
  const n = figure.value;
  const quantity = quantityOf(i, figure.end, n, n, figure.vague ? (figure.vagueMax >= 0 ? figure.vagueMax : null) : n, !!figure.vague);
  quantity.vague = figure.vague;
  quantity.article = figure.article;
  quantity.digits = figure.digits;
  if (hedge) {
    const h = hedge.value;
    quantity.min = bound(h.min, n) ?? n;
    quantity.max = h.max === 'n' && figure.vague && figure.vagueMax < 0 ? null : bound(h.max, n);
    quantity.approximate = quantity.approximate || !!h.approximate;
    if (figure.article) return null; // "about a" is not a figure
  }
  return quantity;
}

/** The figure a whole phrase states ("twenty-five", "1.2 million", "a dozen"), or null. */
export function parseNumber(text: string): number | null {
  const tokens = tokenize(text.trim());
  const q = parseQuantity(tokens, 0);
  return q && q.end === tokens.length && !q.article ? q.value : null;
}
