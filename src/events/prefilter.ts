/**
 * A word index over the trigger rules, so that a sentence runs only the rules
 * whose leading words it contains. Each rule's pattern is read once: the
 * literal words its top-level alternatives must start with ("clash",
 * "fought", "air"). A rule with an alternative that has no such literal runs
 * on every sentence. One scan with the union of all leading words (fixed
 * data, never article text) then picks the rules a sentence needs.
 */
import type { TriggerRule } from './lexicon';

const MIN_PREFIX = 3;

/** Splits a pattern body at its top-level `|`. */
function alternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { parts.push(body.slice(from, i)); from = i + 1; }
  }
  parts.push(body.slice(from));
  return parts;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === '[') { while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1; continue; }
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

const QUANTIFIER = /^[?*+{]/;

/** Leading literal words an alternative must start with, or null when it has none we can read. */
function leading(alt: string): string[] | null {
  let s = alt;
  for (;;) {
    if (s.startsWith('\\b')) s = s.slice(2);
    else if (s.startsWith('(?<!') || s.startsWith('(?<=')) s = s.slice(closingParen(s, 0) + 1);
    else break;
  }
  if (s.startsWith('(?:')) {
    const close = closingParen(s, 0);
    if (close < 0 || QUANTIFIER.test(s.slice(close + 1))) return null;
    const found: string[] = [];
    for (const inner of alternatives(s.slice(3, close))) {
      const words = leading(inner + s.slice(close + 1));
      if (!words) return null;
      found.push(...words);
    }
    return found;
  }
  let prefix = '';
  for (let i = 0; i < s.length && /[A-Za-z0-9 '-]/.test(s[i]); i++) {
    if (QUANTIFIER.test(s.slice(i + 1))) break; // the character is optional
    prefix += s[i];
  }
  return prefix.length >= MIN_PREFIX ? [prefix.toLowerCase()] : null;
}

export interface TriggerIndex {
  /** Rules to run on a sentence. */
  rulesFor(sentence: string): TriggerRule[];
}

export function buildTriggerIndex(rules: readonly TriggerRule[]): TriggerIndex {
  const always: number[] = [];
  const byWord = new Map<string, number[]>();
  rules.forEach((rule, i) => {
    const body = rule.pattern.source.replace(/^\\b/, '');
    const words = leading(body);
    if (!words) { always.push(i); return; }
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), i]);
  });
  const escaped = [...byWord.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const union = new RegExp(`\\b(?:${escaped.join('|')})`, 'gi');
  // The union, longest word first, reports the longest word at a position; the shorter words there
  // ("air" in "air raid") are its prefixes, so each word's entry also lists its prefixes' rules.
  const withPrefixes = new Map<string, number[]>();
  for (const w of byWord.keys()) {
    const all = new Set<number>();
    for (const [v, ids] of byWord) if (w.startsWith(v)) for (const i of ids) all.add(i);
    withPrefixes.set(w, [...all]);
  }
  return {
    rulesFor(sentence) {
      const picked = new Uint8Array(rules.length);
      for (const i of always) picked[i] = 1;
      union.lastIndex = 0;
      for (let m = union.exec(sentence); m; m = union.exec(sentence)) {
        for (const i of withPrefixes.get(m[0].toLowerCase()) ?? []) picked[i] = 1;
        union.lastIndex = m.index + 1; // words inside a longer match ("raids" in "air raids") count too
      }
      const out: TriggerRule[] = [];
      picked.forEach((p, i) => { if (p) out.push(rules[i]); });
      return out;
    },
  };
}
