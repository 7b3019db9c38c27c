/**
 * Multi-word phrase lookup over tokens: the lexicons are lists of phrases
 * ("lost their lives", "at least"); we index them by first word and try the
 * longest first, so matching costs a map lookup per token.
 */
import type { Token } from './tokens';

export interface PhraseMatch<T> {
  /** Number of tokens the phrase covers. */
  length: number;
  value: T;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private readonly lastWords = new Set<string>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().split(' ');
      this.lastWords.add(words[words.length - 1]);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  static of(phrases: Iterable<string>): PhraseTable<string> {
    return new PhraseTable([...phrases].map((p): [string, string] => [p, p]));
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    const list = i < limit ? this.byFirst.get(tokens[i].lower) : undefined;
    if (!list) return null;
    for (const { words, value } of list) {
      if (i + words.length > limit) continue;
      let k = 1;
      while (k < words.length && tokens[i + k].lower === words[k]) k++;
      if (k === words.length) return { length: k, value };
    }
    return null;
  }

  /** The longest phrase that ends just before token `end` (exclusive), or null. */
  matchEndingAt(tokens: readonly Token[], end: number, maxWords = 5): PhraseMatch<T> | null {
    if (end < 1 || !this.lastWords.has(tokens[end - 1].lower)) return null; // one lookup for most positions
    let best: PhraseMatch<T> | null = null;
    for (let n = 1; n <= maxWords && end - n >= 0; n++) {
      const m = this.matchAt(tokens, end - n, end);
      if (m && m.length === n) best = m;
    }
    return best;
  }

  /** Whether some phrase ends with `word` (a cheap test before `matchEndingAt`). */
  endsWith(word: string): boolean {
    return this.lastWords.has(word);
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Every phrase of the table, lower-cased. */
  phrases(): string[] {
    return [...this.byFirst.values()].flatMap((list) => list.map((e) => e.words.join(' ')));
  }
}
