import { describe, expect, it } from 'vitest';
import type { Delta, ModuleDelta } from '../diff/model.js';
import { evaluateGate, hasGateConditions } from './evaluate.js';

const counts = { fatal: 0, error: 0, warning: 0, refactor: 0, convention: 0, info: 0 };
const side = (score: number | null) => ({ statements: 10, counts, score, parseable: true });

function delta(total: number, modules: ModuleDelta[]): Delta {
  const aggregate = (score: number) => ({ path: '.', modules: 3, statements: 30, counts, score });
  return {
    schemaVersion: 1,
    tool: { name: 'upkeep', version: '0.1.0' },
    base: { ref: 'main', commit: 'a'.repeat(40) },
    head: { kind: 'worktree' },
    config: { eslintConfig: 'recommended', evaluation: 'x', hash: 'h' },
    total: { before: aggregate(7), after: aggregate(total), delta: total - 7 },
    modules,
  };
}

const dropped: ModuleDelta = {
  path: 'src/closer.js',
  change: 'modified',
  before: side(8),
  after: side(7.5),
  delta: -0.5,
  introduced: [],
  fixed: [],
};
const tiny: ModuleDelta = {
  path: 'src/tiny.js',
  change: 'modified',
  before: side(8),
  after: side(7.996),
  delta: -0.004,
  introduced: [],
  fixed: [],
};
const added: ModuleDelta = {
  path: 'src/new.js',
  change: 'added',
  before: null,
  after: side(5),
  delta: null,
  introduced: [
    { ruleId: 'no-undef', category: 'E', line: 4, column: 2, message: "'y' is not defined.", onChangedLine: true },
    { ruleId: 'no-undef', category: 'E', line: 9, column: 2, message: "'z' is not defined.", onChangedLine: true },
    { ruleId: 'eqeqeq', category: 'W', line: 5, column: 2, message: 'Expected ===', onChangedLine: true },
  ],
  fixed: [],
};

describe('evaluateGate', () => {
  it('passes with no failures when every condition holds', () => {
    const verdict = evaluateGate(delta(7.2, [tiny]), {
      failUnder: 7,
      maxModuleDrop: 0,
      minNewModule: 5,
      noNewErrors: true,
    });
    expect(verdict).toEqual({
      passed: true,
      conditions: { failUnder: 7, maxModuleDrop: 0, minNewModule: 5, noNewErrors: true },
      failures: [],
    });
  });

  it('names the module and the numbers of every failed condition', () => {
    const verdict = evaluateGate(delta(6.41, [dropped, added]), {
      failUnder: 7,
      maxModuleDrop: 0.25,
      minNewModule: 7,
      noNewErrors: true,
    });
    expect(verdict.passed).toBe(false);
    expect(verdict.failures.map(({ condition, module, actual, limit }) => [condition, module, actual, limit])).toEqual([
      ['fail-under', undefined, 6.41, 7],
      ['max-module-drop', 'src/closer.js', 0.5, 0.25],
      ['min-new-module', 'src/new.js', 5, 7],
      ['no-new-errors', 'src/new.js', 2, 0],
    ]);
    expect(verdict.failures.map((failure) => failure.message)).toEqual([
      'the project is rated 6.41/10 after the change, under --fail-under 7',
      'src/closer.js: dropped 0.50 points (8.00/10 → 7.50/10), more than --max-module-drop 0.25',
      'src/new.js: a new module rated 5.00/10, under --min-new-module 7',
      'src/new.js: 2 new errors (first: 4:2 no-undef), --no-new-errors',
    ]);
  });

  it('compares a module drop as printed: -0.004 shows as -0.00 and does not fail --max-module-drop 0', () => {
    expect(evaluateGate(delta(7, [tiny]), { maxModuleDrop: 0 }).passed).toBe(true);
    expect(evaluateGate(delta(7, [dropped]), { maxModuleDrop: 0.5 }).passed).toBe(true);
    expect(evaluateGate(delta(7, [dropped]), { maxModuleDrop: 0.49 }).passed).toBe(false);
  });

  it('knows when no condition is set', () => {
    expect(hasGateConditions({})).toBe(false);
    expect(hasGateConditions({ noNewErrors: false })).toBe(false);
    expect(hasGateConditions({ maxModuleDrop: 0 })).toBe(true);
  });
});
