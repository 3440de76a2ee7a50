import type { TestRunnerId } from '../types.js';

// What each test runner does when nothing configures it, and how its command line reads.
// Sources: each runner's documentation (mocha "spec" default ./test/*.{js,cjs,mjs}; jest testMatch;
// vitest include; ava "files"; node:test's default patterns; jasmine's spec_dir/spec_files).

const JS = '{js,cjs,mjs}';
const CODE = '{js,cjs,mjs,jsx,ts,cts,mts,tsx}';

/** Package names in (dev)dependencies that mean a runner is in use. */
export const RUNNER_PACKAGES: Readonly<Record<string, TestRunnerId>> = {
  mocha: 'mocha',
  jest: 'jest',
  vitest: 'vitest',
  ava: 'ava',
  tap: 'tap',
  tape: 'tape',
  taper: 'tape',
  jasmine: 'jasmine',
  karma: 'karma',
  qunit: 'qunit',
  '@hapi/lab': 'lab',
  lab: 'lab',
  uvu: 'uvu',
  '@playwright/test': 'playwright',
};

/** Command names (basename of the executable) that run each runner. */
export const RUNNER_COMMANDS: Readonly<Record<string, TestRunnerId>> = {
  mocha: 'mocha',
  _mocha: 'mocha',
  jest: 'jest',
  vitest: 'vitest',
  ava: 'ava',
  tap: 'tap',
  tape: 'tape',
  taper: 'tape',
  'tape-run': 'tape',
  jasmine: 'jasmine',
  karma: 'karma',
  qunit: 'qunit',
  lab: 'lab',
  uvu: 'uvu',
  borp: 'node-test',
  playwright: 'playwright',
};

/** Options of each runner that take a value in the next word (so the value is not a test path). */
export const VALUE_OPTIONS: Readonly<Record<TestRunnerId, readonly string[]>> = {
  mocha: ['-r', '--require', '-R', '--reporter', '-u', '--ui', '-t', '--timeout', '-s', '--slow', '-g', '--grep', '-f', '--fgrep',
    '--config', '--package', '--extension', '--file', '--ignore', '--exclude', '--spec', '-O', '--reporter-option', '--reporter-options',
    '-n', '--node-option', '-j', '--jobs', '--retries', '--watch-files', '--watch-ignore', '--opts', '--compilers'],
  jest: ['-c', '--config', '--testNamePattern', '-t', '--reporters', '--maxWorkers', '-w', '--testPathPattern', '--testPathIgnorePatterns',
    '--rootDir', '--roots', '--selectProjects', '--shard', '--testTimeout', '--coverageDirectory', '--outputFile', '--env', '--testEnvironment'],
  vitest: ['-c', '--config', '-r', '--root', '--dir', '-t', '--testNamePattern', '--reporter', '--project', '--environment', '--pool',
    '--shard', '--outputFile', '--exclude', '--mode', '--maxWorkers', '--minWorkers', '--testTimeout'],
  ava: ['-m', '--match', '-T', '--timeout', '-c', '--concurrency', '--node-arguments', '--config'],
  tap: ['-R', '--reporter', '-t', '--timeout', '-j', '--jobs', '--node-arg', '--coverage-report', '--before', '--after', '-o', '--output-file',
    '--grep', '-g', '--test-env', '--test-arg', '--test-ignore', '--nyc-arg', '--rcfile'],
  tape: ['-r', '--require', '-i', '--ignore', '--ignore-pattern'],
  'node-test': ['-r', '--require', '--import', '--loader', '--experimental-loader', '--test-reporter', '--test-reporter-destination',
    '--test-name-pattern', '--test-skip-pattern', '--test-concurrency', '--test-timeout', '--test-shard', '--env-file', '-C', '--conditions'],
  karma: ['--port', '--log-level', '--browsers', '--reporters', '--format-error'],
  qunit: ['-r', '--require', '--reporter', '-f', '--filter', '-m', '--module', '--seed'],
  jasmine: ['--config', '--reporter', '--filter', '--helper', '--require'],
  lab: ['-r', '--reporter', '-o', '--output', '-t', '--threshold', '-m', '--timeout', '-I', '--globals', '-e', '--environment', '-g', '--grep',
    '-i', '--id', '-P', '--pattern', '--coverage-path', '--coverage-exclude', '-M', '--context-timeout', '--sourcemaps', '--transform', '-T'],
  uvu: ['-i', '--ignore', '-r', '--require'],
  playwright: ['-c', '--config', '--project', '--reporter', '-g', '--grep', '--grep-invert', '--workers', '-j', '--timeout', '--retries',
    '--output', '--shard', '--max-failures'],
};

