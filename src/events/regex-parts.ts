/**
 * Reads a fixed regular expression (our rule tables, never article text) for
 * what a match must contain: its top-level alternatives, and for each the
 * literal strings one of which every match of it contains ("missiles" in
 * "(?:with|of) [a-z0-9 ]{0,15}missiles"), each marked when it must start a
 * word. prefilter.ts scans a text once for all these literals and then runs a
 * rule's alternatives only where their literals are.
 *
 * The reading is conservative: what it cannot follow (a class, an optional
 * part, a back-reference) only ends a literal or leaves an alternative
 * without one (it then always runs), so a missing literal never hides a match.
 */

type Before = 'nonword' | 'word' | 'boundary' | 'unknown';

interface Atom {
  kind: 'char' | 'class' | 'assert' | 'group';
  /** char: the character, lower-cased; class: set when it holds only non-word characters. */
  char?: string;
  nonWordOnly?: boolean;
  /** assert: which one ("b" for \b, "^", "$", "B", or "(" for a lookaround). */
  assertion?: string;
  /** group (and lookaround): its branches. */
  branches?: Branch[];
  capturing?: boolean;
  lookaround?: boolean;
  min: number;
  max: number;
  start: number;
  end: number;
}

interface Branch { atoms: Atom[]; start: number; end: number }

/** One literal a match must contain; `wordStart`: it starts where a word starts. */
export interface Literal { text: string; wordStart: boolean }

export interface Alternative {
  /** The source of the whole pattern with only this alternative (prefix + alternative + suffix). */
  source: string;
  /** One of these occurs in every match; null when no literal of three or more characters is certain. */
  literals: Literal[] | null;
}

export interface PatternParts {
  alternatives: Alternative[];
  /** The source with a subset of the alternatives, or null when the pattern cannot be split (captures, back-references). */
  subset: ((indices: readonly number[]) => string) | null;
}

const MIN_LITERAL = 3;
/** A literal's first characters are as certain as the whole and, beyond this many, as rare: longer ones are cut. */
const MAX_LITERAL = 10;
/** Cross products of literal groups beyond this many strings end the literal instead. */
const MAX_STRINGS = 48;

