import { describe, expect, it } from 'vitest';
import { evaluate, type EvaluationVariables } from './evaluate.js';
import { parseEvaluation } from './parse.js';

const none: EvaluationVariables = { fatal: 0, error: 0, warning: 0, refactor: 0, convention: 0, info: 0, statement: 0 };

function run(source: string, vars: Partial<EvaluationVariables> = {}): number {
  const parsed = parseEvaluation(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return evaluate(parsed.expression, { ...none, ...vars });
}

describe('evaluate: Python semantics', () => {
  it('divides as Python 3 does (true division)', () => {
    expect(run('7 / 2')).toBe(3.5);
    expect(run('error / statement', { error: 1, statement: 3 })).toBe(1 / 3);
  });

  it('returns NaN for a division by zero, where Python raises', () => {
    expect(run('10 / statement')).toBeNaN();
    expect(run('0 / 0')).toBeNaN();
    expect(run('-1 / (error - error)')).toBeNaN();
    // the NaN is not hidden by what surrounds the division
    expect(run('max(0, 10 - error / statement * 10)', { error: 1 })).toBeNaN();
    expect(run('1 if 1 / statement > 0 else 2')).toBeNaN();
  });

  it('evaluates only the chosen branch, so a guarded division is safe', () => {
    expect(run('10 if statement == 0 else 10 - error / statement * 10')).toBe(10);
    expect(run('10 if statement == 0 else 10 - error / statement * 10', { error: 1, statement: 4 })).toBe(7.5);
  });

  it('short-circuits and/or and returns an operand, not a boolean', () => {
    expect(run('statement and error / statement')).toBe(0);
    expect(run('statement or 7')).toBe(7);
    expect(run('warning or 7', { warning: 3 })).toBe(3);
    expect(run('warning and 7', { warning: 3 })).toBe(7);
  });

  it('treats comparison results and not as 1 and 0 in arithmetic', () => {
    expect(run('(error > 0) * 5 + (not fatal) * 2', { error: 4 })).toBe(7);
  });

  it('keeps the first of equal values in max and min, as Python does with 0 and -0', () => {
    expect(Object.is(run('max(0, -0)'), 0)).toBe(true);
    expect(Object.is(run('max(-0, 0)'), -0)).toBe(true);
    expect(Object.is(run('min(0, -0)'), 0)).toBe(true);
  });

  it('computes the default formula with the same floating point operations as pylint', () => {
    const formula = 'max(0, 0 if fatal else 10 - ((5 * error + warning + refactor + convention) / statement) * 10)';
    expect(run(formula, { error: 1, warning: 2, statement: 10 })).toBe(3);
    expect(run(formula, { convention: 7, statement: 16 })).toBe(5.625);
    expect(run(formula, { refactor: 1, statement: 3 })).toBe(10 - (1 / 3) * 10);
    expect(run(formula, { error: 3, statement: 8 })).toBe(0);
    expect(run(formula, { fatal: 1, statement: 100 })).toBe(0);
    expect(run(formula, { info: 50, statement: 10 })).toBe(10);
  });
});
