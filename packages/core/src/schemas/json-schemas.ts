import { z } from 'zod';
import { UpkeepConfigSchema } from '../config/schema.js';
import { ScoreReportSchema } from '../report/schema.js';
import { DeltaSchema } from '../diff/schema.js';
import { TrendSchema } from '../trend/schema.js';
import { CodemodResultSchema } from '../codemod/schema.js';

export interface PublishedSchema {
  /** File name under schemas/ in the repository. */
  fileName: string;
  schema: Record<string, unknown>;
}

/**
 * The JSON Schemas (draft 2020-12) of upkeep's published formats, generated from the zod schemas
 * that validate them at run time, so the two cannot drift apart. A report is described as upkeep
 * writes it; the config as a user may write it.
 */
export function publishedJsonSchemas(): PublishedSchema[] {
  return [
    { fileName: 'score-report.schema.json', schema: z.toJSONSchema(ScoreReportSchema, { io: 'output' }) },
    { fileName: 'upkeep-config.schema.json', schema: z.toJSONSchema(UpkeepConfigSchema, { io: 'input' }) },
    { fileName: 'delta.schema.json', schema: z.toJSONSchema(DeltaSchema, { io: 'output' }) },
    { fileName: 'trend.schema.json', schema: z.toJSONSchema(TrendSchema, { io: 'output' }) },
    { fileName: 'codemod-result.schema.json', schema: z.toJSONSchema(CodemodResultSchema, { io: 'output' }) },
  ];
}

/** The text a schema file holds: two-space JSON and a final newline. */
export function jsonSchemaText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
