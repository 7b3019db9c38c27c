/**
 * Flattens event records into spreadsheet rows. The column list is
 * columns.json, a table of ACLED-style names onto schema paths; this module
 * walks EventSchema to check every path exists and to learn each column's
 * type (number, date, text), so a schema change that breaks a column fails
 * at load time (and in test/cli/columns.test.ts), and the count columns
 * follow the schema's own list of categories.
 */
import type { z } from 'zod';
import { EventSchema, type EventRecord } from '../../schema/event';
import TABLE from './columns.json';

export type ColumnType = 'number' | 'date' | 'boolean' | 'text';

export interface Column {
  name: string;
  type: ColumnType;
  /** The cell value: null for a missing value. */
  get(record: EventRecord): string | number | boolean | null;
}

type Entry = { name: string; path: string } | { expand: string; path: string };

/** zod 4 keeps a schema's kind in `def.type`; wrappers expose the inner schema. */
interface SchemaNode {
  def: { type: string };
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  unwrap?: () => SchemaNode;
  safeParse(value: unknown): { success: boolean };
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while ((current.def.type === 'nullable' || current.def.type === 'optional') && current.unwrap) current = current.unwrap();
  return current;
}

/** A string schema that takes an ISO date and refuses ordinary text is a date column. */
function leafType(node: SchemaNode): ColumnType {
  switch (node.def.type) {
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      return node.safeParse('2019-03-19').success && !node.safeParse('text').success ? 'date' : 'text';
    default:
      return 'text';
  }
}

interface Step {
  key: string;
  each: boolean;
}

function parsePath(path: string): Step[] {
  return path.split('.').map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
}

function resolve(schema: SchemaNode, steps: Step[], path: string): SchemaNode {
  let node = schema;
  for (const step of steps) {
    const child = unwrap(node).shape?.[step.key];
    if (!child) throw new Error(`columns.json: "${path}" is not a path in the event schema`);
    node = step.each ? (unwrap(child).element ?? fail(path)) : child;
  }
  return unwrap(node);
}

function fail(path: string): never {
  throw new Error(`columns.json: "${path}" walks into something that is not an array`);
}

function getter(steps: Step[], join: string): Column['get'] {
  const read = (value: unknown, from: number): unknown[] => {
    if (value === null || value === undefined) return [];
    if (from === steps.length) return [value];
    const step = steps[from];
    const next = (value as Record<string, unknown>)[step.key];
    if (!step.each) return read(next, from + 1);
    return Array.isArray(next) ? next.flatMap((item) => read(item, from + 1)) : [];
  };
  return (record) => {
    const values = read(record, 0);
    if (values.length === 0) return null;
    if (values.length === 1) return values[0] as string | number | boolean;
    return values.map(String).join(join);
  };
}

function column(name: string, path: string, schema: SchemaNode): Column {
  const steps = parsePath(path);
  const leaf = resolve(schema, steps, path);
  const many = steps.some((s) => s.each);
  return { name, type: many ? 'text' : leafType(leaf), get: getter(steps, TABLE.join) };
}

export function buildColumns(schema: z.ZodType = EventSchema): Column[] {
  const root = schema as unknown as SchemaNode;
  return (TABLE.columns as Entry[]).flatMap((entry) => {
    if ('name' in entry) return [column(entry.name, entry.path, root)];
    const group = resolve(root, parsePath(entry.expand), entry.expand);
    return Object.keys(group.shape ?? {}).map((key) => column(key, `${entry.expand}.${key}.${entry.path}`, root));
  });
}

let cached: Column[] | null = null;

/** The columns of EventSchema, built once. */
export function eventColumns(): Column[] {
  cached ??= buildColumns();
  return cached;
}
