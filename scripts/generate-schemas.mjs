#!/usr/bin/env node
// Writes schemas/*.schema.json from the zod schemas of @upkeep/core. Run after a build
// (`pnpm exec tsc -b packages/core`); a core test fails while the committed files are stale.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText, publishedJsonSchemas } from '../packages/core/dist/index.js';

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
for (const { fileName, schema } of publishedJsonSchemas()) {
  writeFileSync(join(schemasDir, fileName), jsonSchemaText(schema));
  process.stdout.write(`wrote schemas/${fileName}\n`);
}
