import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { cli } from './in-process.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/**
 * The CLI in-process, as the bin runs it. The engine is not the point here: ESLint lints in this
 * process, already loaded, where oxlint would start a process with its JS plugins per run (about
 * 3 CPU-seconds each).
 */
async function json<T>(args: string[], cwd: string): Promise<T> {
  const { status, stdout, stderr } = await cli(
    [...args, '--format', 'json', '--jobs', '1', '--quiet', '--engine', 'eslint'],
    cwd,
  );
  expect(status, stderr).toBe(0);
  return JSON.parse(stdout) as T;
}

const MODULE = 'export const value = 1;\n';
/** fixture folders with their own package.json, as test suites of tools keep them */
const FIXTURES = {
  'test/fixtures/app-one/package.json': '{ "name": "app-one" }\n',
  'test/fixtures/app-one/index.js': MODULE,
  'test/fixtures/app-two/package.json': '{ "name": "app-two" }\n',
  'test/fixtures/app-two/index.js': MODULE,
  'test/run.js': MODULE,
};

type Groups = { packages: { path: string }[] };
type TrendGroups = { groups: { kind: string; paths: string[] } };

describe('groups of score and trend: workspace packages only', () => {
  it('with workspaces: the root and the workspace packages, not the fixtures', async () => {
    const repo = createTempRepo({
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
      'packages/a/package.json': '{ "name": "a" }\n',
      'packages/a/index.js': MODULE,
      'packages/b/package.json': '{ "name": "b" }\n',
      'packages/b/index.js': MODULE,
      ...FIXTURES,
    });
    repos.push(repo);
    repo.commit('one');
    const score = await json<Groups>(['score'], repo.dir);
    expect(score.packages.map((group) => group.path)).toEqual(['.', 'packages/a', 'packages/b']);
    const atRef = await json<Groups>(['score', '--ref', 'HEAD'], repo.dir);
    expect(atRef.packages.map((group) => group.path)).toEqual(['.', 'packages/a', 'packages/b']);
    const trend = await json<TrendGroups>(['trend'], repo.dir);
    expect(trend.groups).toEqual({ kind: 'package', paths: ['.', 'packages/a', 'packages/b'] });
  }, 180_000);

  it('with pnpm-workspace.yaml, the same', async () => {
    const repo = createTempRepo({
      'package.json': '{ "name": "mono", "private": true }\n',
      'pnpm-workspace.yaml': 'packages:\n  - "packages/*"\n',
      'packages/a/package.json': '{ "name": "a" }\n',
      'packages/a/index.js': MODULE,
      ...FIXTURES,
    });
    repos.push(repo);
    repo.commit('one');
    expect((await json<Groups>(['score'], repo.dir)).packages.map((group) => group.path)).toEqual(['.', 'packages/a']);
    expect((await json<TrendGroups>(['trend'], repo.dir)).groups).toEqual({
      kind: 'package',
      paths: ['.', 'packages/a'],
    });
  }, 180_000);

  it('without workspaces: one package, and the trend draws top-level directories', async () => {
    const repo = createTempRepo({ 'package.json': '{ "name": "lib" }\n', 'lib/index.js': MODULE, ...FIXTURES });
    repos.push(repo);
    repo.commit('one');
    expect((await json<Groups>(['score'], repo.dir)).packages.map((group) => group.path)).toEqual(['.']);
    expect((await json<Groups>(['score', '--ref', 'HEAD'], repo.dir)).packages.map((group) => group.path)).toEqual([
      '.',
    ]);
    expect((await json<TrendGroups>(['trend'], repo.dir)).groups).toEqual({
      kind: 'directory',
      paths: ['lib', 'test'],
    });
  }, 180_000);
});
