/**
 * Input discovery: turns command-line arguments (files, folders, glob
 * patterns, `-`) into a stream of things to read, in a stable order. Folders
 * are walked depth-first with entries sorted by code unit (not locale, so the
 * order is the same on every machine), one directory at a time, so a tree of
 * 100,000 files is never listed at once. Hidden entries (.git, .DS_Store, our
 * own temporary output) are not walked, like shells' globs.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeError } from './errors';
import { formatByExtension, type InputFormat } from './formats';

export type Discovered =
  | { kind: 'stdin'; format: InputFormat }
  | { kind: 'file'; path: string; format: InputFormat }
  /** A file we do not read (unknown extension, socket, ...): a note, not an input. */
  | { kind: 'skipped'; path: string; reason: string }
  /** An argument or entry that could not be read at all: counts as a failed input. */
  | { kind: 'failed'; path: string; reason: string };

export interface DiscoverOptions {
  /** `--input-format`: read everything as this format. */
  inputFormat: InputFormat | null;
  /** A file never to read, such as the `-o` output inside an input folder. */
  exclude?: string | null;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fileEntry(path: string, options: DiscoverOptions, named: boolean): Discovered {
  const format = options.inputFormat ?? formatByExtension(path);
  if (format) return { kind: 'file', path, format };
  // A file named on the command line is read as text whatever its name; one found in a folder is not ours to guess.
  if (named) return { kind: 'file', path, format: 'text' };
  return { kind: 'skipped', path, reason: 'not a known article type (use --input-format to read it)' };
}

async function* walkFolder(dir: string, options: DiscoverOptions, ancestors: Set<string>): AsyncGenerator<Discovered> {
  let names: string[];
  try {
    names = [];
    for await (const entry of await opendir(dir)) names.push(entry.name);
  } catch (error) {
    yield { kind: 'failed', path: dir, reason: describeError(error) };
    return;
  }
  names.sort(byCodeUnit);
  const excluded = options.exclude ? resolve(options.exclude) : null;
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (resolve(path) === excluded) continue;
    let info;
    try {
      info = await stat(path); // follows symlinks: a link to a file is read like the file
    } catch (error) {
      yield { kind: 'failed', path, reason: describeError(error) };
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (ancestors.has(real)) {
        yield { kind: 'failed', path, reason: 'symbolic link loop (links back to a folder above it)' };
        continue;
      }
      ancestors.add(real);
      yield* walkFolder(path, options, ancestors);
      ancestors.delete(real);
    } else if (info.isFile()) {
      yield fileEntry(path, options, false);
    } else {
      yield { kind: 'skipped', path, reason: 'not a regular file' };
    }
  }
}

async function* expandGlob(pattern: string, options: DiscoverOptions): AsyncGenerator<Discovered> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { glob } = require('tinyglobby') as typeof import('tinyglobby');
  const paths = (await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false })).sort(byCodeUnit);
  if (paths.length === 0) yield { kind: 'failed', path: pattern, reason: 'no files match this pattern' };
  for (const path of paths) yield fileEntry(path, options, false);
}

function looksLikeGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

export async function* discover(args: readonly string[], options: DiscoverOptions): AsyncGenerator<Discovered> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin', format: options.inputFormat ?? 'text' };
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      // A path that does not exist may be a pattern; a literal file named "a*b" was caught by stat first.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && looksLikeGlob(arg)) yield* expandGlob(arg, options);
      else yield { kind: 'failed', path: arg, reason: describeError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(arg, options, new Set([await realpath(arg)]));
    else yield fileEntry(arg, options, true); // named files include pipes such as <(cat a.txt)
  }
}
