import { describe, expect, it } from 'vitest';
import { gitBlobHash, messages, moduleResult } from '../__testfixtures__/modules.js';
import { DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import type { ModuleResult, ScoreReport } from '../model.js';
import { buildScoreReport } from '../report/build.js';
import { diffReports } from './diff.js';
import { DeltaSchema } from './schema.js';

const BASE_COMMIT = 'a'.repeat(40);

function report(
  modules: ModuleResult[],
  source: ScoreReport['source'] = { kind: 'git', ref: 'main', commit: BASE_COMMIT },
): ScoreReport {
  return buildScoreReport({
    toolVersion: '0.1.0',
    source,
    config: { eslintConfig: 'recommended', hash: 'c0ffee' },
    modules,
    skipped: [],
    evaluation: DEFAULT_EVALUATION_EXPRESSION,
  });
}

function withBlob(module: ModuleResult, content: string): ModuleResult {
  return { ...module, blob: gitBlobHash(content) };
}

describe('diffReports', () => {
  const same = moduleResult('src/same.js', 10, messages('W', 1));
  const base = report([
    same,
    withBlob(moduleResult('src/edited.js', 20, messages('W', 4)), 'v1'),
    moduleResult('src/gone.js', 5, messages('C', 1)),
    withBlob(moduleResult('src/old name.js', 8, messages('R', 2)), 'old'),
  ]);
  const head = report(
    [
      same,
      withBlob(moduleResult('src/edited.js', 20, [...messages('W', 2), ...messages('E', 1, 'no-undef')]), 'v2'),
      moduleResult('src/added.js', 4),
      withBlob(moduleResult('src/new name.js', 8, messages('R', 1)), 'new'),
    ],
    { kind: 'git', ref: 'feature', commit: 'b'.repeat(40) },
  );
  const delta = diffReports({ base, head, renames: [{ from: 'src/old name.js', to: 'src/new name.js' }] });

  it('lists the changed modules only, in path order, with git renames paired', () => {
    expect(delta.modules.map((module) => [module.path, module.change, module.previousPath])).toEqual([
      ['src/added.js', 'added', undefined],
      ['src/edited.js', 'modified', undefined],
      ['src/gone.js', 'deleted', undefined],
      ['src/new name.js', 'renamed', 'src/old name.js'],
    ]);
  });

  it('gives scores before and after, the unrounded delta, and the messages introduced and fixed', () => {
    const edited = delta.modules.find((module) => module.path === 'src/edited.js')!;
    // before: 4 warnings / 20 → 8.00; after: 2 warnings + 1 error / 20 → 10 - 7/20·10 = 6.50
    expect([edited.before?.score, edited.after?.score, edited.delta]).toEqual([8, 6.5, -1.5]);
    expect(edited.before?.counts.warning).toBe(4);
    expect(edited.after?.counts).toEqual({ fatal: 0, error: 1, warning: 2, refactor: 0, convention: 0, info: 0 });
    // without hunks every line maps to itself: rule-w on lines 3 and 4 went, no-undef on line 1 came
    expect(edited.fixed.map((m) => [m.ruleId, m.line])).toEqual([
      ['rule-w', 3],
      ['rule-w', 4],
    ]);
    expect(edited.introduced.map((m) => [m.ruleId, m.line, m.onChangedLine])).toEqual([['no-undef', 1, false]]);
    const renamed = delta.modules.find((module) => module.change === 'renamed')!;
    expect([renamed.before?.score, renamed.after?.score, renamed.delta]).toEqual([7.5, 8.75, 1.25]);
    const gone = delta.modules.find((module) => module.change === 'deleted')!;
    expect([gone.after, gone.delta, gone.fixed.length]).toEqual([null, null, 1]);
  });

  it('takes the project totals from the two full reports', () => {
    expect(delta.total.before).toEqual(base.total);
    expect(delta.total.after).toEqual(head.total);
    expect(delta.total.delta).toBeCloseTo((head.total.score ?? 0) - (base.total.score ?? 0), 12);
    expect(delta.base).toEqual({ ref: 'main', commit: BASE_COMMIT });
    expect(delta.head).toEqual({ kind: 'git', ref: 'feature', commit: 'b'.repeat(40) });
  });

  it('is valid against its own schema through a JSON round trip', () => {
    const parsed = DeltaSchema.safeParse(JSON.parse(JSON.stringify(delta)));
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toEqual(JSON.parse(JSON.stringify(delta)));
  });

  it('refuses reports scored with different configurations, and a base that is not a commit', () => {
    const other = { ...head, config: { ...head.config, hash: 'beef' } };
    expect(() => diffReports({ base, head: other })).toThrow(/different configurations/);
    expect(() => diffReports({ base: { ...base, source: { kind: 'worktree' } }, head })).toThrow(/git commit/);
  });

  it('has no modules when nothing changed', () => {
    expect(diffReports({ base, head: { ...base, source: { kind: 'worktree' } } }).modules).toEqual([]);
  });
});
