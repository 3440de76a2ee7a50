/**
 * Files a test runner executes that its spec does not list: fixtures of the runner's own tests,
 * files test helpers or scripts hand to the runner, `*.spec`-like files in fixture folders. The
 * evidence is in the file: it calls a runner's API (`describe(`, `it(`, `suite(`, `QUnit.test(`)
 * as a statement without importing or declaring the name, and it lives in a test or fixture
 * folder (or has a spec-like name). Library code has neither, so it never gets a runner's globals.
 */

/**
 * Folders whose files are tests, their helpers or their fixtures: `test/`, `__tests__/`,
 * `fixtures/`, and names built on them (`mocha_test/`, `unit-tests/`, `test_helpers/`).
 */
const TEST_LOCATION_DIR =
  /(?:^|\/)(?:test|tests|spec|specs|__tests__|__mocks__|fixtures|__fixtures__|__testfixtures__|__fixture__|[\w.-]*[_-](?:test|tests|spec|specs|fixtures)|(?:test|tests|spec|specs)[_-][\w.-]*)\//;
/** `x.spec.js`, `x.test.ts`, `x_spec.js`, `x-test.js`, `x.fixture.cjs` */
const SPEC_LIKE_NAME = /(?:[._-](?:spec|test|tests|fixture))\.[cm]?[jt]sx?$/;

/** Names of the test-structure API of the runners that define globals (mocha, jasmine, jest, vitest, qunit). */
const RUNNER_API = [
  'describe',
  'context',
  'it',
  'specify',
  'suite',
  'test',
  'before',
  'after',
  'beforeEach',
  'afterEach',
  'beforeAll',
  'afterAll',
  'setup',
  'teardown',
  'suiteSetup',
  'suiteTeardown',
  'xdescribe',
  'xcontext',
  'xit',
  'xspecify',
  'xtest',
  'fdescribe',
  'fit',
  'QUnit',
] as const;

/** A call that starts a statement: `describe('x', …)`, `it.only(…)`, `QUnit.module(…)`. */
const RUNNER_CALL = new RegExp(String.raw`(?:^|[;{}])[ \t]*(${RUNNER_API.join('|')})(?:\s*\.\s*[\w$]+)*\s*\(`, 'gm');
/** The file takes the runner's API from a module instead of the global scope. */
const RUNNER_IMPORT =
  /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(?\s*)["'](?:vitest|@jest\/globals|mocha|node:test|tap|tape|ava|uvu|@playwright\/test|qunit|bun:test)["']/;

/** Whether a root-relative path is in a test or fixture folder, or has a spec-like name. */
export function isTestLocation(path: string): boolean {
  return TEST_LOCATION_DIR.test(path) || SPEC_LIKE_NAME.test(path);
}

/**
 * The runner API names a file calls as statements without importing or declaring them (sorted;
 * empty when it imports a runner module). Only worth asking for files in a test location.
 */
export function runnerCallsOf(text: string): string[] {
  if (RUNNER_IMPORT.test(text)) return [];
  const called = new Set<string>();
  for (const match of text.matchAll(RUNNER_CALL)) called.add(match[1]!);
  if (called.size === 0) return [];
  return [...called].filter((name) => !declares(text, name)).sort();
}

function declares(text: string, name: string): boolean {
  return new RegExp(
    String.raw`\b(?:function\s*\*?|var|let|const|class)\s+${name}\b|[{,]\s*${name}\s*[,}][^;=]*=\s*require\b|\bimport\s*\{[^}]*\b${name}\b[^}]*\}`,
  ).test(text);
}
