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

export function findCounts(doc: Doc): CountMention[] {
  const sentences = doc.sentences.length > 0 || doc.text.length === 0 ? doc.sentences : splitSentences(doc.text);
  return sentences.flatMap((s) => countSentence(doc.text, s));
}
