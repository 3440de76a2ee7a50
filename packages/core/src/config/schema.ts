import { z } from 'zod';
import { formatEvaluationError } from '../evaluation/format-error.js';
import { parseEvaluation } from '../evaluation/parse.js';
import { GateConditionsSchema } from '../gate/schema.js';
import type { GateConditions } from '../gate/model.js';
import { CATEGORIES, type Category } from '../model.js';

/** Files larger than this many bytes are skipped unless `maxFileSize` says otherwise (1 MiB). */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const CATEGORY_CHOICES = '"F", "E", "W", "R", "C" or "I"';

const glob = z.string().min(1);

const category = z.enum(CATEGORIES as [Category, ...Category[]]);

const evaluation = z.string().superRefine((source, context) => {
  const parsed = parseEvaluation(source);
  // the message shows the formula with a caret under the column, so it spans three lines
  if (!parsed.ok)
    context.addIssue({ code: 'custom', message: formatEvaluationError(source, parsed.error), input: source });
});

/**
 * Every field of upkeep.config.json with its schema and what a user must write there; the
 * expectations are the wording of the errors `parseUpkeepConfig` reports.
 */
export const CONFIG_FIELDS = {
  $schema: {
    schema: z.string().describe('the JSON Schema of this file, for editors'),
    expected: 'a string',
  },
  include: {
    schema: z.array(glob).describe('globs of the files to score, relative to the project root'),
    expected: 'an array of glob strings',
    expectedItem: 'a non-empty glob string',
  },
  exclude: {
    schema: z.array(glob).describe('globs of files not to score, relative to the project root'),
    expected: 'an array of glob strings',
    expectedItem: 'a non-empty glob string',
  },
  eslintConfig: {
    schema: z
      .string()
      .min(1)
      .describe(
        'the ESLint rules to score with: "recommended", "typed", "strict", "project" or a path to an ESLint flat config file',
      ),
    expected: '"recommended", "typed", "strict", "project" or a path to an ESLint config file',
  },
  categories: {
    schema: z
      .record(z.string(), category)
      .describe('category of a rule by rule id, overriding the built-in table and the fallback from the rule type'),
    expected: `an object mapping rule ids to a category (${CATEGORY_CHOICES})`,
    expectedItem: CATEGORY_CHOICES,
  },
  evaluation: {
    schema: evaluation.describe("the score formula, in pylint's syntax; see docs/scoring.md"),
    expected: 'a formula such as "max(0, 10 - ((5 * error + warning + refactor + convention) / statement) * 10)"',
  },
  maxFileSize: {
    schema: z
      .number()
      .int()
      .positive()
      .describe('files larger than this many bytes are skipped and listed as too large')
      .meta({ default: DEFAULT_MAX_FILE_SIZE }),
    expected: 'a positive whole number of bytes',
  },
  failUnder: {
    schema: z.number().min(0).max(10).describe('fail when the project score is below this number'),
    expected: 'a number from 0 to 10',
  },
  jobs: {
    schema: z
      .union([z.number().int().positive(), z.literal('auto')])
      .describe('number of parallel workers, or "auto" for one per CPU core'),
    expected: 'a positive whole number or "auto"',
  },
  engine: {
    schema: z
      .enum(['oxlint', 'eslint'])
      .describe(
        'the lint engine for the bundled recommended preset: oxlint (default) or eslint; other configurations always run on ESLint',
      ),
    expected: '"oxlint" or "eslint"',
  },
  gate: {
    schema: GateConditionsSchema,
    expected:
      'an object with failUnder, maxModuleDrop, minNewModule (scores from 0 to 10) and noNewErrors (true or false)',
    expectedItem: 'a score from 0 to 10 (noNewErrors: true or false)',
  },
  entries: {
    schema: z
      .array(glob)
      .describe(
        'entry points of the project for the dead-code codemod (globs, relative to the project root), besides package.json main/module/exports/bin, tests and config files',
      ),
    expected: 'an array of glob strings',
    expectedItem: 'a non-empty glob string',
  },
} as const;

export type ConfigField = keyof typeof CONFIG_FIELDS;

export const UpkeepConfigSchema = z
  .strictObject({
    $schema: CONFIG_FIELDS.$schema.schema.optional(),
    include: CONFIG_FIELDS.include.schema.optional(),
    exclude: CONFIG_FIELDS.exclude.schema.optional(),
    eslintConfig: CONFIG_FIELDS.eslintConfig.schema.optional(),
    categories: CONFIG_FIELDS.categories.schema.optional(),
    evaluation: CONFIG_FIELDS.evaluation.schema.optional(),
    maxFileSize: CONFIG_FIELDS.maxFileSize.schema.optional(),
    failUnder: CONFIG_FIELDS.failUnder.schema.optional(),
    jobs: CONFIG_FIELDS.jobs.schema.optional(),
    engine: CONFIG_FIELDS.engine.schema.optional(),
    gate: CONFIG_FIELDS.gate.schema.optional(),
    entries: CONFIG_FIELDS.entries.schema.optional(),
  })
  .meta({ title: 'upkeep configuration', description: 'upkeep.config.json at the root of a project.' });

/** The settings of upkeep.config.json; every field is optional. */
export interface UpkeepConfig {
  $schema?: string;
  include?: string[];
  exclude?: string[];
  /** "recommended", "typed", "strict", "project" or a path to an ESLint flat config file. */
  eslintConfig?: 'recommended' | 'typed' | 'strict' | 'project' | (string & {});
  categories?: Record<string, Category>;
  evaluation?: string;
  /** Bytes; `DEFAULT_MAX_FILE_SIZE` when absent. */
  maxFileSize?: number;
  failUnder?: number;
  jobs?: number | 'auto';
  /** the lint engine for the recommended preset; other configurations always run on ESLint */
  engine?: 'oxlint' | 'eslint';
  /** conditions of `upkeep gate` and `upkeep diff --gate` */
  gate?: GateConditions;
  /** Entry points for the dead-code codemod, besides those read from package.json and the usual test and config files. */
  entries?: string[];
}

/** Fails to compile when the schema and the `UpkeepConfig` interface stop describing the same data. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<z.infer<typeof UpkeepConfigSchema>, UpkeepConfig> = true;
void schemaMatchesInterface;
