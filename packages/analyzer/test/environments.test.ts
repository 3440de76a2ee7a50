import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModuleResult, ScoreReport } from '@upkeep/core';
import { createTempRepo, engineUnderTest, type TempRepo } from '@upkeep/test-utils';
import { analyze } from '../src/index.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

async function score(
  files: Record<string, string>,
): Promise<{ report: ScoreReport; notices: string[]; repo: TempRepo }> {
  const repo = createTempRepo(files);
  repos.push(repo);
  const { report, notices } = await analyze({ root: repo.dir, jobs: 1, engine: engineUnderTest() });
  return { report, notices, repo };
}

function moduleOf(report: ScoreReport, path: string): ModuleResult {
  const found = report.modules.find((module) => module.path === path);
  if (!found) throw new Error(`no module ${path} in ${report.modules.map((m) => m.path).join(', ')}`);
  return found;
}

/** "ruleId message" of the messages of the given rules, in order. */
function messages(report: ScoreReport, path: string, rules: readonly string[]): string[] {
  return moduleOf(report, path)
    .messages.filter((message) => rules.includes(message.ruleId))
    .map((message) => `${message.ruleId} ${message.message}`);
}

const UNDEF = ['no-undef', 'syntax-error', 'eslint-comment'];

describe('environments: test files', () => {
  it('gives mocha tests in test/ mocha globals without any config, and only them', async () => {
    const { report } = await score({
      'package.json': JSON.stringify({ name: 'm', scripts: { test: 'mocha' }, devDependencies: { mocha: '^10.0.0' } }),
      'src/slug.js': 'module.exports = (s) => s.trim();\n',
      'test/slug.js':
        "const slug = require('../src/slug');\ndescribe('slug', () => {\n  before(() => {});\n  it('trims', () => slug(' a ') === notDefined);\n});\n",
      'src/uses-it.js': "it('is not a test file');\nmodule.exports = 1;\n",
    });
    expect(messages(report, 'test/slug.js', UNDEF)).toEqual(["no-undef 'notDefined' is not defined."]);
    expect(messages(report, 'src/uses-it.js', UNDEF)).toEqual(["no-undef 'it' is not defined."]);
    const group = report.environment!.groups.find((g) => g.files.includes('test/**'));
    expect(group?.globals).toContain('mocha');
    expect(group?.testFile).toBe(true);
  });

  it('gives jest globals to the files its testMatch names', async () => {
    const { report } = await score({
      'package.json': JSON.stringify({
        name: 'j',
        scripts: { test: 'jest' },
        devDependencies: { jest: '^29.0.0' },
        jest: { testMatch: ['**/checks/**/*.check.js'] },
      }),
      'checks/a.check.js':
        "const fn = jest.fn();\ntest('calls', () => {\n  fn();\n  expect(fn).toHaveBeenCalled();\n});\n",
      'src/b.js': 'expect(1).toBe(1);\n',
    });
    expect(messages(report, 'checks/a.check.js', UNDEF)).toEqual([]);
    expect(messages(report, 'src/b.js', UNDEF)).toEqual(["no-undef 'expect' is not defined."]);
  });

  it('does not count chai assertions in test files as unused expressions, and still does elsewhere', async () => {
    const { report } = await score({
      'package.json': JSON.stringify({ name: 'c', devDependencies: { mocha: '^10.0.0', chai: '^4.0.0' } }),
      'test/c.spec.js':
        "const { expect } = require('chai');\nconst should = require('chai').should();\ndescribe('x', () => {\n  it('is true', () => {\n    expect(true).to.be.true;\n    should.exist(1);\n    1 + 1;\n  });\n});\n",
      'src/d.js': 'const x = { y: 1 };\nx.y;\nmodule.exports = x;\n',
    });
    const rules = ['no-unused-expressions', 'chai-friendly/no-unused-expressions'];
    // rule ids only: a native rule's wording is the engine's own (docs/engines.md, "Message texts")
    const ruleIds = (path: string): string[] => messages(report, path, rules).map((line) => line.split(' ')[0]!);
    expect(ruleIds('test/c.spec.js')).toEqual(['chai-friendly/no-unused-expressions']);
    expect(ruleIds('src/d.js')).toEqual(['no-unused-expressions']);
  });
});

