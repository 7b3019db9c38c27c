/**
 * `--actors` and `--places`: read and validated once in the main thread by
 * the parsers the actors and places modules export (a bad file is a usage
 * error, before any article is read); workers receive the parsed data.
 */
import { parseActorsFile } from '../actors';
import { parsePlacesFile } from '../places';
import type { TaskSetup } from './exec/task';
import { UsageError } from './options';

/** Runs a dictionary parser; its error (naming the file and the entry) becomes a usage error. */
function parseWith(parse: (path: string) => unknown, path: string): unknown {
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
  if (options.actorsFile) setup.actors = parseWith(parseActorsFile, options.actorsFile);
  if (options.placesFile) setup.places = parseWith(parsePlacesFile, options.placesFile);
  return setup;
}
