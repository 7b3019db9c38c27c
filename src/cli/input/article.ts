/**
 * One article object from JSON or JSON Lines: `text` is required; `id`,
 * `published` (or `date`), `title` and `url` are optional; other fields are
 * ignored. Character references in `text` and `title` are decoded
 * (entities.ts). Returns the article, or the reason it is not one.
 */
import type { ArticleInput } from '../../pipeline/doc';
import { decodeEntities } from './entities';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function decodedOrNull(title: string | null): string | null {
  return title === null ? null : decodeEntities(title);
}

/**
 * @param fallbackId the id to use when the object has none (the path, with
 *   its line or index when the file holds several articles)
 */
export function articleFromJson(value: unknown, fallbackId: string, path: string | null): ArticleInput | { reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { reason: `expected an article object, got ${typeName(value)}` };
  }
  const fields = value as Record<string, unknown>;
  if (!('text' in fields)) return { reason: 'missing "text"' };
  if (typeof fields.text !== 'string') return { reason: `"text" must be a string, got ${typeName(fields.text)}` };
  const id = typeof fields.id === 'number' ? String(fields.id) : optionalString(fields.id);
  return {
    text: decodeEntities(fields.text),
    id: id ?? fallbackId,
    path,
    published: optionalString(fields.published) ?? optionalString(fields.date),
    title: decodedOrNull(optionalString(fields.title)),
  };
}