const isWordChar = (c: string) => {
  const n = c.charCodeAt(0);
  return (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95;
};
const QUANTIFIER = /(?:\?|\*|\+|\{(\d+)(,(\d*))?\})\??/y;

class Parser {
  private i = 0;
  splittable = true;
  constructor(private readonly src: string) {}

  branches(): Branch[] {
    const out: Branch[] = [];
    let start = this.i;
    const atoms: Atom[] = [];
    for (;;) {
      if (this.i >= this.src.length || this.src[this.i] === ')') {
        out.push({ atoms: atoms.splice(0), start, end: this.i });
        return out;
      }
      if (this.src[this.i] === '|') {
        out.push({ atoms: atoms.splice(0), start, end: this.i });
        start = ++this.i;
        continue;
      }
      atoms.push(this.quantified(this.atom()));
    }
  }

  private atom(): Atom {
    const start = this.i;
    const c = this.src[this.i++];
    // One shape for every atom (all fields, in one order): the readers below stay monomorphic.
    const make = (a: Partial<Atom> & Pick<Atom, 'kind'>): Atom => ({
      kind: a.kind, char: a.char, nonWordOnly: a.nonWordOnly ?? false, assertion: a.assertion, branches: a.branches,
      capturing: a.capturing ?? false, lookaround: a.lookaround ?? false, min: 1, max: 1, start, end: a.end ?? this.i,
    });
    if (c === '(') {
      let capturing = true;
      let lookaround = false;
      if (this.src[this.i] === '?') {
        capturing = false;
        const head = this.src.slice(this.i, this.i + 4);
        if (head.startsWith('?:')) this.i += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) { lookaround = true; this.i += 2; }
        else if (head.startsWith('?<=') || head.startsWith('?<!')) { lookaround = true; this.i += 3; }
        else { this.splittable = false; capturing = true; this.i = this.src.indexOf('>', this.i) + 1; } // named group
      }
      if (capturing) this.splittable = false;
      const branches = this.branches();
      this.i++; // ')'
      return make({ kind: lookaround ? 'assert' : 'group', assertion: lookaround ? '(' : undefined, branches, capturing, lookaround, end: this.i });
    }
    if (c === '[') return make({ ...this.charClass(), end: this.i });
    if (c === '\\') {
      const e = this.src[this.i++];
      if (e === 'b' || e === 'B') return make({ kind: 'assert', assertion: e });
      if (e === 's' || e === 'W') return make({ kind: 'class', nonWordOnly: true });
      if ('dDwS'.includes(e)) return make({ kind: 'class' });
      if (/[1-9k]/.test(e)) { this.splittable = false; return make({ kind: 'class' }); }
      return make({ kind: 'char', char: this.escaped(e).toLowerCase() });
    }
    if (c === '^' || c === '$') return make({ kind: 'assert', assertion: c });
    if (c === '.') return make({ kind: 'class' });
    return make({ kind: 'char', char: c.toLowerCase() });
  }

  /** The character an escape stands for (\u2019, \x41, \t, \-). */
  private escaped(e: string): string {
    if (e === 'u' || e === 'x') {
      const n = e === 'u' ? 4 : 2;
      const hex = this.src.slice(this.i, this.i + n);
      this.i += n;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return ({ n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' } as Record<string, string>)[e] ?? e;
  }

  /** "[Tt]" is one letter either case; a class of non-word characters only ("[- ]") is marked. */
  private charClass(): Pick<Atom, 'kind' | 'char' | 'nonWordOnly'> {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const members: string[] = [];
    let wordPossible = negated;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i++];
      if (c === '\\') {
        const e = this.src[this.i++];
        if ('dwDWsS'.includes(e)) { wordPossible ||= e !== 's'; members.push('\0'); continue; }
        c = this.escaped(e);
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i += 2; // a range: treat it as any character
        if (this.src[this.i - 1] === '\\') this.i++;
        wordPossible = true;
        members.push('\0');
        continue;
      }
      wordPossible ||= isWordChar(c);
      members.push(c);
    }
    this.i++; // ']'
    const lower = new Set(members.map((m) => m.toLowerCase()));
    if (!negated && lower.size === 1 && /^[a-z]$/.test([...lower][0]) && members.length === 2) return { kind: 'char', char: [...lower][0] };
    return { kind: 'class', nonWordOnly: !wordPossible && !members.includes('\0') };
  }

  private quantified(atom: Atom): Atom {
    if (!'?*+{'.includes(this.src[this.i] ?? '.')) return atom;
    QUANTIFIER.lastIndex = this.i;
    const m = QUANTIFIER.exec(this.src);
    if (!m) return atom;
    this.i += m[0].length;
    const q = m[0][0];
    const [min, max] = q === '?' ? [0, 1] : q === '*' ? [0, Infinity] : q === '+' ? [1, Infinity]
      : [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    atom.min = min;
    atom.max = max;
    atom.end = this.i;
    return atom;
  }
}

interface Candidate { strings: string[]; before: Before }

/** Every string one occurrence of an atom can match when it is made of literals only (bounded), else null. */
function optionsOf(a: Atom): string[] | null {
  if (a.kind === 'char') return [a.char!];
  if (a.kind !== 'group') return null;
  const options: string[] = [];
  for (const b of a.branches!) {
    const s = exactStrings(b.atoms);
    if (!s) return null;
    options.push(...s);
  }
  return options;
}

/** Every string a branch can match when it is made of literals only (bounded), else null. */
function exactStrings(atoms: readonly Atom[]): string[] | null {
  let out = [''];
  for (const a of atoms) {
    if (a.max !== 1) return null;
    let options = optionsOf(a);
    if (!options) return null;
    if (a.min === 0) options = ['', ...options];
    const next: string[] = [];
    for (const x of out) for (const y of options) next.push(x + y);
    if (next.length > MAX_STRINGS) return null;
    out = [...new Set(next)];
  }
  return out;
}

function toLiterals(c: Candidate): Literal[] {
  const startsWord = c.before === 'nonword' || c.before === 'boundary';
  const texts = [...new Set(c.strings.map((s) => s.slice(0, MAX_LITERAL)))];
  return minimal(texts.map((text) => ({ text, wordStart: startsWord && isWordChar(text[0]) })));
}

/** Drops a literal whose every occurrence holds another of the set ("abducted" beside "abduct"). */
function minimal(literals: Literal[]): Literal[] {
  const implies = (b: Literal, a: Literal) => b.text.startsWith(a.text) && (!a.wordStart || b.wordStart);
  const unique = literals.filter((l, i) => literals.findIndex((m) => m.text === l.text && m.wordStart === l.wordStart) === i);
  return unique.filter((b) => !unique.some((a) => a !== b && implies(b, a) && !(implies(a, b) && unique.indexOf(a) > unique.indexOf(b))));
}

/** The best literal set of a sequence of atoms: the one whose shortest string is longest. */
function bestLiterals(atoms: readonly Atom[], before: Before): Literal[] | null {
  const candidates: Literal[][] = [];
  let run: string[] = [];
  let runBefore: Before = before;
  let prev: Before = before;
  const close = () => {
    if (run.length > 0 && run.some((s) => s.length > 0)) candidates.push(toLiterals({ strings: run, before: runBefore }));
    run = [];
  };
  const extend = (options: string[]) => {
    if (run.length === 0) { run = ['']; runBefore = prev; }
    const next: string[] = [];
    for (const x of run) for (const y of options) next.push(x + y);
    if (next.length > MAX_STRINGS) { close(); return false; }
    run = [...new Set(next)];
    return true;
  };
  const lastKind = (strings: string[]): Before => {
    if (strings.some((s) => s.length === 0)) return 'unknown';
    const word = strings.map((s) => isWordChar(s[s.length - 1]));
    return word.every(Boolean) ? 'word' : word.some(Boolean) ? 'unknown' : 'nonword';
  };
  for (const a of atoms) {
    if (a.kind === 'assert') {
      if (a.assertion === 'b') { if (prev === 'unknown') prev = 'boundary'; continue; }
      if (a.assertion === '(') continue; // a lookaround consumes nothing and proves nothing
      close();
      prev = a.assertion === '^' ? 'nonword' : 'unknown';
      continue;
    }
    if (a.kind === 'char' && a.min === 0 && a.max === 1) { extend(['', a.char!]); prev = 'unknown'; continue; } // "re-?took"
    if (a.min === 0 && a.kind !== 'group') { close(); prev = 'unknown'; continue; }
    if (a.kind === 'char') {
      if (a.max === 1) { extend([a.char!]); prev = isWordChar(a.char!) ? 'word' : 'nonword'; }
      else { extend([a.char!]); close(); prev = 'unknown'; }
      continue;
    }
    if (a.kind === 'class') { close(); prev = a.nonWordOnly ? 'nonword' : 'unknown'; continue; }
    // a group
    const exact = a.max === 1 ? optionsOf(a) : null;
    if (exact && extend(a.min === 0 ? ['', ...exact] : exact)) { prev = lastKind(a.min === 0 ? ['', ...exact] : exact); continue; }
    close();
    if (a.min >= 1) {
      const each = a.branches!.map((b) => bestLiterals(b.atoms, prev));
      if (each.every((l): l is Literal[] => l !== null)) candidates.push(minimal(each.flat()));
    }
    prev = 'unknown';
  }
  close();
  let best: Literal[] | null = null;
  // Beyond eight characters a literal is rare enough; one that starts a word is cheaper to scan for.
  const strength = (ls: Literal[]) => Math.min(...ls.map((l) => Math.min(l.text.length, 8) + (l.wordStart ? 2 : 0)));
  for (const c of candidates) {
    if (Math.min(...c.map((l) => l.text.length)) < MIN_LITERAL) continue;
    if (!best || strength(c) > strength(best) || (strength(c) === strength(best) && c.length < best.length)) best = c;
  }
  return best;
}

/** Splits a pattern into its alternatives, each with the literals its matches contain. */
export function patternParts(source: string): PatternParts {
  const parser = new Parser(source);
  const top = parser.branches();
  const whole = (): PatternParts => ({ alternatives: [{ source, literals: bestLiterals(top[0].atoms, 'unknown') }], subset: null });
  let prefix = '';
  let suffix = '';
  let branches: Branch[];
  let prefixAtoms: Atom[] = [];
  let suffixAtoms: Atom[] = [];
  if (top.length > 1) branches = top;
  else {
    const atoms = top[0].atoms;
    const groups = atoms.filter((a) => a.kind !== 'assert');
    const g = groups[0];
    if (groups.length !== 1 || g.kind !== 'group' || g.capturing || g.min !== 1 || g.max !== 1 || g.branches!.length < 2) return whole();
    const at = atoms.indexOf(g);
    prefixAtoms = atoms.slice(0, at);
    suffixAtoms = atoms.slice(at + 1);
    prefix = source.slice(0, g.start) + '(?:';
    suffix = ')' + source.slice(g.end);
    branches = g.branches!;
  }
  const alternatives = branches.map((b) => {
    const body = source.slice(b.start, b.end);
    return {
      source: top.length > 1 ? body : prefix + body + suffix,
      literals: bestLiterals([...prefixAtoms, ...b.atoms, ...suffixAtoms], 'unknown'),
    };
  });
  const bodies = branches.map((b) => source.slice(b.start, b.end));
  const subset = parser.splittable ? (indices: readonly number[]) => prefix + indices.map((i) => bodies[i]).join('|') + suffix : null;
  return { alternatives, subset };
}
