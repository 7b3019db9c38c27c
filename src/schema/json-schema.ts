/** The JSON Schema rendering of the event record, as written to schemas/event.schema.json. */
import { z } from 'zod';
import { EventSchema } from './event';

export function eventJsonSchema(): string {
  const schema = z.toJSONSchema(EventSchema, { target: 'draft-2020-12' });
  const { $schema, ...rest } = schema;
  const document = { $schema, $id: 'conflict-extract/schemas/event.schema.json', title: 'ConflictEvent', ...rest };
  return `${JSON.stringify(document, null, 2)}\n`;
}
