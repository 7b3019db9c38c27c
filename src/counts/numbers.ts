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
  vague?: string;
  /** "a"/"an": counts one person only before a singular person noun. */
  article?: boolean;
  /** "no", "nobody": a stated zero. */
  negated?: boolean;
  /** "no" alone needs a noun after it ("no soldiers"); "nobody" does not. */
  needsHead?: boolean;
  /** Written in digits (the only form that can be a year, a time or an age). */
  digits?: boolean;
}

type Bound = 'n' | 'n+1' | 'zero' | 'none';
interface Hedge { min: Bound; max: Bound; approximate?: boolean }
interface Vague { value: number; max?: number; exact?: boolean }

const UNITS: Record<string, number> = data.units;
const TENS: Record<string, number> = data.tens;
const SCALES: Record<string, number> = data.scales;
const MULTIPLIERS: Record<string, number> = data.multipliers;
const HEDGES = new PhraseTable<Hedge>(Object.entries(data.hedges as Record<string, Hedge>));
const VAGUE = new PhraseTable<Vague>(Object.entries(data.vague as Record<string, Vague>));
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

interface Core { value: number; end: number; vague?: string; vagueMax?: number; article?: boolean; digits?: boolean }

/** "5,000" → 5000, "1.2" → 1.2; null for anything that is not a plain figure. */
function digitValue(text: string): number | null {
  if (/[^\d.,]/.test(text)) return null;
  const groups = text.split(',');
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => !/^\d{3}(\.\d+)?$/.test(g)))) return null;
  const plain = groups.join('');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : null;
}

function wordValue(word: string): { kind: 'unit' | 'ten' | 'scale'; value: number } | null {
  if (word in UNITS) return { kind: 'unit', value: UNITS[word] };
  if (word in TENS) return { kind: 'ten', value: TENS[word] };
  if (word in SCALES) return { kind: 'scale', value: SCALES[word] };
  return null;
}

/** Number words from token `i`: "two hundred and fifty", "twenty-five", "a hundred". */
function parseWords(tokens: readonly Token[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let last: 'none' | 'unit' | 'ten' | 'scale' = 'none';
  let k = i;
  if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') {
    if (!(tokens[k + 1]?.lower in SCALES)) return null;
    current = 1;
    last = 'unit';
    k++;
  }
  let end = -1;
  for (; k < tokens.length; k++) {
    const word = tokens[k].lower;
    if (word === 'and' && last === 'scale' && wordValue(tokens[k + 1]?.lower.split('-')[0] ?? '')?.kind !== 'scale') continue;
    // Most words are not number words: test the whole word before splitting "twenty-five".
    const whole = word.includes('-') ? null : wordValue(word);
    if (!whole && !word.includes('-')) break;
    const parts = whole ? [whole] : word.split('-').map(wordValue);
    if (parts.length === 0 || parts.some((p) => p === null)) break;
    let ok = true;
    for (const part of parts as { kind: 'unit' | 'ten' | 'scale'; value: number }[]) {
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
  return end < 0 ? null : { value: total + current, end };
}

function parseCore(tokens: readonly Token[], i: number): Core | null {
  const vague = VAGUE.matchAt(tokens, i);
  if (vague) {
    let end = i + vague.length;
    if (tokens[end]?.lower === 'of') end++;
    if (vague.value.exact) return { value: vague.value.value, end }; // "both": a figure in words
    const phrase = tokens.slice(i, i + vague.length).map((t) => t.lower).join(' ');
    return { value: vague.value.value, vagueMax: vague.value.max, vague: phrase, end };
  }
  const token = tokens[i];
  if (!token) return null;
  let core: Core | null = null;
  if (/^\d/.test(token.text)) {
    const value = digitValue(token.text);
    if (value === null) return null;
    const scale = SCALES[tokens[i + 1]?.lower ?? ''];
    if (scale && scale > 100) core = { value: Math.round(value * scale), end: i + 2, digits: false };
    else if (Number.isInteger(value) && !token.text.includes('.')) core = { value, end: i + 1, digits: true };
    else return null;
  } else {
    core = parseWords(tokens, i);
    if (!core && (token.lower === 'a' || token.lower === 'an')) return { value: 1, end: i + 1, article: true };
  }
  if (!core) return null;
  const multiplier = MULTIPLIERS[tokens[core.end]?.lower ?? ''];
  if (multiplier) return { value: core.value * multiplier, end: core.end + 1 };
  return core;
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
    return { start: i, end, value: 0, min: 0, max: 0, approximate: false, negated: true, needsHead };
  }
  if (tokens[i]?.lower === 'between') {
    const lo = parseCore(tokens, i + 1);
    const hi = lo && tokens[lo.end]?.lower === 'and' ? parseCore(tokens, lo.end + 1) : null;
    if (!lo || !hi || hi.value <= lo.value) return null;
    return { start: i, end: hi.end, value: lo.value, min: lo.value, max: hi.value, approximate: true };
  }
  const hedge = HEDGES.matchAt(tokens, i);
  const at = hedge ? i + hedge.length : i;
  if (!hedge && !isDigit(first.text) && !CORE_START_WORDS.has(firstPart(first.lower))) return null; // "in", "at": hedge words only
  const core = parseCore(tokens, at);
  if (!core) return null;
  // "rose from 17 to 23" is an update, not a range.
  const range = tokens[i - 1]?.lower === 'from' ? null : parseRangeEnd(tokens, core);
  if (range) {
    return { start: i, end: range.end, value: core.value, min: core.value, max: range.value, approximate: true };
  }
  const n = core.value;
  const quantity: Quantity = {
    start: i,
    end: core.end,
    value: n,
    min: n,
    max: core.vague ? (core.vagueMax ?? null) : n,
    approximate: !!core.vague,
  };
  if (core.vague) quantity.vague = core.vague;
  if (core.article) quantity.article = true;
  if (core.digits) quantity.digits = true;
  if (hedge) {
    const h = hedge.value;
    quantity.min = bound(h.min, n) ?? n;
    quantity.max = h.max === 'n' && core.vague && core.vagueMax === undefined ? null : bound(h.max, n);
    quantity.approximate = quantity.approximate || !!h.approximate;
    if (core.article) return null; // "about a" is not a figure
  }
  return quantity;
}

/** The figure a whole phrase states ("twenty-five", "1.2 million", "a dozen"), or null. */
export function parseNumber(text: string): number | null {
  const tokens = tokenize(text.trim());
  const q = parseQuantity(tokens, 0);
  return q && q.end === tokens.length && !q.article ? q.value : null;
}
