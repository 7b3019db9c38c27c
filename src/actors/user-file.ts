/**
 * `--actors FILE.json`: user entries, read as data (never executed, never
 * turned into regular expressions), checked with the built-in entries' schema.
 */
import { readFileSync, statSync } from 'node:fs';
import { validateActorEntries } from './schema';

export const MAX_ACTORS_FILE_BYTES = 5 * 1024 * 1024;

/** Reads and validates a user actor file; throws an Error naming the file and the bad entry. */
export function parseActorsFile(path: string): unknown[] {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new Error(`${path}: cannot read the actors file (${(e as Error).message})`);
  }
  if (size > MAX_ACTORS_FILE_BYTES) throw new Error(`${path}: actors file is ${size} bytes, more than the ${MAX_ACTORS_FILE_BYTES} allowed`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return validateActorEntries(raw, path);
}
