/**
 * The library entry point: article in, validated event records out.
 * Pure and synchronous: no I/O after the dictionaries are loaded, and no
 * clock (relative dates resolve against the article's date, never today's).
 */
import { createHash } from 'node:crypto';
import type { ArticleInput } from './pipeline/doc';
import { analyse } from './pipeline/stages';
import { loadResources, type ResourceOptions, type Resources } from './pipeline/resources';
import { buildEvents, type EventDraft } from './events/build';
import { EventSchema, type EventRecord } from './schema/event';

export interface ExtractOptions extends ResourceOptions {
  /** Reference date (YYYY-MM-DD) for relative dates; overrides `article.published`. */
  published?: string | null;
  /** Preloaded dictionaries; when given, `actors`/`places` are ignored. */
  resources?: Resources;
  /**
   * Also write ordinary crime (shootings and killings with no armed-group or
   * political context) as violence_against_civilians/attack records. Off by
   * default: ACLED-style coding leaves crime out.
   */
  includeCrime?: boolean;
}

export interface InvalidRecord {
  record: unknown;
  issues: string[];
}

export interface ExtractResult {
  events: EventRecord[];
  /** Records that failed schema validation: reported, never emitted. */
  invalid: InvalidRecord[];
}

function stableId(sourceId: string, draft: EventDraft): string {
  const key = [sourceId, draft.sub_event_type, ...draft.evidence.map((e) => `${e.start}-${e.end}`)].join('|');
  return createHash('sha1').update(key).digest('hex').slice(0, 16);
}

export function extractArticleDetailed(article: ArticleInput, options: ExtractOptions = {}): ExtractResult {
  if (typeof article?.text !== 'string') throw new TypeError('article.text must be a string');
  const resources = options.resources ?? loadResources(options);
  const doc = analyse(article, resources, { published: options.published ?? null, onlyWithCues: true });
  const sourceId = article.id ?? article.path ?? 'stdin';
  const result: ExtractResult = { events: [], invalid: [] };
  for (const draft of buildEvents(doc, resources, { includeCrime: options.includeCrime === true })) {
    const record = {
      id: stableId(sourceId, draft),
      source: {
        id: sourceId,
        path: article.path ?? null,
        published: doc.reference?.value ?? null,
        published_from: doc.reference?.source ?? null,
      },
      ...draft,
    };
    const checked = EventSchema.safeParse(record);
    if (checked.success) result.events.push(checked.data);
    else result.invalid.push({ record, issues: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
  }
  return result;
}

/** Extracts the conflict events of one article; records that fail validation are left out (see extractArticleDetailed). */
export function extractArticle(article: ArticleInput, options: ExtractOptions = {}): EventRecord[] {
  return extractArticleDetailed(article, options).events;
}
