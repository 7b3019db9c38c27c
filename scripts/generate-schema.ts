/** Writes schemas/event.schema.json from the zod schema in src/schema/event.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventJsonSchema } from '../src/schema/json-schema';
import { packageRoot } from '../src/util/paths';

const out = join(packageRoot(), 'schemas', 'event.schema.json');
writeFileSync(out, eventJsonSchema());
process.stderr.write(`wrote ${out}\n`);
