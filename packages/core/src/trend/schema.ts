import { z } from 'zod';
import { CategoryCountsSchema } from '../report/schema.js';
import { TREND_VERSION, type Trend } from './model.js';

const score = z.number().describe('a score out of 10');
const count = z.number().int().nonnegative();
const commitHash = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/);

const commitFields = {
  commit: commitHash,
  date: z.string().describe('ISO committer date'),
  author: z.string(),
  subject: z.string(),
  merge: z.boolean().describe('a merge commit (first parent only: the merged branch counts here at once)'),
};

export const TrendPointSchema = z.strictObject({
  ...commitFields,
  commits: count.describe('first-parent commits since the previous point, this one included'),
  score: score.nullable(),
  statements: count,
  modules: count,
  counts: CategoryCountsSchema,
  groups: z.record(z.string(), score.nullable()),
  unparseable: z.array(z.string()),
  changes: z.strictObject({ added: count, removed: count, modified: count }),
});

const ModuleChangeSchema = z.strictObject({
  path: z.string(),
  previousPath: z.string().optional(),
  before: score,
  after: score,
  delta: z.number(),
});

export const TrendSchema = z
  .strictObject({
    schemaVersion: z.literal(TREND_VERSION),
    tool: z.strictObject({ name: z.literal('upkeep'), version: z.string() }),
    branch: z.string(),
    head: commitHash,
    config: z.strictObject({
      eslintConfig: z.string(),
      evaluation: z.string(),
      hash: z.string(),
      engine: z.strictObject({ name: z.enum(['eslint', 'oxlint']), version: z.string() }).optional(),
    }),
    sampling: z.strictObject({
      every: z.string().regex(/^(?:commit|day|week|month|[1-9]\d*commits)$/),
      maxPoints: z.number().int().positive(),
      since: z.string().optional(),
      until: z.string().optional(),
      commitsInRange: count,
      candidates: count,
      capped: z.boolean(),
    }),
    groups: z.strictObject({ kind: z.enum(['package', 'directory']), paths: z.array(z.string()) }),
    points: z.array(TrendPointSchema).min(1),
    movers: z.array(
      z.strictObject({ ...commitFields, commits: count, before: score, after: score, delta: z.number() }),
    ),
    modules: z.strictObject({
      improved: z.array(ModuleChangeSchema),
      regressed: z.array(ModuleChangeSchema),
      added: count,
      removed: count,
    }),
    worst: z.array(
      z.strictObject({
        path: z.string(),
        score,
        statements: count,
        counts: CategoryCountsSchema,
        parseable: z.boolean(),
      }),
    ),
    notes: z.array(
      z.strictObject({
        kind: z.enum(['sampling', 'capped', 'first-parent', 'single-point', 'unparseable', 'no-module-change']),
        message: z.string(),
        markdown: z
          .string()
          .describe(
            "the message in markdown: upkeep's own `code` spans kept, the user's text (branch, dates, paths) escaped",
          ),
      }),
    ),
  })
  .meta({
    title: 'upkeep trend',
    description: 'The score history of a branch, one point per sampled commit (upkeep trend --format json).',
  });

/** Fails to compile when the schema and the `Trend` type of the model stop describing the same data. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.infer<typeof TrendSchema>, Trend> = true;
void schemaMatchesModel;
