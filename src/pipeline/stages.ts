/**
 * The pipeline as a list of named stages, in the order they run. Each stage
 * reads the document context and adds one kind of typed span to it; the
 * names appear in --explain output and in DEVELOPERS.md.
 */
import type { Doc } from './doc';
import type { Resources } from './resources';
import { normalizeText } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { findReferenceDate } from '../dates/reference';
import { findDates } from '../dates/mentions';
import { findPlaces } from '../places';
import { findActors } from '../actors';
import { findCounts } from '../counts';
import { findTriggers, mayHaveTriggers } from '../events/triggers';

export interface StageOptions {
  /** `--published`: overrides the article's own date as the reference date. */
  published?: string | null;
  /**
   * Stop after the reference date when no cue rule matches the text: an article
   * that cannot yield an event (most of a news feed) skips the costly stages.
   */
  onlyWithCues?: boolean;
}

/** Stages every article runs; the rest only where a cue may be found (StageOptions.onlyWithCues). */
const ALWAYS = new Set(['normalize', 'sentences', 'reference_date']);

export interface Stage {
  name: string;
  run(doc: Doc, resources: Resources, options: StageOptions): void;
}

export const STAGES: readonly Stage[] = [
  { name: 'normalize', run: (doc) => { doc.text = normalizeText(doc.article.text); } },
  { name: 'sentences', run: (doc) => { doc.sentences = splitSentences(doc.text); } },
  {
    name: 'reference_date',
    run: (doc, _r, o) => { doc.reference = findReferenceDate(doc, o.published ?? null); },
  },
  { name: 'dates', run: (doc) => { doc.dates = findDates(doc); } },
  {
    name: 'places',
    run: (doc, r) => {
      const found = findPlaces(doc, r.gazetteer);
      doc.places = found.places;
      doc.focusCountry = found.focusCountry;
    },
  },
  { name: 'actors', run: (doc, r) => { doc.actors = findActors(doc, r.actors); } },
  { name: 'counts', run: (doc) => { doc.counts = findCounts(doc); } },
  { name: 'triggers', run: (doc) => { doc.triggers = findTriggers(doc); } },
];

export function emptyDoc(article: Doc['article']): Doc {
  return {
    article,
    text: article.text,
    sentences: [],
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

/** Runs every stage before event building; exported for stage tests. */
export function analyse(article: Doc['article'], resources: Resources, options: StageOptions = {}): Doc {
  const doc = emptyDoc(article);
  let checked = !options.onlyWithCues;
  for (const stage of STAGES) {
    if (!checked && !ALWAYS.has(stage.name)) {
      checked = true;
      if (!mayHaveTriggers(doc.text)) {
        doc.trace.push('no event cue in the text: later stages skipped');
        break;
      }
    }
    stage.run(doc, resources, options);
  }
  return doc;
}