/** Defaults, relative to the package directory, for a runner used with no configuration and no paths. */
export const DEFAULT_PATTERNS: Readonly<Record<TestRunnerId, readonly string[]>> = {
  mocha: [`test/*.${JS}`],
  jest: [`**/__tests__/**/*.${CODE}`, `**/*.{spec,test}.${CODE}`],
  vitest: [`**/*.{test,spec}.${CODE}`],
  ava: [`test.${JS}`, `src/test.${JS}`, `source/test.${JS}`, `**/test-*.${JS}`, `**/*.spec.${JS}`, `**/*.test.${JS}`,
    `**/test/**/*.${JS}`, `**/tests/**/*.${JS}`, `**/__tests__/**/*.${JS}`],
  tap: [`{test,tests,__tests__}/**/*.${CODE}`, `**/*.{spec,test}.${CODE}`, `**/__tests__/**/*.${CODE}`],
  tape: [],
  'node-test': [`**/*.test.${JS}`, `**/*-test.${JS}`, `**/*_test.${JS}`, `**/test-*.${JS}`, `**/test.${JS}`, `**/test/**/*.${JS}`],
  karma: [],
  qunit: [`test/**/*.${JS}`],
  jasmine: [`spec/**/*[sS]pec.{js,mjs}`],
  lab: [`test/**/*.${JS}`],
  uvu: [`{test,tests}/**/*.${CODE}`],
  playwright: [`**/*.{spec,test}.${CODE}`],
};

/** Directories no runner looks in by default. */
export const DEFAULT_IGNORED = ['**/node_modules/**', '**/dist/**', '**/coverage/**', '**/.git/**'];

/** Commands that only read, format, copy or delete files: the directories and globs they name are not code that runs. */
export const NON_LOADING_COMMANDS: ReadonlySet<string> = new Set([
  'eslint', 'prettier', 'tsc', 'vue-tsc', 'babel', 'jshint', 'jscs', 'standard', 'semistandard', 'xo', 'tslint', 'biome', 'oxlint', 'dprint',
  'rimraf', 'rm', 'del', 'del-cli', 'mkdir', 'mkdirp', 'cp', 'mv', 'cpy', 'copyfiles', 'ncp', 'jsdoc', 'documentation', 'typedoc',
  'echo', 'cat', 'git', 'cd', 'ls', 'test', 'chmod', 'touch', 'tar', 'zip', 'markdownlint', 'remark', 'stylelint', 'eclint',
  'editorconfig-checker', 'cspell', 'codecov', 'coveralls', 'size-limit', 'dtslint', 'tsd', 'publint', 'attw', 'knip',
  'depcheck', 'madge', 'dependency-cruiser', 'license-checker', 'lint-staged', 'husky', 'npm', 'pnpm', 'yarn', 'lerna', 'nx', 'turbo',
  'run-s', 'run-p', 'npm-run-all', 'concurrently', 'api-extractor', 'ts-prune', 'sort-package-json', 'changeset', 'release-it',
  'standard-version', 'semantic-release', 'np', 'open', 'opener', 'http-server', 'serve', 'live-server', 'watch', 'onchange', 'chokidar',
]);

/** Wrappers whose own options come first and whose first non-option word is the real command. */
export const WRAPPERS: ReadonlySet<string> = new Set([
  'npx', 'pnpx', 'bunx', 'cross-env', 'cross-env-shell', 'env', 'dotenv', 'nyc', 'c8', 'time', 'nice', 'exec', 'with-env',
  'istanbul', 'xvfb-run', 'sudo', 'nohup', 'timeout',
]);

/** Options of wrappers (nyc, c8, npx, dotenv) that take a value in the next word. */
export const WRAPPER_VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-r', '--reporter', '--report-dir', '--temp-dir', '--include', '-n', '--exclude', '-x', '--extension', '-e', '--require', '-i',
  '--lines', '--functions', '--branches', '--statements', '--src', '--cwd', '--nycrc-path', '-o', '--reports-dir', '-p', '--package',
  '-c', '--config', '-k', '--kill-after', '-s', '--signal',
]);

/** Commands that run one script file the way node does (its first non-option word), and accept `--test`. */
export const NODE_LIKE: ReadonlySet<string> = new Set(['node', 'nodejs', 'ts-node', 'ts-node-esm', 'tsx', 'babel-node', 'esno', 'esr',
  'sucrase-node', 'nodemon', 'node-dev', 'bun', 'deno']);

/** Node options that take a value in the next word. */
export const NODE_VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-r', '--require', '--import', '--loader', '--experimental-loader', '--test-reporter', '--test-reporter-destination',
  '--test-name-pattern', '--test-skip-pattern', '--test-concurrency', '--test-timeout', '--test-shard', '--env-file', '-C',
  '--conditions', '--stack-size', '--max-old-space-size', '--title', '--watch-path', '--input-type', '--inspect-port',
  '-P', '--project', '-O', '--compiler-options', '--tsconfig', '--exec', '-x', '--ext', '-e', '--watch', '-w', '--ignore', '-i',
  '--presets', '--plugins',
]);
