// `upkeep score --ref` reads configuration files from the work tree: a config the scored commit has
// and the work tree lacks is named, with what that means for the run and what to do.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';

const upkeep = inProcessCli(runCli);

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const SOURCES = {
  'package.json': '{ "name": "x", "private": true }\n',
  'src/a.js': 'module.exports = function f(a) { return a + myGlobal; };\n',
};

/** A repository whose first commit has `config` and whose second deletes it. */
function configDeletedAfterFirstCommit(config: Record<string, string>): TempRepo {
  const repo = createTempRepo({ ...SOURCES, ...config });
  repos.push(repo);
  repo.commit('with the config');
  repo.git('rm', '-q', ...Object.keys(config));
  repo.commit('config deleted');
  return repo;
}

const RESTORE = (file: string): string =>
  `restore it (\`git checkout <ref> -- ${file}\`) or score a checkout of that commit (\`git worktree add ../scored <ref>\`, then \`upkeep score\` there)`;

describe('score --ref: configuration files the commit has and the work tree lacks', () => {
  it.each([
    ['.eslintrc.json', '{ "globals": { "myGlobal": "readonly" } }\n', 'env and globals'],
    [
      'eslint.config.js',
      'module.exports = [{ languageOptions: { globals: { myGlobal: "readonly" } } }];\n',
      'globals and sourceType',
    ],
  ])('%s: says it is not applied (not "Cannot read config file"), and it is not', async (file, text, what) => {
    const repo = configDeletedAfterFirstCommit({ [file]: text });
    const run = await upkeep(['score', '--ref', 'HEAD~1', '--no-cache'], repo.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `upkeep: ${file} is in the commit scored but not in the work tree: upkeep reads configuration files (ESLint's and its own) from the work tree, also for --ref and trend, so its ${what} are not applied to this run; ${RESTORE(file)}\n`,
    );
    expect(run.stderr).not.toContain('Cannot read config file');
    // what the notice says is what happened: the global it declares is not known
    expect(run.stdout).toContain("src/a.js:1:45: E no-undef 'myGlobal' is not defined.");

    // doing what it says applies the commit's config, and the notice goes
    repo.git('checkout', 'HEAD~1', '--', file);
    const restored = await upkeep(['score', '--ref', 'HEAD~1', '--no-cache'], repo.dir);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stderr).not.toContain('is in the commit scored but not in the work tree');
    expect(restored.stdout).not.toContain('no-undef');
  });

  it('upkeep.config.json: says its settings are not applied to the run', async () => {
    const repo = configDeletedAfterFirstCommit({ 'upkeep.config.json': '{ "failUnder": 9 }\n' });
    const run = await upkeep(['score', '--ref', 'HEAD~1', '--no-cache'], repo.dir);
    // failUnder 9 would fail this 0.00 run: the work tree has no config, so it does not
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      `upkeep: upkeep.config.json is in the commit scored but not in the work tree: upkeep reads configuration files (ESLint's and its own) from the work tree, also for --ref and trend, so its settings (include, exclude, eslintConfig, …) are not applied to this run; ${RESTORE('upkeep.config.json')}\n`,
    );
  });

  it('no notice when the work tree has the same config, nor for a run on the work tree', async () => {
    const repo = createTempRepo({ ...SOURCES, '.eslintrc.json': '{ "globals": { "myGlobal": "readonly" } }\n' });
    repos.push(repo);
    repo.commit('one');
    writeFileSync(join(repo.dir, 'src/b.js'), 'module.exports = 2;\n');
    repo.commit('two');
    for (const args of [
      ['score', '--ref', 'HEAD~1', '--no-cache'],
      ['score', '--no-cache'],
    ]) {
      const run = await upkeep(args, repo.dir);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('.eslintrc.json');
      expect(run.stdout).not.toContain('no-undef');
    }
  });
});
