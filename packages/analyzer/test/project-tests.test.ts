import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { buildProjectModel, type ProjectModel } from '../src/index.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

async function model(files: Record<string, string>): Promise<ProjectModel> {
  const repo = createTempRepo(files);
  repos.push(repo);
  return buildProjectModel(repo.dir);
}

const pkg = (fields: Record<string, unknown>): string =>
  JSON.stringify({ name: 'fixture', version: '1.0.0', ...fields }, null, 2);
const testFiles = (m: ProjectModel): string[] => [...m.testFiles.keys()].sort();
const runners = (m: ProjectModel): string[] => m.testRunners.map((r) => `${r.packageDir || '.'}:${r.id}`).sort();

describe('test files, found as each runner finds them', () => {
  it('mocha with no configuration runs ./test/*.{js,cjs,mjs}, not subdirectories', async () => {
    const m = await model({
      'package.json': pkg({ scripts: { test: 'mocha' }, devDependencies: { mocha: '^10.0.0' } }),
      'lib/a.js': 'module.exports = 1;\n',
      'test/a.js': "require('../lib/a');\n",
      'test/b.cjs': '',
      'test/c.mjs': '',
      'test/helpers/h.js': '',
      'test/data.json': '{}',
    });
    expect(testFiles(m)).toEqual(['test/a.js', 'test/b.cjs', 'test/c.mjs']);
    expect(runners(m)).toEqual(['.:mocha']);
    expect(m.entries.get('test/a.js')).toMatch(/^test file: mocha/);
  });

  it('mocha in devDependencies only, no script, no config: its defaults', async () => {
    const m = await model({
      'package.json': pkg({ devDependencies: { mocha: '*' } }),
      'test/x.js': '',
      'src/x.js': '',
    });
    expect(testFiles(m)).toEqual(['test/x.js']);
    expect(m.testRunners[0]!.why).toBe('devDependencies');
  });

  it('.mocharc.yml spec, recursive, extension and require', async () => {
    const m = await model({
      'package.json': pkg({ scripts: { test: 'mocha' } }),
      '.mocharc.yml':
        "spec:\n  - 'spec/**/*.spec.ts'\n  - spec/unit\nrecursive: true\nextension: [ts]\nrequire: ./spec/setup.ts\n",
      'spec/a.spec.ts': '',
      'spec/deep/b.spec.ts': '',
      'spec/unit/c.ts': '',
      'spec/unit/deep/d.js': '',
      'spec/setup.ts': '',
      'spec/helper.ts': '',
      'test/not-run.js': '',
    });
    expect(testFiles(m)).toEqual(['spec/a.spec.ts', 'spec/deep/b.spec.ts', 'spec/unit/c.ts', 'spec/unit/deep/d.js']);
    expect(m.entries.get('spec/setup.ts')).toMatch(/loaded by mocha/);
    expect(m.entries.has('spec/helper.ts')).toBe(false);
    expect(m.entries.get('.mocharc.yml')).toBeUndefined(); // not code: no entry, but read
  });

  it('mocha files and --recursive given on the command line, through nyc and cross-env', async () => {
    const m = await model({
      'package.json': pkg({
        scripts: {
          test: 'cross-env NODE_ENV=test nyc --reporter lcov mocha --recursive -R spec test/unit "test/e2e/**/*.test.js"',
        },
      }),
      'test/unit/a.js': '',
      'test/unit/deep/b.js': '',
      'test/e2e/x.test.js': '',
      'test/e2e/x.helper.js': '',
      'test/top.js': '',
    });
    expect(testFiles(m)).toEqual(['test/e2e/x.test.js', 'test/unit/a.js', 'test/unit/deep/b.js']);
  });

  it('jest testMatch in package.json', async () => {
    const m = await model({
      'package.json': pkg({
        scripts: { test: 'jest' },
        jest: { testMatch: ['<rootDir>/tests/**/*.js', '!**/fixtures/**'] },
      }),
      'tests/a.js': '',
      'tests/deep/b.js': '',
      'tests/fixtures/f.js': '',
      'src/c.test.js': '',
      'src/__tests__/d.js': '',
    });
    expect(testFiles(m)).toEqual(['tests/a.js', 'tests/deep/b.js']);
  });

  it('jest defaults: __tests__ and *.test.* / *.spec.*, node_modules ignored', async () => {
    const m = await model({
      'package.json': pkg({ devDependencies: { jest: '*' } }),
      'src/c.test.js': '',
      'src/e.spec.tsx': '',
      'src/__tests__/d.js': '',
      'src/x.js': '',
    });
    expect(testFiles(m)).toEqual(['src/__tests__/d.js', 'src/c.test.js', 'src/e.spec.tsx']);
  });

  it('jest.config.js with roots and testRegex, read statically', async () => {
    const m = await model({
      'package.json': pkg({ scripts: { test: 'jest --coverage' } }),
      'jest.config.js':
        "const path = require('path');\nmodule.exports = {\n  roots: ['<rootDir>/packages'],\n  testRegex: '/spec/.*\\\\.js$',\n  setupFiles: ['./jest.setup.js'],\n  transform: { x: path.join(__dirname, 't.js') },\n  setupFilesAfterEnv: [path.join(__dirname, 'after.js')],\n};\n",
      'jest.setup.js': '',
      'packages/a/spec/one.js': '',
      'packages/a/src/one.test.js': '',
      'spec/outside.js': '',
    });
    expect(testFiles(m)).toEqual(['packages/a/spec/one.js']);
    expect(m.entries.get('jest.setup.js')).toMatch(/loaded by jest/);
    expect(m.entries.get('jest.config.js')).toMatch(/jest configuration/);
    // a value the model reads but cannot work out is named; one it does not need (transform) is not
    expect(m.notices).toEqual([
      'jest.config.js: setupFilesAfterEnv[0]: a call (path.join) cannot be read statically; read statically, without running it',
    ]);
  });

  it('tests named by a glob in a script: tape tests/test-*.js', async () => {
    const m = await model({
      'package.json': pkg({ scripts: { test: 'tape tests/test-*.js | tap-spec' }, devDependencies: { tape: '*' } }),
      'tests/test-a.js': '',
      'tests/test-b.js': '',
      'tests/helper.js': '',
      'tests/sub/test-c.js': '',
    });
    expect(testFiles(m)).toEqual(['tests/test-a.js', 'tests/test-b.js']);
    expect(runners(m)).toEqual(['.:tape']);
  });

  it("node --test test/ runs every JS file below the directory; with no path, node's default patterns", async () => {
    const dir = await model({
      'package.json': pkg({ scripts: { test: 'node --test test/' } }),
      'test/a.test.js': '',
      'test/deep/b.mjs': '',
      'src/c.test.js': '',
    });
    expect(testFiles(dir)).toEqual(['test/a.test.js', 'test/deep/b.mjs']);
    const none = await model({
      'package.json': pkg({ scripts: { test: 'node --test' } }),
      'src/c.test.js': '',
      'src/d-test.mjs': '',
      'src/e.js': '',
      'test/f.cjs': '',
    });
    expect(testFiles(none)).toEqual(['src/c.test.js', 'src/d-test.mjs', 'test/f.cjs']);
  });

  it('karma files of karma.conf.js (module.exports = function (config) { config.set({…}) })', async () => {
    const m = await model({
      'package.json': pkg({ scripts: { 'test:browser': 'karma start --single-run' }, devDependencies: { karma: '*' } }),
      'karma.conf.js':
        "module.exports = function (config) {\n  config.set({\n    basePath: '',\n    frameworks: ['mocha'],\n    files: ['test/browser/*.js', { pattern: 'lib/**/*.js', included: false }],\n    exclude: ['test/browser/skip.js'],\n  });\n};\n",
      'test/browser/a.js': '',
      'test/browser/skip.js': '',
      'lib/deep/x.js': '',
    });
    expect(testFiles(m)).toEqual(['lib/deep/x.js', 'test/browser/a.js']);
    expect(m.entries.get('karma.conf.js')).toMatch(/karma configuration/);
  });

  it('vitest include, ava files, jasmine spec_dir, qunit paths', async () => {
    const m = await model({
      'package.json': pkg({
        scripts: { unit: 'vitest run', ava: 'ava', jas: 'jasmine', q: 'qunit test/qunit' },
        ava: { files: ['ava/**/*.js', '!ava/skip/**'] },
      }),
      'vitest.config.ts':
        "import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['unit/**/*.check.ts'] } });\n",
      'unit/a.check.ts': '',
      'unit/b.test.ts': '',
      'ava/x.js': '',
      'ava/skip/y.js': '',
      'spec/support/jasmine.json': JSON.stringify({ spec_dir: 'jspec', spec_files: ['**/*Spec.js'] }),
      'jspec/oneSpec.js': '',
      'jspec/other.js': '',
      'test/qunit/q.js': '',
    });
    expect(testFiles(m)).toEqual(['ava/x.js', 'jspec/oneSpec.js', 'test/qunit/q.js', 'unit/a.check.ts']);
    expect(runners(m)).toEqual(['.:ava', '.:jasmine', '.:qunit', '.:vitest']);
  });

  it('each script with its own --config: mocha JS configs (knex) and jest configs spreading a base config (winston)', async () => {
    const m = await model({
      'package.json': pkg({
        scripts: {
          test: 'mocha --exit -t 10000 --config test/mocha-all.js && jest -c test/jest.unit.js',
          'test:db': 'mocha --config test/mocha-db.js',
        },
      }),
      'test/mocha-all.js': "module.exports = { spec: ['test/prep.js', 'test/integration2/**/*.spec.js'] };\n",
      'test/mocha-db.js': "module.exports = { spec: ['test/db-suite.js'] };\n",
      'jest.config.js':
        "module.exports = { testMatch: ['<rootDir>/test/**/*.test.js'], globalSetup: '<rootDir>/test/globalSetup.js' };\n",
      'test/jest.unit.js':
        "const base = require('../jest.config');\nmodule.exports = { ...base, rootDir: '../', testMatch: ['<rootDir>/test/unit/**/*.test.js'] };\n",
      'test/prep.js': '',
      'test/db-suite.js': '',
      'test/integration2/a.spec.js': '',
      'test/unit/u.test.js': '',
      'test/other/o.test.js': '',
      'test/globalSetup.js': '',
    });
    expect(testFiles(m)).toEqual([
      'test/db-suite.js',
      'test/integration2/a.spec.js',
      'test/prep.js',
      'test/unit/u.test.js',
    ]);
    expect(m.entries.get('test/globalSetup.js')).toMatch(/^loaded by jest/);
    expect(m.notices).toEqual([]);
  });

  it('npm run other -- args runs the other script with the arguments; a runner repository runs its own bin', async () => {
    const m = await model({
      'package.json': pkg({
        name: 'mocha',
        bin: { mocha: './bin/mocha.js' },
        scripts: {
          'test-node-run':
            'cross-env NODE_OPTIONS=--enable-source-maps nyc --reporter=json node bin/mocha.js --forbid-only',
          'test-node:unit': 'npm run -s test-node-run -- "test/unit/**/*.spec.cjs" --ui bdd test/interfaces/bdd.spec',
          'test-smoke': 'node ./bin/mocha.js --no-config test/smoke/smoke.spec.cjs',
        },
      }),
      'bin/mocha.js': '',
      'test/unit/a.spec.cjs': '',
      'test/unit/deep/b.spec.cjs': '',
      'test/unit/helper.cjs': '',
      'test/interfaces/bdd.spec.cjs': '',
      'test/smoke/smoke.spec.cjs': '',
    });
    expect(testFiles(m)).toEqual([
      'test/interfaces/bdd.spec.cjs',
      'test/smoke/smoke.spec.cjs',
      'test/unit/a.spec.cjs',
      'test/unit/deep/b.spec.cjs',
    ]);
    expect(m.testFiles.get('test/unit/a.spec.cjs')!.why).toMatch(/test-node:unit → test-node-run/);
  });

  it("lab's option values are not test paths: lab -t 100 -a @hapi/code -L runs test/ recursively", async () => {
    const m = await model({
      'package.json': pkg({ scripts: { test: 'lab -t 100 -a @hapi/code -L -Y' } }),
      'test/index.js': '',
      'test/deep/rule.js': '',
      'lib/index.js': '',
    });
    expect(testFiles(m)).toEqual(['test/deep/rule.js', 'test/index.js']);
    expect(m.notices).toEqual([]);
  });
});
