/**
 * The document context that flows through the pipeline, and the typed spans
 * each stage adds to it. Every span carries character offsets into the
 * article text (normalisation keeps the text's length, so offsets into
 * `doc.text` are offsets into the original article) and the id of the rule
 * that produced it, so any output field can say where it came from.
 */
import type { ActorType, CountCategory, DatePrecision, EventType, SubEventType } from '../schema/vocab';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** An article as given to `extractArticle`. */
export interface ArticleInput {
  text: string;
  /** YYYY-MM-DD (or any date string chrono can read); the article's own publication date. */
  published?: string | null;
  id?: string | null;
  path?: string | null;
  title?: string | null;
}

export interface Sentence extends Span {
  index: number;
  /** Paragraph number (blank-line or line-break separated), for incident grouping. */
  paragraph: number;
}

export interface ReferenceDate {
  value: string; // YYYY-MM-DD
  source: 'option' | 'metadata' | 'dateline' | 'latest_date';
  span: Span | null;
}

export interface DateMention extends Span {
  sentence: number;
  value: string | null; // YYYY-MM-DD, the first day of the period for week/month/year
  precision: DatePrecision | null;
  /** True when the text did not state the date outright ("on Tuesday", "yesterday"). */
  relative: boolean;
  /** Mentions like "a day earlier" that resolve against the previous event's date. */
  anaphoric?: { offsetDays: number };
  /** Background dates ("since 2011", "in 2014") that must not date an incident. */
  background?: boolean;
  rule: string;
}

export interface CountMention extends Span {
  sentence: number;
  category: CountCategory;
  value: number;
  min: number;
  max: number | null;
  approximate: boolean;
  /** Vague phrase that gave the figure ("dozens"), if any. */
  vague?: string;
  /** Running or background tolls ("the war has killed 300,000 since 2011"). */
  cumulative: boolean;
  /** Who the people were, where the text says: {civilians: 3, soldiers: 2}. */
  breakdown: Record<string, number>;
  /** The figure is a part of another figure in the same sentence ("including six children"). */
  subset?: boolean;
  rule: string;
}

export interface ActorMention extends Span {
  sentence: number;
  name: string; // canonical
  type: ActorType;
  known: boolean;
  /** ISO2 country the actor belongs to, where the dictionary says. */
  country: string | null;
  /** Generic wording ("gunmen", "protesters") rather than a named group. */
  generic: boolean;
  /** Speaker of a statement ("police said"): a source, not a participant. */
  source?: boolean;
  rule: string;
}

export interface PlaceMention extends Span {
  sentence: number;
  name: string;
  admin1: string | null;
  country: string | null;
  country_code: string | null;
  lat: number | null;
  lon: number | null;
  precision: 1 | 2 | 3 | 4 | null;
  geonameid: number | null;
  /** Datelines, hospitals and landmarks are places but not an event's location. */
  role: 'event' | 'dateline' | 'landmark';
  rule: string;
}

export interface TriggerMention extends Span {
  sentence: number;
  event_type: EventType;
  sub_event_type: SubEventType;
  /** Higher wins when several triggers type the same incident. */
  priority: number;
  rule: string;
}

/** Answered by the actors stage for the events stage: who acted, who was acted upon. */
export interface RoleAssignment {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  rule: string;
}

export interface Doc {
  article: ArticleInput;
  /** Normalised text, same length as `article.text`. */
  text: string;
  sentences: Sentence[];
  reference: ReferenceDate | null;
  /** ISO2 code of the country the article is about, when the places stage can tell. */
  focusCountry: string | null;
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  counts: CountMention[];
  triggers: TriggerMention[];
  /** Notes for --explain: which stage did what. */
  trace: string[];
}
