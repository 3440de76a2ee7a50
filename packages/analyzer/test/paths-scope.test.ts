import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffReports, type ModuleResult, type ScoreReport } from '@upkeep/core';
import { createTempRepo, engineUnderTest, type TempRepo } from '@upkeep/test-utils';
import { analyze, analyzeChange, analyzeHistory } from '../src/index.js';

/**
 * Browser scripts of one package share one global scope: js/b.js and js/c.js call `helper` and
 * read `counter`, both declared by js/a.js. A run limited to some paths must judge a module as the
 * whole-project run does (no `no-undef` for the names its siblings declare, no `no-unused-vars`
 * for what they use), in every form such a run takes: score with paths, score --ref with paths,
 * the base side of a diff (analyzed at the changed paths only), and a trend with paths.
 */
let repo: TempRepo;
let base: string;
const A = 'var counter = 0;\nfunction helper(value) {\n  counter = counter + value;\n  return counter;\n}\n';
const B = 'function run() {\n  return helper(2) + counter;\n}\nrun();\n';
const C = 'function other() {\n  return helper(3);\n}\nother();\n';
const engine = engineUnderTest();

beforeAll(() => {
  repo = createTempRepo({
    'package.json': JSON.stringify({ name: 'pages', version: '1.0.0' }),
    'js/a.js': A,
    'js/b.js': B,
    'js/c.js': C,
  });
  base = repo.commit('scripts');
  repo.git('checkout', '-q', '-b', 'change');
  repo.write({ 'js/b.js': B.replace('helper(2)', 'helper(4)') });
  repo.commit('b passes 4');
  repo.git('checkout', '-q', 'main');
});

afterAll(() => repo.cleanup());

/** What a report says of one module: its score and messages (rule and line). */
function judged(report: ScoreReport, path: string): { score: number; messages: string[] } {
  const module = report.modules.find((candidate: ModuleResult) => candidate.path === path);
  if (!module) throw new Error(`${path} is not in the report`);
  return { score: module.score, messages: module.messages.map((message) => `${message.ruleId}:${message.line}`) };
}

describe('a run limited to paths judges scripts in the whole project’s shared scope', () => {
  it('score with paths gives the module the result of the whole-project run, and shows only that module', async () => {
    const whole = await analyze({ root: repo.dir, jobs: 1, engine, cache: false });
    expect(judged(whole.report, 'js/b.js')).toEqual({ score: 10, messages: [] });
    const limited = await analyze({ root: repo.dir, jobs: 1, engine, cache: false, paths: ['js/b.js'] });
    expect(limited.report.modules.map((module) => module.path)).toEqual(['js/b.js']);
    expect(judged(limited.report, 'js/b.js')).toEqual(judged(whole.report, 'js/b.js'));
    // the report's environments name the scored module, and the group it shares a scope with
    const groups = limited.report.environment!.groups;
    expect(groups.reduce((sum, group) => sum + group.modules, 0)).toBe(1);
    expect(limited.report.environment!.scriptGroups.map((group) => group.files)).toEqual([
      ['js/a.js', 'js/b.js', 'js/c.js'],
    ]);
  });

  it('score --ref with paths, the same', async () => {
    const whole = await analyze({ root: repo.dir, jobs: 1, engine, cache: false, ref: 'change' });
    const limited = await analyze({
      root: repo.dir,
      jobs: 1,
      engine,
      cache: false,
      ref: 'change',
      paths: ['js/c.js'],
    });
    expect(judged(limited.report, 'js/c.js')).toEqual({ score: 10, messages: [] });
    expect(judged(limited.report, 'js/c.js')).toEqual(judged(whole.report, 'js/c.js'));
  });

  it('a diff reports no message fixed or introduced by an edit that changes none (the base side is judged whole)', async () => {
    const change = await analyzeChange({ root: repo.dir, jobs: 1, engine, cache: false, base, head: 'change' });
    const delta = diffReports(change);
    const b = delta.modules.find((module) => module.path === 'js/b.js')!;
    expect(b.before?.score).toBe(10);
    expect(b.after?.score).toBe(10);
    expect(b.fixed).toEqual([]);
    expect(b.introduced).toEqual([]);
  });

  it('a trend with paths scores the module as the whole-project trend does', async () => {
    const run = (paths?: string[]) =>
      analyzeHistory({ root: repo.dir, jobs: 1, engine, cache: false, branch: 'change', ...(paths ? { paths } : {}) });
    const whole = await run();
    const limited = await run(['js/b.js']);
    const scoreOf = (series: Awaited<ReturnType<typeof run>>) =>
      series.points.map((point) => point.report.modules.find((module) => module.path === 'js/b.js')?.score);
    expect(scoreOf(limited)).toEqual([10, 10]);
    expect(scoreOf(limited)).toEqual(scoreOf(whole));
  });
});
