/** Builds the document context the actors stage sees, without running other teams' stages. */
import { emptyDoc } from '../../src/pipeline/stages';
import { normalizeText } from '../../src/text/normalize';
import { splitSentences } from '../../src/text/sentences';
import type { Doc, TriggerMention } from '../../src/pipeline/doc';
import type { EventType, SubEventType } from '../../src/schema/vocab';
import { findActors, loadActorDictionary, type ActorDictionary } from '../../src/actors';

let dict: ActorDictionary | null = null;
export function dictionary(): ActorDictionary {
  dict ??= loadActorDictionary();
  return dict;
}

export function docFor(text: string, focusCountry: string | null = null, published: string | null = null, d = dictionary()): Doc {
  const doc = emptyDoc({ text, published });
  doc.text = normalizeText(text);
  doc.sentences = splitSentences(doc.text);
  doc.focusCountry = focusCountry;
  if (published) doc.reference = { value: published, source: 'option', span: null };
  doc.actors = findActors(doc, d);
  return doc;
}

/** A trigger on the first occurrence of `words`. */
export function triggerOn(doc: Doc, words: string, sub: SubEventType = 'attack', type: EventType = 'violence_against_civilians'): TriggerMention {
  const start = doc.text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in test text`);
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
  return { start, end: start + words.length, text: words, sentence, event_type: type, sub_event_type: sub, priority: 1, rule: 'test' };
}
