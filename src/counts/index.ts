/**
 * The counts stage: people killed, injured, captured, arrested, kidnapped,
 * surrendered and displaced, each with its evidence span, rule id, scope and
 * breakdown. See README.md for the choices made.
 */
import type { CountMention, Doc } from '../pipeline/doc';
import { splitSentences } from '../text/sentences';
import { countSentence } from './find';

export { mergeCounts } from './merge';
export { parseNumber, parseQuantity, type Quantity } from './numbers';
export { tokenize, type Token } from './tokens';

/** The year of the article, where known: figures in clauses about earlier years are background. */
function referenceYear(doc: Doc): number | null {
  const date = doc.reference?.value ?? doc.article.published ?? null;
  const year = date ? /^(\d{4})-/.exec(date) : null;
  return year ? Number(year[1]) : null;
}

export function findCounts(doc: Doc): CountMention[] {
  const sentences = doc.sentences.length > 0 || doc.text.length === 0 ? doc.sentences : splitSentences(doc.text);
  const year = referenceYear(doc);
  const mentions: CountMention[] = [];
  for (const s of sentences) for (const m of countSentence(doc.text, s, year)) mentions.push(m);
  return mentions;
}
