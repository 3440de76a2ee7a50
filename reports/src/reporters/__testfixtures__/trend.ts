// A two-point trend whose commit subject and paths hold what each format must escape.
import { buildScoreReport, buildTrend, DEFAULT_EVALUATION_EXPRESSION, type ModuleResult, type Trend } from '@upkeep/core';

function module(path: string, blob: string, statements: number, warnings: number): ModuleResult {
  const messages = Array.from({ length: warnings }, (_, i) => ({ ruleId: 'eqeqeq', category: 'W' as const, line: i + 1, column: 1, message: 'use ===' }));
  const counts = { fatal: 0, error: 0, warning: warnings, refactor: 0, convention: 0, info: 0 };
  return { path, blob: blob.repeat(40), statements, counts, score: 10 - (warnings / statements) * 10, parseable: true, messages };
}

export function sampleTrend(): Trend {
  const report = (modules: ModuleResult[]) =>
    buildScoreReport({ toolVersion: '0.1.0', source: { kind: 'worktree' }, config: { eslintConfig: 'recommended', hash: 'c0ffee' }, modules, skipped: [], evaluation: DEFAULT_EVALUATION_EXPRESSION });
  return buildTrend({
    toolVersion: '0.1.0',
    branch: 'main',
    head: 'b'.repeat(40),
    sampling: { every: 'commit', maxPoints: 100, commitsInRange: 2, candidates: 2, capped: false },
    points: [
      { commit: { commit: 'a'.repeat(40), date: '2024-01-01T00:00:00+00:00', author: 'Ann', subject: 'start', merge: false }, commits: 1, report: report([module('src/a_b.js', '1', 10, 5)]) },
      {
        commit: { commit: 'b'.repeat(40), date: '2024-01-02T00:00:00+00:00', author: 'Bob | "B"', subject: '=HYPERLINK("x") </script><b>fix</b>', merge: false },
        commits: 1,
        report: report([module('src/a_b.js', '2', 10, 1)]),
      },
    ],
  });
}
