import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventJsonSchema } from '../../src/schema/json-schema';

describe('schemas/event.schema.json', () => {
  it('is what `npm run schema` generates from the zod schema (run it after changing src/schema)', () => {
    const onDisk = readFileSync(join(__dirname, '..', '..', 'schemas', 'event.schema.json'), 'utf8');
    expect(onDisk).toBe(eventJsonSchema());
  });
});
