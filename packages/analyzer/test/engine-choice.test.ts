import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyze, analyzeChange, analyzeHistory } from '../src/index.js';
import { chooseEngine } from '../src/lint/engines/select.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
  delete process.env.UPKEEP_OXLINT_BIN;
});

const MODULE = [
  'var total = 0;',
  'function add(x) {',
  '  if (x == null) return;',
  '  total += x;',
  '}',
  'module.exports = add;',
  '',
].join('\n');

function repo(): TempRepo {
  const made = createTempRepo({ 'src/a.js': MODULE });
  repos.push(made);
  return made;
}

describe('engine choice', () => {
  it('runs recommended on oxlint by default and every other configuration on ESLint', () => {
    expect(chooseEngine({ root: '/x', eslintConfig: 'recommended' }).engine.id).toBe('oxlint');
    expect(chooseEngine({ root: '/x', eslintConfig: 'recommended' }, 'eslint').engine.id).toBe('eslint');
    const project = chooseEngine({ root: '/x', eslintConfig: 'project' }, 'oxlint');
    expect(project.engine.id).toBe('eslint');
    expect(project.note).toMatch(/runs only the recommended preset/);
  });

  it(
    'names the engine in the report, keys the cache by engine, and gives the same score on both',
    { timeout: 120_000 },
    async () => {
      const { dir } = repo();
      const oxlint = await analyze({ root: dir, jobs: 1 });
      expect(oxlint.report.config.engine?.name).toBe('oxlint');
      expect(oxlint.stats.linted).toBe(1);
      const eslint = await analyze({ root: dir, jobs: 1, engine: 'eslint' });
      expect(eslint.report.config.engine?.name).toBe('eslint');
      // switching engines re-lints; switching back hits the cache
      expect(eslint.stats.linted).toBe(1);
      expect(eslint.report.config.hash).not.toBe(oxlint.report.config.hash);
      const again = await analyze({ root: dir, jobs: 1 });
      expect(again.stats.linted).toBe(0);
      expect(again.stats.cache.hits).toBe(1);
      expect(eslint.report.total.score).toBe(oxlint.report.total.score);
      expect(eslint.report.modules[0]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(
        oxlint.report.modules[0]!.messages.map((m) => [m.ruleId, m.line, m.column]),
      );
    },
  );

  it('falls back to ESLint with one note when the oxlint binary is missing', { timeout: 120_000 }, async () => {
    const { dir } = repo();
    process.env.UPKEEP_OXLINT_BIN = '/nonexistent/oxlint';
    const result = await analyze({ root: dir, jobs: 1, cache: false });
    expect(result.report.config.engine?.name).toBe('eslint');
    const fallback = result.notices.filter((notice) => notice.startsWith('oxlint could not run'));
    expect(fallback).toHaveLength(1);
    expect(fallback[0]).toMatch(/^oxlint could not run .*this run used ESLint instead$/);
    expect(result.report.modules[0]!.messages.map((m) => m.ruleId)).toContain('no-var');
  });

  it(
    'falls back the same way for a diff (both sides on ESLint) and a trend, naming the missing binary',
    { timeout: 120_000 },
    async () => {
      const made = repo();
      made.commit('var');
      made.write({ 'src/a.js': MODULE.replace('var total', 'let total') });
      made.commit('let');
      process.env.UPKEEP_OXLINT_BIN = '/nonexistent/oxlint';
      const change = await analyzeChange({ root: made.dir, jobs: 1, cache: false, base: 'HEAD~1', head: 'HEAD' });
      expect(change.head.config.engine?.name).toBe('eslint');
      expect(change.notices).toEqual([
        "oxlint could not run (oxlint failed (exit code 1): Error: Cannot find module '/nonexistent/oxlint'); this run used ESLint instead",
      ]);
      // the base side's modules were linted by ESLint too: its no-var is there
      expect(change.base.modules[0]!.messages.map((m) => m.ruleId)).toContain('no-var');
      const history = await analyzeHistory({ root: made.dir, jobs: 1, cache: false });
      expect(history.points.map((point) => point.report.config.engine?.name)).toEqual(['eslint', 'eslint']);
      expect(history.notices.filter((notice) => notice.startsWith('oxlint could not run'))).toHaveLength(1);
    },
  );

  it('takes the result of ESLint, with a note, for a module only ESLint parses', { timeout: 120_000 }, async () => {
    // a required parameter after an optional one: valid for ESLint's parser, fatal for oxlint's
    const made = createTempRepo({
      'src/b.ts': 'export function f(a?: number, b: number): number {\n  return (a ?? 0) + b;\n}\n',
    });
    repos.push(made);
    const result = await analyze({ root: made.dir, jobs: 1, cache: false });
    expect(result.report.config.engine?.name).toBe('oxlint');
    expect(result.notices.some((note) => note.startsWith('src/b.ts: oxlint cannot parse it'))).toBe(true);
    expect(result.report.modules[0]!.statements).toBe(2);
    expect(result.report.modules[0]!.messages.filter((m) => m.ruleId === null)).toEqual([]);
  });
});
