import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';

const upkeep = inProcessCli(runCli);

const CONFIG = `export default [{ files: ['**/*.js'], rules: { 'no-debugger': 'error', eqeqeq: 'error', 'no-var': 'error' } }];\n`;
const UPKEEP_CONFIG = JSON.stringify({
  include: ['src/**', 'test/**'],
  eslintConfig: 'eslint.config.mjs',
  categories: { 'no-debugger': 'E', eqeqeq: 'W', 'no-var': 'C' },
});

/** Four commits with text modules, a binary and a minified file, a test file and a package change. */
function history(): TempRepo {
  const repo = createTempRepo({
    'eslint.config.mjs': CONFIG,
    'upkeep.config.json': UPKEEP_CONFIG,
    'package.json': JSON.stringify({ name: 'app', devDependencies: { mocha: '10.0.0' } }),
    'src/a.js': 'var a = 1;\nif (a == 2) {\n  debugger;\n}\nmodule.exports = a;\n',
    'src/b.js': 'export const b = 2;\n',
    'src/logo.js': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    'src/vendor.min.js': 'var v=1;\n',
  });
  repo.commit('initial');
  repo.write({ 'src/a.js': 'const a = 1;\nmodule.exports = a;\n' });
  repo.commit('fix a');
  repo.write({ 'test/a.test.js': "describe('a', () => {\n  it('is one', () => {});\n});\n" });
  repo.commit('add a test');
  repo.write({ 'package.json': JSON.stringify({ name: 'app', type: 'module', devDependencies: { mocha: '10.0.0' } }) });
  repo.commit('become an ES module package');
  return repo;
}

let repo: TempRepo;
beforeAll(() => {
  repo = history();
});
afterAll(() => repo.cleanup());

describe('upkeep trend and its caches', () => {
  it('writes the same JSON byte for byte with the cache cold, warm and disabled', async () => {
    const run = async (args: string[]): Promise<string> => {
      const result = await upkeep(['trend', '--out', 'trend.json', '--quiet', ...args], repo.dir);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return readFileSync(join(repo.dir, 'trend.json'), 'utf8');
    };
    rmSync(join(repo.dir, '.upkeep'), { recursive: true, force: true });
    const cold = await run([]);
    const warm = await run([]);
    const disabled = await run(['--no-cache']);
    // the facts cache alone (lint results gone): classes and facts known, every module linted again
    rmSync(join(repo.dir, '.upkeep', 'cache'), { recursive: true, force: true });
    const cold2 = await run([]);
    const trend = JSON.parse(cold);
    expect(trend.points).toHaveLength(4);
    expect(trend.points.map((p: { score: number }) => p.score.toFixed(2))).toEqual([
      // the first commit's error and warnings outweigh its few statements: clamped to 0
      '0.00',
      '10.00',
      '10.00',
      '10.00',
    ]);
    expect(warm).toBe(cold);
    expect(disabled).toBe(cold);
    expect(cold2).toBe(cold);
  });
});
