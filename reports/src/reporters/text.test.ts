import { describe, expect, it } from 'vitest';
import { buildScoreReport, DEFAULT_EVALUATION_EXPRESSION, type ModuleResult } from '@upkeep/core';
import { formatText } from './text.js';

function module(path: string, statements: number, warnings: number): ModuleResult {
  const messages = Array.from({ length: warnings }, (_, i) => ({
    ruleId: 'eqeqeq',
    category: 'W' as const,
    line: i + 1,
    column: 1,
    message: 'use ===',
  }));
  const counts = { fatal: 0, error: 0, warning: warnings, refactor: 0, convention: 0, info: 0 };
  const score = statements === 0 ? 10 : 10 - (warnings / statements) * 10;
  return { path, blob: 'a'.repeat(40), statements, counts, score, parseable: true, messages };
}

function report(modules: ModuleResult[]) {
  return buildScoreReport({
    toolVersion: '0.1.0',
    source: { kind: 'worktree' },
    config: { eslintConfig: 'recommended', hash: 'c0ffee' },
    modules,
    skipped: [],
    evaluation: DEFAULT_EVALUATION_EXPRESSION,
  });
}

describe('formatText: the summary line', () => {
  it('counts the modules it lists and says how many have no statements and are not rated (total.modules)', () => {
    const scored = report([module('src/a.js', 10, 1), module('public/js/app.js', 0, 0)]);
    expect(scored.total.modules).toBe(1);
    expect(formatText(scored, { colors: false })).toContain(
      '2 modules (1 with no statements, not rated), 10 statements analyzed; messages: 0 fatal, 0 error, 1 warning',
    );
    expect(formatText(report([module('src/a.js', 10, 1)]), { colors: false })).toContain(
      '1 module, 10 statements analyzed;',
    );
  });
});
