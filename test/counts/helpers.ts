import type { Doc } from '../../src/pipeline/doc';
import { normalizeText } from '../../src/text/normalize';
import { splitSentences } from '../../src/text/sentences';

/** A document context with only what the counts stage reads (the other stages are not needed). */
export function docFor(text: string, published: string | null = null): Doc {
  const normalized = normalizeText(text);
  return {
    article: { text, published },
    text: normalized,
    sentences: splitSentences(normalized),
    reference: null,
    focusCountry: null,
    dates: [],
    places: [],
    actors: [],
    counts: [],
    triggers: [],
    trace: [],
  };
}
