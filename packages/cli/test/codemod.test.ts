import { cpSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';

const upkeep = inProcessCli(runCli);
const LEGACY_APP = fileURLToPath(new URL('../../../examples/legacy-app/', import.meta.url));
const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function project(): TempRepo {
  const repo = createTempRepo({
    'package.json': '{ "name": "t", "private": true }\n',
    'lib/calc.js': 'function add_two(first_num) {\n  return first_num + 2;\n}\nmodule.exports = { add_two };\n',
    'main.js': "const calc = require('./lib/calc');\nconsole.log(calc.add_two(1));\n",
  });
  repos.push(repo);
  repo.commit('initial');
  return repo;
}

describe('upkeep codemod rename', () => {
  it('refuses a dirty work tree and lists the dirty files (exit 2); --allow-dirty overrides', async () => {
    const repo = project();
    repo.write({ 'main.js': "const calc = require('./lib/calc');\nconsole.log(calc.add_two(2));\n" });
    const refused = await upkeep(['codemod', 'rename', '--no-score'], repo.dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(' M main.js');
    expect(readFileSync(join(repo.dir, 'lib/calc.js'), 'utf8')).toContain('add_two');
    const allowed = await upkeep(['codemod', 'rename', '--allow-dirty', '--no-score'], repo.dir);
    expect(allowed.status).toBe(0);
    expect(readFileSync(join(repo.dir, 'lib/calc.js'), 'utf8')).toBe(
      'function addTwo(firstNum) {\n  return firstNum + 2;\n}\nmodule.exports = { addTwo };\n',
    );
    expect(readFileSync(join(repo.dir, 'main.js'), 'utf8')).toBe(
      "const calc = require('./lib/calc');\nconsole.log(calc.addTwo(2));\n",
    );
  });

  it('--dry-run prints the unified diff and writes nothing', async () => {
    const repo = project();
    const run = await upkeep(['codemod', 'rename', '--dry-run'], repo.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--- a/lib/calc.js\n+++ b/lib/calc.js\n@@ -1,4 +1,4 @@\n');
    expect(run.stdout).toContain(
      "--- a/main.js\n+++ b/main.js\n@@ -1,2 +1,2 @@\n const calc = require('./lib/calc');\n-console.log(calc.add_two(1));\n+console.log(calc.addTwo(1));\n",
    );
    expect(run.stdout).toContain('\n-function add_two(first_num) {\n');
    expect(run.stdout).toContain('\n+function addTwo(firstNum) {\n');
    expect(run.stdout).toContain('renamed 3 name(s) in 2 file(s); skipped 0');
    expect(run.stdout).toContain('dry run: 2 file(s) would change; nothing was written');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('a --verify command that fails before the change stops the run (exit 2); one that fails with every edit leaves the tree byte-identical (exit 1)', async () => {
    const repo = project();
    const before = await upkeep(['codemod', 'rename', '--no-score', '--verify', 'node -e "process.exit(3)"'], repo.dir);
    expect(before.status).toBe(2);
    expect(before.stderr).toContain(
      'the tests already fail before the change (exit 3), and their output has no test summary upkeep can count to judge the change by: fix them or run without --verify',
    );
    // fails whenever any file differs from the commit
    const run = await upkeep(['codemod', 'rename', '--no-score', '--verify', 'git diff --quiet'], repo.dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('--verify failed when included (exit code 1)');
    expect(run.stdout).toMatch(/not applied: none of the \d+ planned edit group\(s\) verified; nothing was changed/);
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('--format json gives changes, skips and the score delta', async () => {
    const repo = project();
    const run = await upkeep(['codemod', 'rename', '--format', 'json'], repo.dir);
    const result = JSON.parse(run.stdout) as {
      status: string;
      changes: { path: string }[];
      score: { modules: { path: string; before: number; after: number }[] };
    };
    expect(result.status).toBe('applied');
    expect(result.changes.map((change) => change.path).sort()).toEqual(['lib/calc.js', 'main.js']);
    const calc = result.score.modules.find((module) => module.path === 'lib/calc.js')!;
    expect(calc.after).toBeGreaterThan(calc.before);
  });

  it('rejects bad --map and --kinds values with exit 2', async () => {
    const repo = project();
    expect((await upkeep(['codemod', 'rename', '--map', 'add_two=2add'], repo.dir)).stderr).toContain(
      '"2add" is not a valid identifier name',
    );
    expect((await upkeep(['codemod', 'rename', '--map', 'nope=yes'], repo.dir)).stderr).toContain('no ');
    const kinds = await upkeep(['codemod', 'rename', '--kinds', 'variable,widget'], repo.dir);
    expect(kinds.status).toBe(2);
    expect(kinds.stderr).toContain('--kinds: unknown kind widget');
  });

  it('on a copy of examples/legacy-app: the score goes up and its own tests still pass', async () => {
    const repo = createTempRepo();
    repos.push(repo);
    cpSync(LEGACY_APP, repo.dir, {
      recursive: true,
      filter: (path) => !path.includes('node_modules') && !path.includes('.upkeep'),
    });
    repo.commit('sample');
    // the sample keeps snake_case consistently, so only a forced convention converts its variables and functions
    const run = await upkeep(
      ['codemod', 'rename', '--convention', 'camelCase', '--verify', 'node --test test/'],
      repo.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /type-check with TypeScript \d+\.\d+\.\d+ \(bundled; the project's own is not installed\), tsconfig\.json: 0 error\(s\) before the change, 0 after, none new/,
    );
    expect(run.stdout).toMatch(
      /tests: `node --test test\/` before: (\d+) passed, 0 failed; after: \1 passed, 0 failed/,
    );
    const rated = /Your code has been rated at ([\d.]+)\/10 \(([\d.]+)\/10 before/.exec(run.stdout)!;
    expect(Number(rated[1])).toBeGreaterThan(Number(rated[2]));
    expect(readFileSync(join(repo.dir, 'index.js'), 'utf8')).toContain('create_data_service: createDataService');
    execFileSync(process.execPath, ['--test', 'test/'], { cwd: repo.dir, stdio: 'pipe' });
    repo.commit('renamed');
    const again = await upkeep(['codemod', 'rename', '--convention', 'camelCase', '--no-score'], repo.dir);
    expect(again.stdout).toContain('nothing to change');
  }, 180_000);
});
