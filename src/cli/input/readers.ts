/**
 * Readers: one discovered input in, units (articles, failures, warnings) out.
 * Whole-file formats are read up to a size cap; JSON Lines stream line by
 * line, so neither a huge file nor a huge line is ever held whole.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { LIMITS, formatMegabytes } from '../limits';
import { articleFromJson } from './article';
import { asUtf8, BINARY_REASON, decodeBytes } from './decode';
import type { Discovered } from './discover';
import { decodeEntities } from './entities';
import { describeError } from './errors';
import type { InputFormat } from './formats';
import { htmlToArticle } from './html';
import { splitLines } from './lines';
import { readCapped, readRegularFileCapped } from './read-capped';
import type { Unit } from './units';

interface Source {
  where: string;
  path: string | null;
  format: InputFormat;
  open(): Readable;
}

const STDIN_NAME = '<stdin>';

function tooLarge(limit: number): string {
  return `larger than the ${formatMegabytes(limit)} limit (see docs/cli.md: Limits)`;
}

async function* readWhole(source: Source): AsyncGenerator<Unit> {
  const limit = source.format === 'json' ? LIMITS.maxJsonFileBytes : LIMITS.maxArticleBytes;
  const read = (source.path !== null ? readRegularFileCapped(source.path, limit) : null) ?? (await readCapped(source.open(), limit));
  if ('tooLarge' in read) {
    yield { kind: 'failure', where: source.where, reason: tooLarge(limit) };
    return;
  }
  const decoded = decodeBytes(read.bytes);
  if ('error' in decoded) {
    yield { kind: 'failure', where: source.where, reason: decoded.error };
    return;
  }
  if (decoded.warning) yield { kind: 'warning', where: source.where, message: decoded.warning };
  const id = source.path ?? 'stdin';
  if (source.format === 'text') {
    yield { kind: 'article', where: source.where, article: { text: decodeEntities(decoded.text), id, path: source.path } };
  } else if (source.format === 'html') {
    // The HTML parser decodes references itself; a second pass would turn a page's literal "&amp;amp;" into "&".
    const page = htmlToArticle(decoded.text);
    yield { kind: 'article', where: source.where, article: { ...page, id, path: source.path } };
  } else {
    yield* jsonArticles(decoded.text, source);
  }
}

function* jsonArticles(text: string, source: Source): Generator<Unit> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { kind: 'failure', where: source.where, reason: `invalid JSON (${(error as Error).message})` };
    return;
  }
  const id = source.path ?? 'stdin';
  const items = Array.isArray(value) ? value : [value];
  for (let i = 0; i < items.length; i++) {
    const where = Array.isArray(value) ? `${source.where}[${i}]` : source.where;
    const article = articleFromJson(items[i], Array.isArray(value) ? `${id}#${i + 1}` : id, source.path);
    if ('reason' in article) yield { kind: 'failure', where, reason: article.reason };
    else if (article.text.length > LIMITS.maxArticleBytes) yield { kind: 'failure', where, reason: tooLarge(LIMITS.maxArticleBytes) };
    else yield { kind: 'article', where, article };
  }
}

async function* jsonLines(source: Source): AsyncGenerator<Unit> {
  const id = source.path ?? 'stdin';
  for await (const line of splitLines(asUtf8(source.open()), LIMITS.maxArticleBytes)) {
    const where = `${source.where}:${line.number}`;
    if (line.bytes === null) {
      yield { kind: 'failure', where, reason: `line ${tooLarge(LIMITS.maxArticleBytes)}` };
      continue;
    }
    const decoded = decodeBytes(line.bytes);
    if ('error' in decoded) {
      // NUL bytes on the first line: this is not a text file at all, so one failure for the file, not one per line.
      if (line.number === 1 && decoded.error === BINARY_REASON) {
        yield { kind: 'failure', where: source.where, reason: decoded.error };
        return;
      }
      yield { kind: 'failure', where, reason: decoded.error };
      continue;
    }
    if (decoded.text.trim() === '') continue; // blank lines are not records
    if (decoded.warning) yield { kind: 'warning', where, message: decoded.warning };
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      yield { kind: 'failure', where, reason: `invalid JSON (${(error as Error).message})` };
      continue;
    }
    const article = articleFromJson(value, `${id}:${line.number}`, source.path);
    if ('reason' in article) yield { kind: 'failure', where, reason: article.reason };
    else yield { kind: 'article', where, article };
  }
}

async function* readSource(source: Source): AsyncGenerator<Unit> {
  try {
    yield* source.format === 'jsonl' ? jsonLines(source) : readWhole(source);
  } catch (error) {
    yield { kind: 'failure', where: source.where, reason: describeError(error) };
  }
  yield { kind: 'file-done', where: source.where };
}

/** The units of one discovered input; `stdin` is the process's standard input (a parameter for tests). */
export async function* readDiscovered(item: Discovered, stdin: Readable): AsyncGenerator<Unit> {
  switch (item.kind) {
    case 'stdin':
      yield* readSource({ where: STDIN_NAME, path: null, format: item.format, open: () => stdin });
      return;
    case 'file':
      yield* readSource({ where: item.path, path: item.path, format: item.format, open: () => createReadStream(item.path) });
      return;
    case 'skipped':
      yield { kind: 'skipped', where: item.path, reason: item.reason };
      return;
    case 'failed':
      yield { kind: 'failure', where: item.path, reason: item.reason };
      return;
  }
}

/** Every unit of every input, in order. */
export async function* readAll(items: AsyncIterable<Discovered>, stdin: Readable): AsyncGenerator<Unit> {
  for await (const item of items) yield* readDiscovered(item, stdin);
}
