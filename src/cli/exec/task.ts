/**
 * One article through the library, the same way in the main thread and in a
 * worker: resources loaded once per thread, exceptions turned into a result
 * (a bug on one article must not take the run down).
 */
import { extractArticleDetailed, type ExtractResult } from '../../extract';
import type { ArticleInput } from '../../pipeline/doc';
import { loadResources, type Resources } from '../../pipeline/resources';

/** What every thread needs to know: plain data, so it can be sent to workers. */
export interface TaskSetup {
  published: string | null;
  /** `--include-crime` (ExtractOptions.includeCrime). */
  includeCrime: boolean;
  /** Parsed `--actors` / `--places` content, or undefined for the built-in dictionaries. */
  actors?: unknown;
  places?: unknown;
}

export type TaskResult = ExtractResult | { error: string };

export function taskRunner(setup: TaskSetup): (article: ArticleInput) => TaskResult {
  let resources: Resources | null = null;
  return (article) => {
    try {
      resources ??= loadResources({ actors: setup.actors, places: setup.places });
      return extractArticleDetailed(article, { published: setup.published, includeCrime: setup.includeCrime, resources });
    } catch (error) {
      return { error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
