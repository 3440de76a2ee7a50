import { describe, expect, it } from 'vitest';
import { messages } from '../__testfixtures__/modules.js';
import { DEFAULT_EVALUATION, DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import { parseEvaluation } from '../evaluation/parse.js';
import type { CategoryCounts } from '../model.js';
import { addCounts, countMessages, emptyCounts } from './counts.js';
import { scoreOf } from './score.js';

function counts(partial: Partial<CategoryCounts>): CategoryCounts {
  return { ...emptyCounts(), ...partial };
}

describe('scoreOf with the default formula', () => {
  it("is pylint's formula", () => {
    expect(DEFAULT_EVALUATION).toBe(
      'max(0, 0 if fatal else 10 - ((5 * error + warning + refactor + convention) / statement) * 10)',
    );
    expect(DEFAULT_EVALUATION_EXPRESSION.source).toBe(DEFAULT_EVALUATION);
  });

  it('scores 10 statements with 1 error and 2 warnings exactly 3', () => {
    expect(scoreOf(counts({ error: 1, warning: 2 }), 10, DEFAULT_EVALUATION_EXPRESSION)).toBe(3);
  });

  it('weighs an error five times a warning, refactor or convention', () => {
    expect(scoreOf(counts({ error: 1 }), 20, DEFAULT_EVALUATION_EXPRESSION)).toBe(7.5);
    expect(scoreOf(counts({ warning: 1, refactor: 2, convention: 2 }), 20, DEFAULT_EVALUATION_EXPRESSION)).toBe(7.5);
  });

  it('scores a module without messages 10 and ignores informational messages', () => {
    expect(scoreOf(emptyCounts(), 1, DEFAULT_EVALUATION_EXPRESSION)).toBe(10);
    expect(scoreOf(counts({ info: 40 }), 4, DEFAULT_EVALUATION_EXPRESSION)).toBe(10);
  });

  it('never goes below 0', () => {
    expect(scoreOf(counts({ error: 3 }), 8, DEFAULT_EVALUATION_EXPRESSION)).toBe(0);
    expect(scoreOf(counts({ convention: 10 }), 10, DEFAULT_EVALUATION_EXPRESSION)).toBe(0);
  });

  it('is 0 as soon as there is a fatal message', () => {
    expect(scoreOf(counts({ fatal: 1 }), 1000, DEFAULT_EVALUATION_EXPRESSION)).toBe(0);
  });

  it('is null ("n/a") without statements, whatever the messages', () => {
    expect(scoreOf(emptyCounts(), 0, DEFAULT_EVALUATION_EXPRESSION)).toBeNull();
    expect(scoreOf(counts({ error: 1 }), 0, DEFAULT_EVALUATION_EXPRESSION)).toBeNull();
  });
});

describe('scoreOf with a custom formula', () => {
  function formula(source: string) {
    const parsed = parseEvaluation(source);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.expression;
  }

  it('applies the formula to the counts and the statement count', () => {
    const lenient = formula('max(0, 10 - ((2 * error + warning) / statement) * 10)');
    expect(scoreOf(counts({ error: 1, warning: 1, convention: 5 }), 10, lenient)).toBe(7);
  });

  it('is null when the formula divides by zero', () => {
    expect(scoreOf(counts({ warning: 1 }), 10, formula('10 - 10 / error'))).toBeNull();
  });
});

describe('counting messages', () => {
  it('starts from zero in every category', () => {
    expect(emptyCounts()).toEqual({ fatal: 0, error: 0, warning: 0, refactor: 0, convention: 0, info: 0 });
  });

  it('counts messages by category', () => {
    const found = [
      ...messages('E', 2),
      ...messages('C', 3),
      ...messages('I', 1),
      ...messages('F', 1),
      ...messages('R', 4),
    ];
    expect(countMessages(found)).toEqual({ fatal: 1, error: 2, warning: 0, refactor: 4, convention: 3, info: 1 });
    expect(countMessages([])).toEqual(emptyCounts());
  });

  it('adds counts category by category without changing its arguments', () => {
    const a = counts({ error: 1, warning: 2, info: 3 });
    const b = counts({ fatal: 4, warning: 5, convention: 6, refactor: 7 });
    expect(addCounts(a, b)).toEqual({ fatal: 4, error: 1, warning: 7, refactor: 7, convention: 6, info: 3 });
    expect(a).toEqual(counts({ error: 1, warning: 2, info: 3 }));
  });
});
