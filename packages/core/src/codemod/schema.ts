import { z } from 'zod';

/** The version of the codemod result format (`upkeep codemod … --format json`). */
export const CODEMOD_RESULT_SCHEMA_VERSION = 2;

const score = z.number().nullable().describe('null ("n/a") when there are no statements');

const TestCountSchema = z.strictObject({
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  formats: z.array(z.string()).describe('summary formats recognized: mocha, jest, vitest, ava, node-test, tap'),
});

const CommandRunSchema = z.strictObject({
  exitCode: z.number().int(),
  tests: TestCountSchema.nullable().describe('null when the output has no recognizable test summary'),
  duration: z.number().nonnegative().describe('seconds'),
  output: z.string().describe('the last lines of the output'),
  stopped: z
    .string()
    .optional()
    .describe('why the runner stopped the command (it printed its test summary, then neither exited nor printed)'),
  failures: z.array(z.string()).optional().describe('the failing tests its output names (first 20), when it failed'),
});

const RunSummarySchema = z.strictObject({
  exitCode: z.number().int(),
  tests: TestCountSchema.nullable(),
  failures: z.array(z.string()).optional(),
});

const TypeDiagnosticSchema = z.strictObject({
  path: z.string().describe("root-relative file; '' for a diagnostic of the whole program"),
  code: z.number().int(),
  message: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
});

const DroppedGroupSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  files: z.array(z.string()),
  reason: z.enum([
    'parse',
    'type-check',
    'verify',
    'unverified',
    'internal-error',
    'requires',
    'outside-file-set',
    'all-or-nothing',
  ]),
  detail: z.string(),
});

/** The result of a codemod run, as `--format json` prints it. */
export const CodemodResultSchema = z.strictObject({
  schemaVersion: z.literal(CODEMOD_RESULT_SCHEMA_VERSION),
  codemod: z.string(),
  status: z.enum(['applied', 'dry-run', 'unchanged', 'rejected']).describe('rejected: nothing could be applied'),
  rejection: z.string().optional(),
  recovered: z.array(z.string()),
  changes: z
    .array(z.strictObject({ path: z.string(), deleted: z.boolean() }))
    .describe('the changes applied (or that a dry run would apply)'),
  diff: z.string(),
  groups: z.strictObject({
    planned: z.number().int().nonnegative(),
    applied: z.number().int().nonnegative(),
    dropped: z.number().int().nonnegative(),
  }),
  dropped: z.array(DroppedGroupSchema),
  skips: z.array(
    z.strictObject({
      subject: z.string(),
      path: z.string(),
      line: z.number().int(),
      reason: z.string(),
      detail: z.string(),
    }),
  ),
  unparsable: z.array(z.string()),
  notices: z.array(z.string()),
  summary: z.array(z.string()),
  details: z.unknown().describe('codemod-specific'),
  verification: z.strictObject({
    parse: z
      .array(z.strictObject({ path: z.string(), errors: z.array(z.string()), readAs: z.string() }))
      .describe('parse failures of the change as planned'),
    typeCheck: z
      .strictObject({
        typescript: z.strictObject({
          version: z.string(),
          source: z.enum(['project', 'bundled']),
          note: z.string().optional(),
          path: z.string().optional(),
        }),
        configs: z.array(z.string().nullable()).describe('tsconfig files used; null for the allowJs defaults'),
        baseline: z.array(TypeDiagnosticSchema).describe('errors before the change'),
        after: z.number().int().nonnegative(),
        introduced: z.array(TypeDiagnosticSchema).describe('errors the change as planned would add'),
      })
      .nullable(),
    tests: z
      .strictObject({
        command: z.string(),
        auto: z
          .strictObject({
            script: z.string().describe('the package.json script it starts from'),
            why: z.string(),
            dropped: z.array(z.strictObject({ step: z.string(), reason: z.string() })),
            composed: z.boolean().describe('the steps were run one by one rather than through npm'),
          })
          .optional()
          .describe('what --verify auto chose and why'),
        before: CommandRunSchema,
        after: CommandRunSchema.nullable(),
        uncounted: z.boolean(),
        restored: z
          .array(z.string())
          .describe('tracked files the test command rewrote (clean before it ran): restored after every run'),
        created: z.array(z.string()).describe('untracked files the test command created: left in place, listed'),
        runs: z.number().int().nonnegative().describe('times the command ran, the baseline and every re-run included'),
        reruns: z
          .number()
          .int()
          .nonnegative()
          .describe('of runs, those that ran a failing tree again to tell a flaky test from a broken edit'),
        flaky: z
          .array(
            z.strictObject({
              phase: z.enum(['baseline', 'change', 'isolation']),
              tested: z.number().int().nonnegative().describe('edit groups applied in that run'),
              failed: RunSummarySchema,
              passed: RunSummarySchema,
            }),
          )
          .describe('failures that passed when run again on the same tree: no edit was dropped for them'),
      })
      .nullable(),
    isolation: z.strictObject({ enabled: z.boolean(), runs: z.number().int().nonnegative() }),
  }),
  massDelete: z.array(z.strictObject({ folder: z.string(), deleted: z.number().int(), modules: z.number().int() })),
  score: z
    .strictObject({
      modules: z.array(z.strictObject({ path: z.string(), before: score, after: score })),
      total: z.strictObject({ before: score, after: score }),
    })
    .nullable(),
});
