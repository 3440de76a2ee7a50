import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreReport } from '@upkeep/core';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyze, analyzeHistory } from '../src/index.js';

/**
 * A history whose environments change while the test file does not:
 *  1 no runner       test/slug.js calls describe/it, nothing defines them: 3 no-undef
 *  2 mocha added     same blob of test/slug.js, now a mocha test: 0 no-undef
 *  3 test moved      test/ → spec/ with .mocharc.yml naming spec/: still 0
 * vendor/ is excluded by the project's .eslintignore at every commit.
 * The last point of the trend equals `score` of the work tree at that commit, and the cache,
 * keyed by environment, never serves the first point's result to the second.
 */
let repo: TempRepo;
const commits: string[] = [];
const TEST =
  "const slug = require('../src/slug');\ndescribe('slug', () => {\n  it('trims', () => slug(' a '));\n  before(() => {});\n});\n";
const SLUG = 'module.exports = function slug(s) {\n  return s.trim();\n};\n';

beforeAll(() => {
  repo = createTempRepo({
    'package.json': JSON.stringify({ name: 'slug', scripts: { test: 'node test/slug.js' } }),
    'src/slug.js': SLUG,
    'test/slug.js': TEST,
    // excluded by the commit's .eslintignore in trend as in score
    '.eslintignore': 'vendor/\n',
    'vendor/legacy.js': 'notDefinedAnywhere();\n',
  });
  commits.push(repo.commit('no runner'));
  repo.write({
    'package.json': JSON.stringify({ name: 'slug', scripts: { test: 'mocha' }, devDependencies: { mocha: '^10.0.0' } }),
  });
  commits.push(repo.commit('mocha added'));
  repo.remove('test/slug.js');
  repo.write({ 'spec/slug.js': TEST.replace('../src/slug', '../src/slug.js'), '.mocharc.yml': 'spec: spec/**/*.js\n' });
  commits.push(repo.commit('tests moved to spec/'));
});

afterAll(() => repo.cleanup());

const undefs = (report: ScoreReport): number =>
  report.modules.flatMap((module) => module.messages).filter((message) => message.ruleId === 'no-undef').length;

describe('trend lints each commit in the environment of its own tree', () => {
  it('gives each point the runner globals its commit defines, and its last point equals score', async () => {
    const run = (cache: boolean) => analyzeHistory({ root: repo.dir, jobs: 1, engine: 'eslint', cache });
    const result = await run(true);
    expect(result.points.map((point) => point.commit.commit)).toEqual(commits);
    expect(result.points.map((point) => undefs(point.report))).toEqual([3, 0, 0]);
    // the same blob of test/slug.js in two environments: linted twice, not served from the first
    expect(result.stats.linted).toBe(4);
    expect(result.points.every((point) => point.report.modules.every((m) => !m.path.startsWith('vendor/')))).toBe(true);

    const score = (await analyze({ root: repo.dir, jobs: 1, engine: 'eslint' })).report;
    const last = result.points.at(-1)!.report;
    expect(last.total.score).toBe(score.total.score);
    expect(last.total.counts).toEqual(score.total.counts);
    const oldest = (await analyze({ root: repo.dir, ref: commits[0], jobs: 1, engine: 'eslint', cache: false })).report;
    expect(oldest.total.score).toBe(result.points[0]!.report.total.score);
    expect(undefs(oldest)).toBe(3);

    const again = await run(true);
    expect(again.stats.linted).toBe(0);
    expect(again.points.map((point) => point.report.total.score)).toEqual(
      result.points.map((point) => point.report.total.score),
    );
  });
});
