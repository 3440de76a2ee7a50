import { describe, expect, it } from 'vitest';
import { buildScoreReport, DEFAULT_EVALUATION_EXPRESSION, diffReports, type ModuleResult } from '@upkeep/core';
import { formatMarkdown } from './markdown.js';

/** A module of `statements` statements with `warnings` W messages, its blob telling base from head. */
function module(path: string, blob: string, statements: number, warnings: number): ModuleResult {
  const messages = Array.from({ length: warnings }, (_, i) => ({
    ruleId: 'eqeqeq',
    category: 'W' as const,
    line: i + 1,
    column: 1,
    message: `use === (${i})`,
  }));
  const counts = { fatal: 0, error: 0, warning: warnings, refactor: 0, convention: 0, info: 0 };
  return {
    path,
    blob: blob.repeat(40),
    statements,
    counts,
    score: 10 - (warnings / statements) * 10,
    parseable: true,
    messages,
  };
}

function report(kind: 'base' | 'head', modules: ModuleResult[]) {
  return buildScoreReport({
    toolVersion: '0.1.0',
    source: kind === 'base' ? { kind: 'git', ref: 'main', commit: 'a'.repeat(40) } : { kind: 'worktree' },
    config: { eslintConfig: 'recommended', hash: 'c0ffee' },
    modules,
    skipped: [],
    evaluation: DEFAULT_EVALUATION_EXPRESSION,
  });
}

describe('formatMarkdown: the change column', () => {
  it('warns of a drop that shows, and not of one that rounds to -0.00 (the gate compares at two decimals)', () => {
    const delta = diffReports({
      // drop.js: 10 − 62/250·10 = 7.52 → 10 − 62/249·10 ≈ 7.510, a drop that shows (−0.01)
      // tiny.js: 10 − 744/3100·10 = 7.60 → 10 − 745/3101·10 ≈ 7.5975, a drop of 0.0025 (−0.00)
      base: report('base', [module('src/drop.js', '1', 250, 62), module('src/tiny.js', '3', 3100, 744)]),
      head: report('head', [module('src/drop.js', '2', 249, 62), module('src/tiny.js', '4', 3101, 745)]),
    });
    const text = formatMarkdown(delta);
    expect(text).toContain('| src/drop.js | 7.52 | 7.51 | −0.01 ⚠ |');
    expect(text).toContain('| src/tiny.js | 7.60 | 7.60 | −0.00 |');
  });
});
