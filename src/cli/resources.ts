/**
 * `--actors` and `--places`: read and validated once in the main thread by
 * the parsers the actors and places modules export (a bad file is a usage
 * error, before any article is read); workers receive the parsed data.
 */
import * as actors from '../actors';
import * as places from '../places';
import type { TaskSetup } from './exec/task';
import { UsageError } from './options';

type FileParser = (path: string) => unknown;

/** Looked up by name so the CLI builds while a module still lacks its parser. */
function parserOf(module: object, name: string, path: string): FileParser {
  const parser = (module as Record<string, unknown>)[name];
  if (typeof parser !== 'function') throw new UsageError(`${path}: this build cannot read it yet (${name} is missing)`);
  return parser as FileParser;
}

function parseWith(module: object, name: string, path: string): unknown {
  const parse = parserOf(module, name, path);
  try {
    return parse(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.includes(path) ? message : `${path}: ${message}`);
  }
}

export function taskSetup(options: {
  published: string | null;
  includeCrime: boolean;
  actorsFile: string | null;
  placesFile: string | null;
}): TaskSetup {
  const setup: TaskSetup = { published: options.published, includeCrime: options.includeCrime };
  if (options.actorsFile) setup.actors = parseWith(actors, 'parseActorsFile', options.actorsFile);
  if (options.placesFile) setup.places = parseWith(places, 'parsePlacesFile', options.placesFile);
  return setup;
}
