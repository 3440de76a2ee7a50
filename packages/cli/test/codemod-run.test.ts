import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir, createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';

const upkeep = inProcessCli(runCli);

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const ORDERS =
  "const { round } = require('./round');\n\nfunction total(items) {\n  var sum = 0;\n  for (var i = 0; i < items.length; i++) sum += items[i];\n  var rounded = round(sum);\n  return rounded;\n}\n\nmodule.exports = { total };\n";
const ROUND =
  'exports.round = function (value) {\n  var factor = 100;\n  return Math.round(value * factor) / factor;\n};\n';
/** a transform as users write them: CommonJS, jscodeshift API, options from the command line */
const RENAME_CALL = `module.exports = function renameCall(file, api, options) {
  const j = api.jscodeshift;
  const root = j(file.source);
  const calls = root.find(j.CallExpression, { callee: { name: options.from } });
  if (calls.size() === 0) return null;
  api.stats('calls renamed', calls.size());
  calls.forEach((path) => { path.node.callee.name = options.to; });
  return root.toSource();
};
`;

function project(extra: Record<string, string> = {}): TempRepo {
  const repo = createTempRepo({
    'package.json': '{ "name": "shop", "private": true, "scripts": { "test": "node test.js" } }\n',
    '.gitignore': 'node_modules/\n',
    'src/orders.js': ORDERS,
    'src/round.js': ROUND,
    'test.js': "const { total } = require('./src/orders');\nif (total([1.005, 2]) !== 3.01) process.exit(1);\n",
    ...extra,
  });
  repos.push(repo);
  repo.commit('initial');
  return repo;
}

const read = (repo: TempRepo, path: string): string => readFileSync(join(repo.dir, path), 'utf8');

