import { z } from 'zod';
import { CATEGORIES, SCORE_REPORT_VERSION, type ScoreReport } from '../model.js';

const count = z.number().int().nonnegative();
const score = z.number().nullable().describe('null ("n/a") when there are no statements');
const relativePath = z.string().describe('relative to the project root, with forward slashes');

export const CategorySchema = z.enum(CATEGORIES as [(typeof CATEGORIES)[number], ...(typeof CATEGORIES)[number][]]);

export const CategoryCountsSchema = z.strictObject({
  fatal: count,
  error: count,
  warning: count,
  refactor: count,
  convention: count,
  info: count,
});

export const MessageSchema = z.strictObject({
  ruleId: z.string(),
  category: CategorySchema,
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  message: z.string(),
  messageId: z.string().optional(),
});

export const ModuleResultSchema = z.strictObject({
  path: relativePath,
  // 40 hex digits in a SHA-1 repository, 64 in a SHA-256 one
  blob: z
    .string()
    .regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/)
    .describe('git blob hash of the analyzed content'),
  statements: count,
  counts: CategoryCountsSchema,
  score,
  parseable: z.boolean(),
  messages: z.array(MessageSchema),
});

export const AggregateSchema = z.strictObject({
  path: z.string().describe('"." for the whole project, else a directory or package path'),
  modules: count.describe('modules that entered the aggregate'),
  statements: count,
  counts: CategoryCountsSchema,
  score,
});

const SkippedFileSchema = z.strictObject({
  path: relativePath,
  reason: z.enum(['binary', 'non-utf8', 'too-large', 'minified', 'generated', 'symlink', 'not-a-file', 'ignored']),
  detail: z.string(),
});

const ReportSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('worktree') }),
  z.strictObject({ kind: z.literal('git'), ref: z.string(), commit: z.string() }),
]);

const PreviousRunSchema = z.strictObject({
  date: z.string().describe('ISO date of the previous run'),
  total: score,
  modules: z.record(z.string(), score),
});

const sourceType = z.enum(['module', 'commonjs', 'script']);

const EnvironmentReportSchema = z
  .strictObject({
    groups: z.array(
      z.strictObject({
        files: z.array(z.string()).describe('the modules: dir/** when every module below dir is in the group'),
        modules: count,
        sourceType,
        globals: z
          .array(z.string())
          .describe('named sets of globals: node, browser, mocha, eslintrc:<env>, comment:<env>'),
        extraGlobals: count,
        testFile: z.boolean(),
        reasons: z.array(z.string()),
      }),
    ),
    scriptGroups: z.array(
      z.strictObject({ dir: z.string(), files: z.array(relativePath), declared: count, usedAcross: count }),
    ),
    sourceTypes: z.strictObject({ module: count, commonjs: count, script: count }),
    notices: z.array(z.string()),
  })
  .describe('the environment each module was linted in: how it was parsed and which globals it saw');

export const ScoreReportSchema = z
  .strictObject({
    schemaVersion: z.literal(SCORE_REPORT_VERSION),
    tool: z.strictObject({ name: z.literal('upkeep'), version: z.string() }),
    source: ReportSourceSchema,
    config: z.strictObject({
      eslintConfig: z.string().describe('recommended, typed, project or a path to an ESLint flat config file'),
      evaluation: z.string().describe('the score formula'),
      hash: z.string().describe('hash of everything that can change a result'),
      engine: z
        .strictObject({ name: z.enum(['eslint', 'oxlint']), version: z.string() })
        .optional()
        .describe('the lint engine that produced the results, and its version'),
    }),
    modules: z.array(ModuleResultSchema),
    directories: z.array(AggregateSchema),
    packages: z.array(AggregateSchema),
    total: AggregateSchema,
    skipped: z.array(SkippedFileSchema),
    previousRun: PreviousRunSchema.optional(),
    environment: EnvironmentReportSchema.optional(),
    previousRunConfigurationChanged: z
      .strictObject({ date: z.string().describe('ISO date of that run') })
      .optional()
      .describe(
        'the last run of the same paths used another configuration (ESLint config, categories, evaluation, scope, maxFileSize) and none used this one: not compared',
      ),
  })
  .meta({ title: 'upkeep score report', description: 'The scores of one upkeep run (upkeep score --format json).' });

/** Fails to compile when the schema and the `ScoreReport` type of the model stop describing the same data. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.infer<typeof ScoreReportSchema>, ScoreReport> = true;
void schemaMatchesModel;
