// Module results and score reports for the reporters' tests.
import { buildScoreReport, DEFAULT_EVALUATION_EXPRESSION, type ModuleResult, type ReportSource, type ScoreReport } from '@upkeep/core';

/** A module of `statements` statements with `warnings` eqeqeq warnings (lines 1…), its blob `blob` × 40; 0 statements scores 10. */
export function moduleResult(path: string, blob: string, statements: number, warnings: number): ModuleResult {
  const messages = Array.from({ length: warnings }, (_, i) => ({ ruleId: 'eqeqeq', category: 'W' as const, line: i + 1, column: 1, message: 'use ===' }));
  const counts = { fatal: 0, error: 0, warning: warnings, refactor: 0, convention: 0, info: 0 };
  const score = statements === 0 ? 10 : 10 - (warnings / statements) * 10;
  return { path, blob: blob.repeat(40), statements, counts, score, parseable: true, messages };
}

/** A recommended-preset report of the modules, from the work tree unless `source` says otherwise. */
export function scoreReport(modules: ModuleResult[], source: ReportSource = { kind: 'worktree' }): ScoreReport {
  return buildScoreReport({ toolVersion: '0.1.0', source, config: { eslintConfig: 'recommended', hash: 'c0ffee' }, modules, skipped: [], evaluation: DEFAULT_EVALUATION_EXPRESSION });
}
