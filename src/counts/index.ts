/**
 * The counts stage: people killed, injured, captured, arrested, kidnapped,
 * surrendered and displaced, each with its evidence span, rule id, scope and
 * breakdown. See README.md for the choices made.
 */
import type { CountMention, Doc } from '../pipeline/doc';
import { splitSentences } from '../text/sentences';
import { countSentence, type KinSeen } from './find';
import { mayOpenOnTime, mayTellTime, timeOfSentence, type ReferenceMonth } from './scope';
import { tokenize } from './tokens';

export { mergeCounts } from './merge';
export { parseNumber, parseQuantity, type Quantity } from './numbers';
export { tokenize, type Token } from './tokens';

/** The year and month of the article, where known: figures in clauses about earlier years or other months are background. */
function referenceMonth(doc: Doc): ReferenceMonth | null {
  const date = doc.reference?.value ?? doc.article.published ?? null;
  const found = date ? /^(\d{4})-(\d\d)/.exec(date) : null;
  return found ? { year: Number(found[1]), month: Number(found[2]) } : null;
}

export function findCounts(doc: Doc): CountMention[] {
  const sentences = doc.sentences.length > 0 || doc.text.length === 0 ? doc.sentences : splitSentences(doc.text);
  const reference = referenceMonth(doc);
  const mentions: CountMention[] = [];
  let pastParagraph = -1; // a paragraph gone back to an earlier year or month ("The March 2021 attack began ...")
  const kinSeen: KinSeen = new Set(); // "his wife" counted once per category in the article
  for (const s of sentences) {
    if (s.paragraph !== pastParagraph) pastParagraph = -1;
    // Tokenized only where it may matter: a sentence that may open on a time, or one after such a sentence.
    const read = reference !== null && (pastParagraph >= 0 ? mayTellTime(s.text) : mayOpenOnTime(s.text));
    const time = read ? timeOfSentence(tokenize(s.text, s.start), reference) : null;
    if (time === 'current') pastParagraph = -1;
    if (pastParagraph < 0) for (const m of countSentence(doc.text, s, reference, kinSeen)) mentions.push(m);
    if (time === 'past') pastParagraph = s.paragraph;
  }
  return mentions;
}
