import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { cli } from './in-process.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe('unknown subcommands', () => {
  it('suggest the command a typo meant, at every level', async () => {
    expect(await cli(['codemod', 'renam'], '/')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'upkeep: unknown command "renam" for upkeep codemod: did you mean upkeep codemod rename? (see upkeep codemod --help)\n',
    });
    expect(await cli(['codemod', 'dead'], '/')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'upkeep: unknown command "dead" for upkeep codemod: did you mean upkeep codemod dead-code? (see upkeep codemod --help)\n',
    });
    expect(await cli(['scor', '--quiet'], '/')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'upkeep: unknown command "scor" for upkeep: did you mean upkeep score? (see upkeep --help)\n',
    });
  });

  it('list the commands there are when nothing is close', async () => {
    expect(await cli(['codemod', 'frobnicate'], '/')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'upkeep: unknown command "frobnicate" for upkeep codemod: the commands of upkeep codemod are rename, dead-code, run (see upkeep codemod --help)\n',
    });
    expect((await cli(['frobnicate'], '/')).stderr).toBe(
      'upkeep: unknown command "frobnicate" for upkeep: the commands of upkeep are score, diff, gate, comment, notify, trend, codemod (see upkeep --help)\n',
    );
  });
});

describe('--out into a directory that does not exist', () => {
  it('fails before any analysis, naming the directory, for every command that writes a report', async () => {
    const repo = createTempRepo({ 'src/a.js': 'export const a = 1;\n' });
    repos.push(repo);
    repo.commit('one');
    const cases: [string[], string][] = [
      [
        ['score', '--out', 'reports/score.json'],
        'upkeep: --out reports/score.json: the directory reports does not exist; create it first or write elsewhere\n',
      ],
      [
        ['trend', '--out', 'out/q/trend.html'],
        'upkeep: --out out/q/trend.html: the directory out/q does not exist; create it first or write elsewhere\n',
      ],
      [
        ['diff', '--base', 'HEAD', '--worktree', '--out', 'nope/delta.json'],
        'upkeep: --out nope/delta.json: the directory nope does not exist; create it first or write elsewhere\n',
      ],
      [['score', '--out', 'src/a.js/x.json'], 'upkeep: --out src/a.js/x.json: src/a.js is not a directory\n'],
      [
        ['score', '--out', '/no-such-upkeep-dir/x.json'],
        'upkeep: --out /no-such-upkeep-dir/x.json: the directory /no-such-upkeep-dir does not exist; create it first or write elsewhere\n',
      ],
    ];
    for (const [args, stderr] of cases) expect(await cli(args, repo.dir)).toEqual({ status: 2, stdout: '', stderr });
    // nothing was analyzed: no cache, no previous run
    expect(existsSync(join(repo.dir, '.upkeep'))).toBe(false);
  });
});

describe('score of a named path that git ignores or that is excluded', () => {
  function project(files: Record<string, string> = {}): TempRepo {
    const repo = createTempRepo({
      '.gitignore': 'node_modules\nbuild/\n',
      'src/a.js': 'export const a = 1;\n',
      ...files,
    });
    repos.push(repo);
    repo.commit('base');
    // ignored, so not committed: as installed or built
    repo.write({
      'node_modules/pkg/index.js': 'module.exports = function pkg(value) {\n  return value;\n};\n',
      'build/out.js': 'export const out = 2;\n',
    });
    return repo;
  }

  it('scores a folder git ignores when it is named (a whole run leaves it out)', async () => {
    const repo = project();
    const named = await cli(['score', 'node_modules/pkg', '--no-cache', '--format', 'json'], repo.dir);
    expect(named.status).toBe(0);
    expect(JSON.parse(named.stdout).modules.map((module: { path: string }) => module.path)).toEqual([
      'node_modules/pkg/index.js',
    ]);
    const built = await cli(['score', 'build', '--no-cache', '--format', 'json'], repo.dir);
    expect(JSON.parse(built.stdout).modules.map((module: { path: string }) => module.path)).toEqual(['build/out.js']);
    const whole = await cli(['score', '--no-cache', '--format', 'json'], repo.dir);
    expect(JSON.parse(whole.stdout).modules.map((module: { path: string }) => module.path)).toEqual(['src/a.js']);
  });

  it('a named path whose every module is left out: exit 2 naming why, not a rating of n/a', async () => {
    const repo = project({ '.eslintignore': 'build/\n' });
    expect(await cli(['score', 'node_modules/pkg/index.js', '--no-cache'], repo.dir)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'upkeep: nothing to score in node_modules/pkg/index.js: node_modules/ is skipped: directory excluded by default (node_modules); name it as a path to score it\n',
    });
    expect(await cli(['score', 'build', '--no-cache'], repo.dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'upkeep: nothing to score in build: build/out.js is skipped: also excluded by .eslintignore\n',
    });
  });
});

// git refuses a repository another user owns; only root can hand a repository to another user here
describe.runIf(process.getuid?.() === 0)('a repository owned by another user', () => {
  it('is named with what to do, not taken for a folder outside git', async () => {
    const repo = createTempRepo({ 'a.js': 'export const a = 1;\n' });
    repos.push(repo);
    repo.commit('one');
    execFileSync('chown', ['-R', '65534:65534', repo.dir]);
    const refused = `upkeep: git refuses the repository at ${repo.dir}: it is owned by another user (git's "dubious ownership"); run \`git config --global --add safe.directory ${repo.dir}\`, or run upkeep as the user who owns it\n`;
    expect(await cli(['score', '--quiet'], repo.dir)).toEqual({ status: 2, stdout: '', stderr: refused });
    expect(await cli(['diff', '--base', 'HEAD'], repo.dir)).toEqual({ status: 2, stdout: '', stderr: refused });
  });
});

describe('a tsconfig.json that extends a package that is not installed', () => {
  it('says to install the dependencies or to skip the type check', async () => {
    const repo = createTempRepo({
      'package.json': JSON.stringify({ name: 'p', main: 'a.ts' }),
      'tsconfig.json': JSON.stringify({ extends: '@tsconfig/node12/tsconfig.json' }),
      // something to remove, so that the run goes on to the type check
      'a.ts': 'const unused = 2;\nexport const a = 1;\n',
    });
    repos.push(repo);
    repo.commit('one');
    const run = await cli(['codemod', 'dead-code', '--dry-run'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "upkeep: tsconfig.json: File '@tsconfig/node12/tsconfig.json' not found; it names a file of a package that is not installed: install the project's dependencies (npm install), or run with --no-type-check\n",
    );
  });
});
