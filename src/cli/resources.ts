/**
 * `--actors` and `--places`: read and validated once in the main thread by
 * the parsers the actors and places modules export (a bad file is a usage
 * error, before any article is read); workers receive the parsed data.
 */
import type { TaskSetup } from './exec/task';
import { UsageError } from './options';

type FileParser = (path: string) => unknown;

/**
 * Required on use: the parsers are only needed when the option is given.
 * The typed require keeps the CLI building while the module still lacks its parser.
 */
function parserFrom(modulePath: '../actors' | '../places', name: string): FileParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const parser = (require(modulePath) as Record<string, unknown>)[name];
  if (typeof parser !== 'function') throw new UsageError(`this build cannot read ${modulePath.slice(3)} files yet (${name} missing)`);
  return parser as FileParser;
}

function parseWith(modulePath: '../actors' | '../places', name: string, path: string): unknown {
  const parse = parserFrom(modulePath, name);
  try {
    return parse(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.includes(path) ? message : `${path}: ${message}`);
  }
}

export function taskSetup(options: { published: string | null; actorsFile: string | null; placesFile: string | null }): TaskSetup {
  const setup: TaskSetup = { published: options.published };
  if (options.actorsFile) setup.actors = parseWith('../actors', 'parseActorsFile', options.actorsFile);
  if (options.placesFile) setup.places = parseWith('../places', 'parsePlacesFile', options.placesFile);
  return setup;
}
