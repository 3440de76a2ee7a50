import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Projects by what a test touches (see docs/architecture.md, "Tests"):
 * - unit: pure and in-memory tests beside the code (`src/**\/*.test.ts`); `pnpm test:fast` runs
 *   only these, in well under a minute;
 * - integration: real temp git repositories, real ESLint and TypeScript projects, the CLI run
 *   in-process through `runCli` (`<package>/test/`, and the slow tests listed below that live
 *   beside their code);
 * - e2e: the built `dist/bin.js` in child processes, the CLI installed with npm, the README's
 *   commands (`<package>/test/e2e/`).
 */
const TEST_DIRS = ['packages/*', 'rules', 'reports', 'codemods'];

/**
 * Tests beside their code that build TypeScript programs or git repositories on disk: the codemods
 * (rename, dead-code, the runner) as a whole, since nearly all of their tests do, and a few others.
 */
const INTEGRATION_IN_SRC = [
  'codemods/src/rename/**/*.test.ts',
  'codemods/src/dead-code/**/*.test.ts',
  'codemods/src/runner/**/*.test.ts',
  'rules/src/presets/standalone.test.ts',
  'rules/src/presets/typed.test.ts',
];
const E2E = TEST_DIRS.map((dir) => `${dir}/test/e2e/**/*.test.ts`);
/** e2e tests with a time bound (exit within 2 s of Ctrl-C): they run last, one at a time, alone on the machine. */
const TIMED = TEST_DIRS.map((dir) => `${dir}/test/e2e/**/*-interrupt.test.ts`);
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/dist/**', '**/__testfixtures__/**', 'examples/**'];
/**
 * The tests whose results come from the engine the recommended preset runs on: the sample's pinned
 * messages, the environments, a previous run's comparison (a codemod's score delta is the same
 * analysis, scored before and after). `integration`
 * runs them on the default engine (oxlint); `engine-eslint` runs them again with
 * `UPKEEP_ENGINE=eslint` (CLI runs read it; analyzer calls pass `engineUnderTest()`). Tests with
 * their own ESLint config run on ESLint under either, and `packages/cli/test/engines.test.ts`
 * runs score, diff, gate and trend on each engine side by side.
 */
const ENGINE_SENSITIVE = [
  'packages/cli/test/legacy-app-score.test.ts',
  'packages/cli/test/previous-run.test.ts',
  'packages/analyzer/test/environments.test.ts',
];

/**
 * One test file per core. vitest's default is one core less (`availableParallelism() - 1`, to
 * leave one to its main process), which on a 2-core machine runs the files one at a time: the
 * suite used about 1.3 of 2 cores. Our tests spend much of their time in child processes (git,
 * node --test, the built bin) while the main process is nearly idle, so every core runs a file.
 * unit and integration share one pool; e2e runs after them (`sequence.groupOrder`), and its
 * time-bounded tests (Ctrl-C within 2 s) run last, one at a time, with nothing beside them.
 */
const MAX_WORKERS = Math.max(2, availableParallelism());

export default defineConfig({
  resolve: { conditions: ['@upkeep/source'] },
  ssr: { resolve: { conditions: ['@upkeep/source'] } },
  test: {
    // rebuilds dist/ when a source is newer (worker threads and e2e tests run compiled code)
    globalSetup: ['scripts/vitest-build.ts'],
    maxWorkers: MAX_WORKERS,
    exclude: ALWAYS_EXCLUDED,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // unit tests keep no global state: one module graph per worker saves re-importing ESLint per file
          isolate: false,
          include: TEST_DIRS.map((dir) => `${dir}/src/**/*.test.ts`),
          exclude: [...ALWAYS_EXCLUDED, ...INTEGRATION_IN_SRC],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // one module graph per worker too: ESLint, TypeScript and the parsed lib files are loaded
          // once, and the code runs warm. Tests that change process state restore it (env, listeners).
          isolate: false,
          include: [...TEST_DIRS.map((dir) => `${dir}/test/**/*.test.ts`), ...INTEGRATION_IN_SRC, 'bench/**/*.test.ts'],
          exclude: [...ALWAYS_EXCLUDED, ...E2E],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'engine-eslint',
          include: ENGINE_SENSITIVE,
          env: { UPKEEP_ENGINE: 'eslint' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          exclude: [...ALWAYS_EXCLUDED, ...TIMED],
          sequence: { groupOrder: 1 },
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-timed',
          include: TIMED,
          sequence: { groupOrder: 2 },
          maxWorkers: 1,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