describe('environments: comments and legacy configs', () => {
  it('honours /* eslint-env */ comments, which ESLint no longer reads', async () => {
    const { report } = await score({
      'package.json': JSON.stringify({ name: 'e' }),
      'src/spec.js': "/* eslint-env mocha, jquery */\ndescribe('x', () => $('a'));\nmodule.exports = 1;\n",
      'src/plain.js': "describe('x', () => 1);\nmodule.exports = 1;\n",
    });
    expect(messages(report, 'src/spec.js', UNDEF)).toEqual([]);
    expect(messages(report, 'src/plain.js', UNDEF)).toEqual(["no-undef 'describe' is not defined."]);
  });

  it('reads env, globals and overrides of a legacy .eslintrc.yml, root and nested, and re-lints when it changes', async () => {
    const rc =
      'root: true\nenv:\n  jquery: true\noverrides:\n  - files: ["widgets/**"]\n    globals:\n      MyLib: readonly\n';
    const { report, repo } = await score({
      'package.json': JSON.stringify({ name: 'l' }),
      '.eslintrc.yml': rc,
      'widgets/a.js': 'module.exports = () => $(MyLib);\n',
      'lib/b.js': 'module.exports = () => jQuery(MyLib);\n',
      'lib/inner/.eslintrc.json': '{ "globals": { "MyLib": false } }',
      'lib/inner/c.js': 'module.exports = () => MyLib;\n',
    });
    expect(messages(report, 'widgets/a.js', UNDEF)).toEqual([]);
    expect(messages(report, 'lib/b.js', UNDEF)).toEqual(["no-undef 'MyLib' is not defined."]);
    expect(messages(report, 'lib/inner/c.js', UNDEF)).toEqual([]);
    writeFileSync(join(repo.dir, '.eslintrc.yml'), rc.replace('MyLib', 'OtherLib'));
    const again = await analyze({ root: repo.dir, jobs: 1, engine: engineUnderTest() });
    expect(messages(again.report, 'widgets/a.js', UNDEF)).toEqual(["no-undef 'MyLib' is not defined."]);
    expect(again.stats.linted).toBe(1);
  });
});

describe('environments: module or script', () => {
  it('parses sloppy-mode CommonJS as Node does, also in a "type": "commonjs" package', async () => {
    const { report } = await score({
      'package.json': JSON.stringify({ name: 's', type: 'commonjs' }),
      'lib/index.js':
        "var fs = require('fs');\nvar package = require('../package.json');\nfunction mk(dir) {\n  fs.mkdirSync(dir, 0755);\n  return package.name;\n}\nmodule.exports = mk;\n",
      'lib/with.js': 'function render(data) {\n  with (data) {\n    return name;\n  }\n}\nmodule.exports = render;\n',
      'lib/esm.js': "import fs from 'fs';\nexport const read = fs.readFileSync;\n",
      'lib/bin.js': 'if (!process.argv[2]) return;\nconsole.log(process.argv[2]);\n',
    });
    for (const file of ['lib/index.js', 'lib/with.js', 'lib/esm.js', 'lib/bin.js'])
      expect(messages(report, file, UNDEF)).toEqual([]);
    expect(report.environment!.sourceTypes).toEqual({ module: 1, commonjs: 3, script: 0 });
  });

  it('lets the scripts of a package share their top-level names, and says so', async () => {
    const { report } = await score({
      'package.json': JSON.stringify({ name: 'b' }),
      'public/js/util.js': 'function helper(x) {\n  return x * 2;\n}\nfunction lonely() {}\nvar counter = 0;\n',
      'public/js/app.js': 'counter = helper(counter);\nundeclared();\n',
      'index.html': '<script src="public/js/util.js"></script><script src="public/js/app.js"></script>',
    });
    const rules = [...UNDEF, 'no-unused-vars', 'no-redeclare'];
    expect(messages(report, 'public/js/util.js', rules)).toEqual([
      "no-unused-vars 'lonely' is defined but never used. Allowed unused vars must match /^(_|React$)/u.",
    ]);
    expect(messages(report, 'public/js/app.js', rules)).toEqual(["no-undef 'undeclared' is not defined."]);
    expect(report.environment!.scriptGroups).toEqual([
      { dir: '', files: ['public/js/app.js', 'public/js/util.js'], declared: 3, usedAcross: 2 },
    ]);
  });
});

describe('environments: .eslintignore and ESLint warnings', () => {
  it('excludes what .eslintignore lists, says it once, and lets no ESLint warning through', async () => {
    const warnings: string[] = [];
    const listener = (warning: Error): void => void warnings.push(warning.message);
    process.on('warning', listener);
    try {
      const { report, notices } = await score({
        'package.json': JSON.stringify({ name: 'i' }),
        '.eslintignore': 'generated/\n',
        'generated/g.js': 'var x = 1;\n',
        'src/a.js': 'module.exports = 1;\n',
      });
      expect(report.modules.map((m) => m.path)).toEqual(['src/a.js']);
      expect(report.skipped.filter((s) => s.detail === 'also excluded by .eslintignore').map((s) => s.path)).toEqual([
        'generated/g.js',
      ]);
      expect(notices).toEqual(['1 module also excluded by .eslintignore']);
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', listener);
    }
  });
});
