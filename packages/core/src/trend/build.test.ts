import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { gitBlobHash, messages, moduleResult, unparseableModule } from '../__testfixtures__/modules.js';
import { DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import type { ModuleResult, ScoreReport } from '../model.js';
import { buildScoreReport } from '../report/build.js';
import { buildTrend, type TrendPointInput } from './build.js';
import type { TrendSampling } from './model.js';

const SAMPLING: TrendSampling = { every: 'commit', maxPoints: 100, commitsInRange: 4, candidates: 4, capped: false };

function changed(module: ModuleResult, version: string): ModuleResult {
  return { ...module, blob: gitBlobHash(`${module.path} ${version}`) };
}

function report(modules: ModuleResult[], packageRoots: string[] = ['.', 'packages/api', 'packages/web']): ScoreReport {
  return buildScoreReport({
    toolVersion: '0.1.0',
    source: { kind: 'worktree' },
    config: { eslintConfig: 'recommended', hash: 'c0ffee' },
    modules,
    skipped: [],
    packageRoots,
    evaluation: DEFAULT_EVALUATION_EXPRESSION,
  });
}

function point(
  n: number,
  modules: ModuleResult[],
  extra: Partial<TrendPointInput['commit']> = {},
  packageRoots?: string[],
): TrendPointInput {
  return {
    commit: {
      commit: String(n).repeat(40).slice(0, 40),
      date: `2024-01-0${n}T00:00:00Z`,
      author: 'Ann',
      subject: `commit ${n}`,
      merge: false,
      ...extra,
    },
    commits: 1,
    report: report(modules, packageRoots),
  };
}

// api/a.js: 10 statements, 5 warnings → 5.00; web/b.js: 20 statements, 2 errors → 5.00
const A = moduleResult('packages/api/a.js', 10, messages('W', 5));
const B = moduleResult('packages/web/b.js', 20, messages('E', 2));

function history(): TrendPointInput[] {
  const aBetter = changed(moduleResult('packages/api/a.js', 10, messages('W', 1)), 'v2'); // 9.00
  const bWorse = changed(moduleResult('packages/web/b.js', 20, messages('E', 4)), 'v2'); // 0.00
  const renamed = { ...bWorse, path: 'packages/web/c.js' };
  return [
    point(1, [A, B]),
    point(2, [aBetter, B], { subject: 'fix a' }),
    point(3, [aBetter, bWorse, unparseableModule('packages/web/broken.js')], {
      merge: true,
      subject: 'Merge branch x',
    }),
    point(4, [aBetter, renamed, moduleResult('README.js', 0)], { subject: 'rename b to c' }),
  ];
}

describe('buildTrend', () => {
  it('gives one point per report with total, counts, package scores and changes', () => {
    const trend = buildTrend({
      toolVersion: '0.1.0',
      branch: 'main',
      head: '4'.repeat(40),
      sampling: SAMPLING,
      points: history(),
    });
    expect(trend.groups).toEqual({ kind: 'package', paths: ['packages/api', 'packages/web'] });
    expect(trend.points.map((p) => [p.subject, p.score, p.statements, p.modules, p.groups, p.changes])).toEqual([
      // 30 statements, 2 E + 5 W → 10 - 15/30·10 = 5
      ['commit 1', 5, 30, 2, { 'packages/api': 5, 'packages/web': 5 }, { added: 2, removed: 0, modified: 0 }],
      // 30 statements, 2 E + 1 W → 10 - 11/30·10
      [
        'fix a',
        10 - (11 / 30) * 10,
        30,
        2,
        { 'packages/api': 9, 'packages/web': 5 },
        { added: 0, removed: 0, modified: 1 },
      ],
      // broken.js enters with its syntax error: 30 statements, 5 E + 1 W → 10 - 26/30·10
      // packages/web: 20 statements, 5 E → 10 - 25/20·10 = -2.5, floored at 0 as scoreOf does
      [
        'Merge branch x',
        10 - (26 / 30) * 10,
        30,
        3,
        { 'packages/api': 9, 'packages/web': 0 },
        { added: 1, removed: 0, modified: 1 },
      ],
      // README.js has no statements: not in the total; 4 E + 1 W over 30
      [
        'rename b to c',
        10 - (21 / 30) * 10,
        30,
        2,
        { 'packages/api': 9, 'packages/web': 0 },
        { added: 2, removed: 2, modified: 0 },
      ],
    ]);
    expect(trend.points[2]!.unparseable).toEqual(['packages/web/broken.js']);
    expect(trend.points[3]!.counts).toEqual({ fatal: 0, error: 4, warning: 1, refactor: 0, convention: 0, info: 0 });
  });

  it('ranks the commits that moved the total, largest first', () => {
    const trend = buildTrend({
      toolVersion: '0.1.0',
      branch: 'main',
      head: '4'.repeat(40),
      sampling: SAMPLING,
      points: history(),
    });
    expect(trend.movers.map((m) => [m.subject, Number(m.delta.toFixed(6)), m.merge])).toEqual(
      [
        ['Merge branch x', -5, true],
        ['fix a', 1.333333, false],
        ['rename b to c', 1.666667, false],
      ].sort((a, b) => Math.abs(b[1] as number) - Math.abs(a[1] as number)),
    );
  });

  it('compares modules between the first and last point, following renames', () => {
    const points = history();
    const plain = buildTrend({
      toolVersion: '0.1.0',
      branch: 'main',
      head: '4'.repeat(40),
      sampling: SAMPLING,
      points,
    });
    expect(plain.modules).toEqual({
      improved: [{ path: 'packages/api/a.js', before: 5, after: 9, delta: 4 }],
      regressed: [],
      added: 2,
      removed: 1,
    });
    const followed = buildTrend({
      toolVersion: '0.1.0',
      branch: 'main',
      head: '4'.repeat(40),
      sampling: SAMPLING,
      points,
      renames: { 'packages/web/b.js': 'packages/web/c.js' },
    });
    expect(followed.modules.regressed).toEqual([
      { path: 'packages/web/c.js', previousPath: 'packages/web/b.js', before: 5, after: 0, delta: -5 },
    ]);
    expect([followed.modules.added, followed.modules.removed]).toEqual([1, 0]);
  });

  it('lists the worst modules now, lowest score then most statements', () => {
    const trend = buildTrend({
      toolVersion: '0.1.0',
      branch: 'main',
      head: '4'.repeat(40),
      sampling: SAMPLING,
      points: history(),
      limits: { worst: 1 },
    });
    expect(trend.worst).toEqual([
      {
        path: 'packages/web/c.js',
        score: 0,
        statements: 20,
        counts: { fatal: 0, error: 4, warning: 0, refactor: 0, convention: 0, info: 0 },
        parseable: true,
      },
    ]);
  });

  it('falls back to top-level directories without workspace packages, and explains what a reader must know', () => {
    const points = [point(1, [moduleResult('lib/x.js', 4), moduleResult('src/y.js', 4, messages('C', 1))], {}, ['.'])];
    const trend = buildTrend({
      toolVersion: '0.1.0',
      branch: 'main',
      head: '1'.repeat(40),
      sampling: { every: 'week', maxPoints: 1, since: '2024-01-01', commitsInRange: 30, candidates: 5, capped: true },
      points,
    });
    expect(trend.groups).toEqual({ kind: 'directory', paths: ['lib', 'src'] });
    expect(trend.points[0]!.groups).toEqual({ lib: 10, src: 7.5 });
    expect(trend.notes.map((note) => note.kind)).toEqual(['sampling', 'capped', 'first-parent', 'single-point']);
    expect(trend.notes[0]!.message).toBe(
      '30 commits on main since 2024-01-01; points: the last commit of each week (1 point).',
    );
    expect(trend.notes[1]!.message).toContain('5 candidate commits thinned out evenly to 1 point by --max-points 1');
  });

  it('notes points with unparseable modules and points that changed no module', () => {
    const points = history();
    points.push({ ...point(5, points[3]!.report.modules), commits: 3 });
    const trend = buildTrend({
      toolVersion: '0.1.0',
      branch: 'main',
      head: '5'.repeat(40),
      sampling: SAMPLING,
      points,
    });
    const byKind = Object.fromEntries(trend.notes.map((note) => [note.kind, note.message]));
    expect(byKind.unparseable).toContain('1 point with modules that do not parse');
    expect(byKind['no-module-change']).toContain('1 point changed no JavaScript or TypeScript module');
    expect(byKind['first-parent']).toContain('(1 merge commit among the points)');
  });

  it('produces data that trend.schema.json accepts', () => {
    const trend = buildTrend({
      toolVersion: '0.1.0',
      branch: 'main',
      head: '4'.repeat(40),
      sampling: SAMPLING,
      points: history(),
    });
    const schema = JSON.parse(readFileSync(new URL('../../../../schemas/trend.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(trend))), JSON.stringify(validate.errors)).toBe(true);
    const broken = JSON.parse(JSON.stringify(trend));
    broken.points[0].score = '5';
    broken.sampling.every = 'fortnight';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => [error.instancePath, error.keyword])).toEqual([
      ['/sampling/every', 'pattern'],
      ['/points/0/score', 'type'],
      ['/points/0/score', 'type'],
      ['/points/0/score', 'anyOf'],
    ]);
  });
});
