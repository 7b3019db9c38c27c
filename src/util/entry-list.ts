/**
 * User-supplied dictionaries (`--actors`, `--places`) and the built-in data
 * files share one way of being checked: a JSON array (or `{key: [...]}`) of
 * entries, each parsed by a zod schema. A bad entry stops with a message that
 * names the file, the entry (counted from 1) and its name, and the field, so
 * the user can find and fix it.
 */
import type { z } from 'zod';

export function validateEntryList<S extends z.ZodType>(
  raw: unknown,
  options: { origin: string; key: string; what: string; schema: S; maxEntries: number },
): z.output<S>[] {
  const { origin, key, what, schema, maxEntries } = options;
  const list = Array.isArray(raw) ? raw : (raw as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new Error(`${origin}: expected a JSON array of ${what} entries (or {"${key}": [...]})`);
  if (list.length > maxEntries) throw new Error(`${origin}: ${list.length} entries, more than the limit of ${maxEntries}`);
  return list.map((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return parsed.data;
    const name = (item as { name?: unknown } | null)?.name;
    const label = typeof name === 'string' ? ` ("${name}")` : '';
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new Error(`${origin}: entry ${index + 1}${label}: ${field}${issue?.message ?? 'invalid'}`);
  });
}