describe('upkeep codemod run', () => {
  it('runs the built-in var-to-let-const and its tests pass; a second run changes nothing', async () => {
    const repo = project();
    const run = await upkeep(
      ['codemod', 'run', 'var-to-let-const', '--verify', 'npm test --silent', '--format', 'json'],
      repo.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      codemod: string;
      status: string;
      changes: { path: string }[];
      details: { transform: string; changed: number; unchanged: number; stats: Record<string, number> };
      verification: { tests: { before: { exitCode: number }; after: { exitCode: number } } };
      score: { modules: { path: string }[] };
    };
    expect(result.codemod).toBe('run');
    expect(result.status).toBe('applied');
    expect(result.changes.map((change) => change.path)).toEqual(['src/orders.js', 'src/round.js']);
    expect(result.details).toMatchObject({
      transform: 'var-to-let-const',
      changed: 2,
      unchanged: 1,
      stats: { 'var → let': 2, 'var → const': 2 },
    });
    expect(result.verification.tests.before.exitCode).toBe(0);
    expect(result.verification.tests.after.exitCode).toBe(0);
    expect(result.score.modules.map((module) => module.path)).toEqual(['src/orders.js', 'src/round.js']);
    expect(read(repo, 'src/orders.js')).toBe(
      ORDERS.replace('var sum', 'let sum').replace('var i', 'let i').replace('var rounded', 'const rounded'),
    );
    expect(read(repo, 'src/round.js')).toBe(ROUND.replace('var factor', 'const factor'));
    repo.commit('converted');
    const again = await upkeep(['codemod', 'run', 'var-to-let-const', '--no-score'], repo.dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('nothing to change');
  }, 60_000);

  it('--dry-run prints the diff of a transform file on disk and writes nothing; options after -- reach the transform', async () => {
    const repo = project();
    const transforms = createTempDir();
    writeFileSync(join(transforms, 'rename-call.cjs'), RENAME_CALL);
    const run = await upkeep(
      [
        'codemod',
        'run',
        join(transforms, 'rename-call.cjs'),
        'src',
        '--dry-run',
        '--',
        '--from=round',
        '--to',
        'roundCents',
      ],
      repo.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '--- a/src/orders.js\n+++ b/src/orders.js\n@@ -3,7 +3,7 @@\n function total(items) {\n   var sum = 0;\n   for (var i = 0; i < items.length; i++) sum += items[i];\n-  var rounded = round(sum);\n+  var rounded = roundCents(sum);\n   return rounded;\n }\n',
    );
    expect(run.stdout).toContain(
      'rename-call.cjs: 1 file(s) transformed, 1 unchanged, 0 failed, 0 did not parse\n  calls renamed: 1\n',
    );
    expect(run.stdout).toContain('dry run: 1 file(s) would change; nothing was written');
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('a --verify command that fails before the change stops the run (exit 2), nothing written', async () => {
    const repo = project();
    const run = await upkeep(
      ['codemod', 'run', 'var-to-let-const', '--no-score', '--verify', 'node -e "process.exit(4)"'],
      repo.dir,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'the tests already fail before the change (exit 4), and their output has no test summary upkeep can count to judge the change by: fix them or run without --verify',
    );
    expect(read(repo, 'src/orders.js')).toBe(ORDERS);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('drops the file whose output no longer parses and applies the rest; --no-isolate rejects all (exit 1, nothing written)', async () => {
    const repo = project({
      'tools/break.cjs': 'module.exports = (file) => file.source.replace("function", "function (");\n',
    });
    const strict = await upkeep(['codemod', 'run', 'tools/break.cjs', '--no-score', '--no-isolate'], repo.dir);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/not applied: would not parse \(read as commonjs\): src\/orders\.js:3: /);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
    const run = await upkeep(['codemod', 'run', 'tools/break.cjs', '--no-score'], repo.dir);
    expect(run.status).toBe(0);
    // the transform changes itself too (its own "function" is in a string), which still parses
    expect(run.stdout).toMatch(
      /dropped 2 of 3 planned edit\(s\): 2 would not parse\n {2}src\/orders\.js: would not parse \(read as commonjs\): src\/orders\.js:3: Unexpected token \(\n {2}src\/round\.js: would not parse/,
    );
    expect(run.stdout).toContain('changed 1 file(s) (1 of 3 planned edits)');
    expect(read(repo, 'src/orders.js')).toBe(ORDERS);
  });

  it('runs an installed third-party ESM transform with its parser export and options', async () => {
    const transform =
      "export const parser = 'ts';\nexport default function (file, api, options) {\n  if (file.path.endsWith('bad.ts')) throw new Error('unsupported construct');\n  const j = api.j;\n  return j(file.source).find(j.TSTypeReference, { typeName: { name: options.type } }).forEach((p) => { p.node.typeName.name = options.with; }).toSource();\n}\n";
    const repo = project({
      'node_modules/acme-codemods/package.json': '{ "name": "acme-codemods", "type": "module" }\n',
      'node_modules/acme-codemods/transforms/swap-type.js': transform,
      'src/price.ts': 'export function price(value: Money): Money {\n  return value;\n}\n',
      'src/bad.ts': 'export const x: Money = 1 as Money;\n',
      'src/broken.ts': 'export const = ;\n',
    });
    const run = await upkeep(
      [
        'codemod',
        'run',
        'acme-codemods/transforms/swap-type.js',
        'src',
        '--no-score',
        '--no-type-check',
        '--format',
        'json',
        '--',
        '--type',
        'Money',
        '--with=Cents',
      ],
      repo.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      status: string;
      changes: { path: string }[];
      skips: { subject: string; reason: string; detail: string }[];
      unparsable: string[];
      details: { options: unknown };
    };
    expect(result.status).toBe('applied');
    expect(result.details.options).toEqual({ type: 'Money', with: 'Cents' });
    expect(result.changes.map((change) => change.path)).toEqual(['src/price.ts']);
    expect(result.skips).toEqual([
      {
        subject: 'src/bad.ts',
        path: 'src/bad.ts',
        line: 1,
        reason: 'transform-error',
        detail: 'the transform threw: unsupported construct',
      },
    ]);
    expect(result.unparsable).toEqual(['src/broken.ts']);
    expect(read(repo, 'src/price.ts')).toBe('export function price(value: Cents): Cents {\n  return value;\n}\n');
    expect(read(repo, 'src/bad.ts')).toBe('export const x: Money = 1 as Money;\n');
  });

  it('--parser overrides the choice by extension', async () => {
    const repo = project({
      'src/cast.ts': 'export function f(x: unknown): number {\n  var n = <number>x;\n  return n;\n}\n',
    });
    const tsx = await upkeep(
      ['codemod', 'run', 'var-to-let-const', 'src/cast.ts', '--no-score', '--parser', 'tsx', '--format', 'json'],
      repo.dir,
    );
    expect((JSON.parse(tsx.stdout) as { unparsable: string[] }).unparsable).toEqual(['src/cast.ts']);
    const ts = await upkeep(['codemod', 'run', 'var-to-let-const', 'src/cast.ts', '--no-score'], repo.dir);
    expect(ts.status, ts.stderr).toBe(0);
    expect(read(repo, 'src/cast.ts')).toBe(
      'export function f(x: unknown): number {\n  const n = <number>x;\n  return n;\n}\n',
    );
  });

  it('bad input is a usage error (exit 2) naming the transform or the option', async () => {
    const repo = project({
      'tools/empty.cjs': 'module.exports = { notATransform: 1 };\n',
      'tools/typed.ts': 'export default () => null;\n',
    });
    const cases: [string[], string][] = [
      [['no-such-transform'], 'no-such-transform: no such transform: not a built-in (var-to-let-const)'],
      [['tools/empty.cjs'], 'tools/empty.cjs: the module exports no transform function'],
      [['tools/typed.ts'], 'tools/typed.ts: a TypeScript transform cannot be loaded'],
      [['var-to-let-const', '--parser', 'esprima'], '--parser: expected babel, babylon, flow, ts, tsx'],
      [['var-to-let-const', '--', 'stray'], 'transform options after --: "stray" is not an option'],
    ];
    for (const [args, message] of cases) {
      const run = await upkeep(['codemod', 'run', ...args, '--no-score'], repo.dir);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});
