import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, readTree, type TempRepo } from '@upkeep/test-utils';
import { runCodemod } from '../runner/run.js';
import { renameCodemod, type RenameOptions } from './index.js';

const FIXTURES = fileURLToPath(new URL('./__testfixtures__/', import.meta.url));

interface FixtureSpec {
  options?: Omit<RenameOptions, 'map'> & { map?: Record<string, string> };
  paths?: string[];
  /** expected skips as "old → new: reason" */
  skips?: string[];
}

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

describe('rename fixtures (input → output on disk)', () => {
  const cases = readdirSync(FIXTURES).filter(
    (name) => !name.startsWith('_') && statSync(join(FIXTURES, name)).isDirectory(),
  );
  it.each(cases)(
    '%s',
    async (name) => {
      const dir = join(FIXTURES, name);
      const spec: FixtureSpec = existsSync(join(dir, 'spec.json'))
        ? (JSON.parse(readFileSync(join(dir, 'spec.json'), 'utf8')) as FixtureSpec)
        : {};
      const input = readTree(join(dir, 'input'));
      const expected = { ...input, ...(existsSync(join(dir, 'output')) ? readTree(join(dir, 'output')) : {}) };
      const repo = createTempRepo(input);
      repos.push(repo);
      repo.commit('input');
      // the fixture's test.cjs uses the project as a program or a consumer would (`node test.cjs <dir>`): it passes before and after
      const behaviour = join(dir, 'test.cjs');
      const exercise = (): void => {
        if (existsSync(behaviour)) execFileSync(process.execPath, [behaviour, repo.dir], { stdio: 'pipe' });
      };
      exercise();
      const options: RenameOptions = {
        ...spec.options,
        map: spec.options?.map ? new Map(Object.entries(spec.options.map)) : undefined,
      };

      const result = await runCodemod(renameCodemod(options), {
        root: repo.dir,
        paths: spec.paths ?? [],
        score: false,
      });
      expect(result.status, result.rejection).toBe(
        Object.keys(expected).some((path) => expected[path] !== input[path]) ? 'applied' : 'unchanged',
      );
      const actual = readTree(repo.dir);
      delete actual['.git'];
      for (const path of Object.keys(expected))
        expect(actual[path], `${path}; skips: ${JSON.stringify(result.skips)}`).toBe(expected[path]);
      expect(result.skips.map((skip) => `${skip.subject}: ${skip.reason}`).sort()).toEqual((spec.skips ?? []).sort());
      exercise();

      // idempotent: a second run on the result changes nothing
      repo.commit('renamed');
      const again = await runCodemod(renameCodemod(options), { root: repo.dir, paths: spec.paths ?? [], score: false });
      expect(again.status).toBe('unchanged');
      expect(again.changes).toEqual([]);
    },
    180_000,
  ); // two TypeScript programs and two type checks per fixture: slow on a busy machine
});
