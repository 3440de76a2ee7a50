import { afterEach, describe, expect, it } from 'vitest';
import type { ModuleResult, ScoreReport } from '@upkeep/core';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyze } from '../src/index.js';
import { isTestLocation, runnerCallsOf } from '../src/environment/runner-evidence.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

async function score(files: Record<string, string>): Promise<ScoreReport> {
  const repo = createTempRepo(files);
  repos.push(repo);
  return (await analyze({ root: repo.dir, jobs: 1 })).report;
}

function moduleOf(report: ScoreReport, path: string): ModuleResult {
  const found = report.modules.find((module) => module.path === path);
  if (!found) throw new Error(`no module ${path} in ${report.modules.map((m) => m.path).join(', ')}`);
  return found;
}

const undefinedNames = (report: ScoreReport, path: string): string[] =>
  moduleOf(report, path)
    .messages.filter((message) => message.ruleId === 'no-undef' || message.ruleId === 'syntax-error')
    .map((message) => `${message.ruleId} ${/'([^']+)'/.exec(message.message)?.[1] ?? message.message}`);

const reasonsOf = (report: ScoreReport, path: string): string[] =>
  report
    .environment!.groups.filter((group) => group.modules > 0 && covers(group.files, path))
    .flatMap((g) => g.reasons);

/** group file lists are globs or paths */
function covers(patterns: readonly string[], path: string): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('/**') ? path.startsWith(pattern.slice(0, -2)) : pattern === path,
  );
}

describe('runner API calls as evidence', () => {
  it.each([
    ["describe('x', function () {\n  it('y', function () {});\n});\n", ['describe', 'it']],
    ["'use strict';\nsuite('s', () => { test('t', () => {}); });\n", ['suite', 'test']],
    ["it.only('x', () => {});\ndescribe.skip('y', () => {});\n", ['describe', 'it']],
    ["QUnit.module('m');\nQUnit.test('t', (assert) => assert.ok(1));\n", ['QUnit']],
    ["module.exports = function shared() {\n  it('behaves', () => {});\n};\n", ['it']],
    ["import { describe, it } from 'vitest';\ndescribe('x', () => { it('y', () => {}); });\n", []],
    ["const { test } = require('node:test');\ntest('x', () => {});\n", []],
    ["function it(name) { return name; }\nit('x');\n", []],
    ['if (/a/.test(s)) run(s);\nconst t = test;\nx = it(1);\n', []],
  ] as const)('%j calls %j', (text, expected) => {
    expect(runnerCallsOf(text)).toEqual(expected);
  });

  it.each([
    ['test/integration/fixtures/a.fixture.js', true],
    ['fixtures/run.spec.js', true],
    ['src/__fixtures__/x.js', true],
    ['lib/run.spec.js', true],
    ['mocha_test/es2017/async-functions.js', true],
    ['test-fixtures/a.js', true],
    ['lib/runner.js', false],
    ['lib/latest/x.js', false],
    ['src/contest/x.js', false],
    ['src/testing.js', false],
  ] as const)('%s is a test location: %s', (path, expected) => {
    expect(isTestLocation(path)).toBe(expected);
  });
});

describe('files a runner executes that its spec does not list', () => {
  it('gives mocha globals to fixtures run by mocha tests, with the reason, and never to library code', async () => {
    const report = await score({
      'package.json': JSON.stringify({
        name: 'runner-fixtures',
        scripts: { test: 'mocha "test/unit/*.spec.js"' },
        devDependencies: { mocha: '^10.0.0' },
      }),
      '.mocharc.yml': 'require: ./test/setup.js\n',
      'test/setup.js': "global.expect = require('assert');\n",
      'test/unit/run.spec.js':
        "const { execFileSync } = require('child_process');\ndescribe('runs', () => {\n  it('a fixture', () => execFileSync('mocha', ['test/integration/fixtures/pass.fixture.js']));\n});\n",
      // run by the spec above through a child mocha: not in the spec glob
      'test/integration/fixtures/pass.fixture.js':
        "'use strict';\ndescribe('suite', function () {\n  before(function () {});\n  it('passes', function () {\n    expect(1);\n  });\n});\n\ndescribe('later', function () {\n  it('uses a name no one defines', function () {\n    order.push(1);\n  });\n});\n",
      // a fixture package of its own (type module), set-up globals of the enclosing package still apply
      'test/integration/fixtures/esm/package.json': JSON.stringify({ type: 'module' }),
      'test/integration/fixtures/esm/in-js.fixture.js':
        "import { add } from './add.js';\nit('adds', () => {\n  expect(add(1, 2));\n});\n",
      'test/integration/fixtures/esm/add.js': 'export const add = (a, b) => a + b;\n',
      // a spec-like name in a fixture folder outside test/
      'fixtures/tdd.spec.js':
        "suite('tdd', function () {\n  setup(function () {});\n  test('t', function () {});\n});\n",
      // a helper of the test folder that calls the API inside a function
      'test/helpers/shared.js':
        "module.exports = function behaves() {\n  it('behaves', function () {\n    expect(true);\n  });\n};\n",
      // takes the API from a module: no runner globals by evidence
      'test/integration/fixtures/imports.fixture.js':
        "const { describe, it } = require('mocha');\ndescribe('x', () => {\n  it('y', () => before());\n});\n",
      // library code that happens to call it(): never gets the runner's globals
      'lib/iterate.js':
        "function each(list, it) {\n  list.forEach(it);\n}\ndescribe('not a test');\nmodule.exports = each;\n",
    });
    expect(undefinedNames(report, 'test/integration/fixtures/pass.fixture.js')).toEqual(['no-undef order']);
    expect(undefinedNames(report, 'test/integration/fixtures/esm/in-js.fixture.js')).toEqual([]);
    expect(undefinedNames(report, 'fixtures/tdd.spec.js')).toEqual([]);
    expect(undefinedNames(report, 'test/helpers/shared.js')).toEqual([]);
    expect(undefinedNames(report, 'test/integration/fixtures/imports.fixture.js')).toEqual(['no-undef before']);
    expect(undefinedNames(report, 'lib/iterate.js')).toEqual(['no-undef describe']);
    expect(reasonsOf(report, 'test/integration/fixtures/pass.fixture.js')).toContain(
      'mocha test file: calls before, describe, it without importing them, in a test or fixture location of a package that uses mocha',
    );
  });

  it('gives jasmine and qunit globals to fixtures by the API each one calls', async () => {
    const report = await score({
      'package.json': JSON.stringify({
        name: 'two-runners',
        scripts: { test: 'jasmine && qunit' },
        devDependencies: { jasmine: '^5.0.0', qunit: '^2.0.0', vitest: '^2.0.0' },
      }),
      'vitest.config.js': 'export default { test: { include: ["vt/**/*.vt.js"] } };\n',
      // jasmine runs spec/**/*[sS]pec.js: a fixture its specs load by path is not one
      'spec/fixtures/custom-matchers.js':
        "beforeEach(function () {\n  jasmine.addMatchers({});\n});\ndescribe('m', function () {\n  it('x', function () {\n    expect(spyOn).toBeDefined();\n  });\n});\n",
      'test/fixtures/qunit-page-test.js':
        "QUnit.module('page');\nQUnit.test('works', function (assert) {\n  assert.ok(true);\n});\n",
    });
    expect(undefinedNames(report, 'spec/fixtures/custom-matchers.js')).toEqual([]);
    expect(undefinedNames(report, 'test/fixtures/qunit-page-test.js')).toEqual([]);
  });
});
