import type { Doc } from '../../src/pipeline/doc';
import { emptyDoc } from '../../src/pipeline/stages';
import { normalizeText } from '../../src/text/normalize';
import { splitSentences } from '../../src/text/sentences';

/** A document context with only what the counts stage reads (the other stages are not needed). */
export function docFor(text: string, published: string | null = null): Doc {
  const doc = emptyDoc({ text, published });
  doc.text = normalizeText(text);
  doc.sentences = splitSentences(doc.text);
  return doc;
}
