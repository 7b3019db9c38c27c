/** Builds regular-expression alternations from the fixed phrase tables (never from article text). */

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "on" → "[Oo]n": sentence-initial capitals match, the rest stays case-sensitive. */
function capitalisable(phrase: string): string {
  const first = phrase[0];
  const upper = first.toUpperCase();
  const head = upper === first ? escapeRegex(first) : `[${upper}${first}]`;
  return head + escapeRegex(phrase.slice(1)).replace(/ /g, '\\s');
}

/** Longest first, so "earlier this week" wins over "this week". */
export function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).map(capitalisable).join('|');
}
