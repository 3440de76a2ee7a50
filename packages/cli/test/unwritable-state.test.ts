// A checkout where `.upkeep/` cannot be created or written (read-only file system, CI images that
// mount the sources read-only; here a file in its place, which fails alike even for root): every
// command still analyzes, without the cache, and says so once.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { cli } from './in-process.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const UNWRITABLE = /^upkeep: \.upkeep\/ cannot be written \(EEXIST: .*\); this run used no analysis cache$/m;

describe('a project whose .upkeep/ cannot be written', () => {
  it(
    'score, diff and trend analyze without the cache and say so; score is not remembered',
    { timeout: 120_000 },
    async () => {
      const repo = createTempRepo({ 'src/a.js': 'var a = 1;\nmodule.exports = a;\n' });
      repos.push(repo);
      repo.commit('var');
      repo.write({ 'src/a.js': 'const a = 1;\nmodule.exports = a;\n' });
      repo.commit('let');
      writeFileSync(join(repo.dir, '.upkeep'), 'a file where the state directory would be\n');

      const score = await cli(['score', '--format', 'json'], repo.dir);
      expect(score.status).toBe(0);
      expect((JSON.parse(score.stdout) as { total: { score: number } }).total.score).toBe(10);
      expect(score.stderr).toMatch(UNWRITABLE);
      expect(score.stderr).toContain(
        'upkeep: this run is not remembered as the previous run: .upkeep/ cannot be written\n',
      );

      const noCache = await cli(['score', '--no-cache', '--quiet'], repo.dir);
      expect(noCache.status).toBe(0);
      expect(noCache.stdout).toContain('Your code has been rated at 10.00/10');

      const diff = await cli(['diff', '--base', 'HEAD~1', '--format', 'json'], repo.dir);
      expect(diff.status).toBe(0);
      expect(diff.stderr.match(new RegExp(UNWRITABLE.source, 'gm'))).toHaveLength(1);
      expect(diff.stderr).not.toContain('nothing came from the analysis cache');

      const trend = await cli(['trend', '--format', 'csv'], repo.dir);
      expect(trend.status).toBe(0);
      expect(trend.stdout.trim().split('\n')).toHaveLength(3);
      expect(trend.stderr).toMatch(UNWRITABLE);
    },
  );
});
