import { z } from 'zod';
import { GateVerdictSchema } from '../gate/schema.js';
import { AggregateSchema, CategoryCountsSchema, MessageSchema } from '../report/schema.js';
import { DELTA_VERSION, type Delta } from './model.js';

const score = z.number().nullable().describe('null ("n/a") when there are no statements');

const ModuleSnapshotSchema = z.strictObject({
  statements: z.number().int().nonnegative(),
  counts: CategoryCountsSchema,
  score,
  parseable: z.boolean(),
});

const IntroducedMessageSchema = MessageSchema.extend({
  onChangedLine: z.boolean().describe('the message sits on a line the change added or modified'),
});

export const ModuleDeltaSchema = z.strictObject({
  path: z.string().describe('the head path; the base path for a deleted module'),
  previousPath: z.string().optional().describe('the base path of a renamed module'),
  change: z.enum(['added', 'deleted', 'modified', 'renamed']),
  before: ModuleSnapshotSchema.nullable().describe('null for an added module'),
  after: ModuleSnapshotSchema.nullable().describe('null for a deleted module'),
  delta: z.number().nullable().describe('after − before, unrounded; null when either side has no score'),
  introduced: z.array(IntroducedMessageSchema),
  fixed: z.array(MessageSchema),
});

export const DeltaSchema = z
  .strictObject({
    schemaVersion: z.literal(DELTA_VERSION),
    tool: z.strictObject({ name: z.literal('upkeep'), version: z.string() }),
    base: z.strictObject({ ref: z.string(), commit: z.string() }),
    head: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('git'), ref: z.string(), commit: z.string() }),
      z.strictObject({ kind: z.literal('worktree') }),
    ]),
    config: z.strictObject({
      eslintConfig: z.string(),
      evaluation: z.string().describe('the score formula'),
      hash: z.string().describe('hash of everything that can change a result'),
      engine: z
        .strictObject({ name: z.enum(['eslint', 'oxlint']), version: z.string() })
        .optional()
        .describe('the lint engine that produced the results, and its version'),
    }),
    total: z.strictObject({ before: AggregateSchema, after: AggregateSchema, delta: z.number().nullable() }),
    modules: z.array(ModuleDeltaSchema),
    gate: GateVerdictSchema.optional(),
  })
  .meta({ title: 'upkeep delta', description: 'What a change does to the scores (upkeep diff --format json).' });

/** Fails to compile when the schema and the `Delta` type of the model stop describing the same data. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.infer<typeof DeltaSchema>, Delta> = true;
void schemaMatchesModel;
