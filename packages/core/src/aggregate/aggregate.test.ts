import { describe, expect, it } from 'vitest';
import { messages, moduleResult, unparseableModule } from '../__testfixtures__/modules.js';
import { DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import { formatScore } from '../format/score.js';
import type { Aggregate, CategoryCounts } from '../model.js';
import { emptyCounts } from '../scoring/counts.js';
import { aggregate } from './aggregate.js';

function counts(partial: Partial<CategoryCounts>): CategoryCounts {
  return { ...emptyCounts(), ...partial };
}

function summary(aggregates: Aggregate[]): [string, number, number, string][] {
  return aggregates.map((entry) => [entry.path, entry.modules, entry.statements, formatScore(entry.score)]);
}

describe('aggregate: the project total', () => {
  it('applies the formula to the summed counts and statements, not to the mean of module scores', () => {
    const big = moduleResult('src/big.js', 90);
    const small = moduleResult('src/small.js', 10, messages('C', 5));
    expect([big.score, small.score]).toEqual([10, 5]);
    const { total } = aggregate([big, small], DEFAULT_EVALUATION_EXPRESSION);
    // the mean of 10 and 5 would be 7.5; pylint rates 5 conventions over 100 statements
    expect(total).toEqual({ path: '.', modules: 2, statements: 100, counts: counts({ convention: 5 }), score: 9.5 });
  });

  it('leaves out modules without statements ("n/a"), messages included', () => {
    const typesOnly = moduleResult('src/types.d.ts', 0, messages('C', 2));
    expect(typesOnly.score).toBeNull();
    const { total } = aggregate(
      [moduleResult('src/a.js', 10, messages('W', 1)), typesOnly],
      DEFAULT_EVALUATION_EXPRESSION,
    );
    expect(total).toEqual({ path: '.', modules: 1, statements: 10, counts: counts({ warning: 1 }), score: 9 });
  });

  it('counts the syntax error of a module that did not parse, which lowers the total without zeroing it', () => {
    const { total } = aggregate(
      [moduleResult('src/a.js', 20, messages('W', 2)), unparseableModule('src/broken.js')],
      DEFAULT_EVALUATION_EXPRESSION,
    );
    // (5 * 1 + 2) / 20 * 10 = 3.5
    expect(total).toEqual({
      path: '.',
      modules: 2,
      statements: 20,
      counts: counts({ error: 1, warning: 2 }),
      score: 6.5,
    });
  });

  it('is 0 under the default formula when any module has a fatal message', () => {
    const { total } = aggregate(
      [moduleResult('src/a.js', 500), moduleResult('src/b.js', 500, messages('F', 1))],
      DEFAULT_EVALUATION_EXPRESSION,
    );
    expect(total.score).toBe(0);
    expect(total.counts).toEqual(counts({ fatal: 1 }));
  });

  it('is "n/a" without modules, or with only unparseable ones', () => {
    expect(aggregate([], DEFAULT_EVALUATION_EXPRESSION)).toEqual({
      total: { path: '.', modules: 0, statements: 0, counts: emptyCounts(), score: null },
      directories: [{ path: '.', modules: 0, statements: 0, counts: emptyCounts(), score: null }],
      packages: [],
    });
    const { total } = aggregate([unparseableModule('a.js')], DEFAULT_EVALUATION_EXPRESSION);
    expect(total).toEqual({ path: '.', modules: 1, statements: 0, counts: counts({ error: 1 }), score: null });
  });
});

describe('aggregate: directories', () => {
  const modules = [
    moduleResult('src/lib/deep/c.js', 10, messages('R', 4)),
    moduleResult('root.js', 5),
    moduleResult('src/a.js', 20, messages('E', 1)),
    moduleResult('src/lib/b.js', 10, messages('W', 2)),
    moduleResult('test/empty.test.js', 0),
    moduleResult('src-old/d.js', 5, messages('C', 5)),
  ];

  it('has "." and every ancestor directory of every module, in tree order, each scored from its own totals', () => {
    const { total, directories } = aggregate(modules, DEFAULT_EVALUATION_EXPRESSION);
    expect(summary(directories)).toEqual([
      ['.', 5, 50, '6.80'],
      ['src', 3, 40, '7.25'],
      ['src/lib', 2, 20, '7.00'],
      ['src/lib/deep', 1, 10, '6.00'],
      ['src-old', 1, 5, '0.00'],
      ['test', 0, 0, 'n/a'],
    ]);
    expect(directories[0]).toEqual(total);
    expect(directories[2]?.counts).toEqual(counts({ warning: 2, refactor: 4 }));
  });

  it('does not depend on the order of the modules', () => {
    const reversed = aggregate([...modules].reverse(), DEFAULT_EVALUATION_EXPRESSION);
    expect(reversed).toEqual(aggregate(modules, DEFAULT_EVALUATION_EXPRESSION));
  });
});

describe('aggregate: packages', () => {
  const modules = [
    moduleResult('packages/core/src/index.ts', 10, messages('C', 1)),
    moduleResult('packages/core/src/model.ts', 10, messages('C', 3)),
    moduleResult('packages/cli/bin.js', 4, messages('E', 1)),
    moduleResult('packages/core-extra/index.js', 10, messages('W', 5)),
    moduleResult('scripts/build.js', 10),
  ];

  it('gives each module to the deepest package root that contains it', () => {
    const { packages } = aggregate(modules, DEFAULT_EVALUATION_EXPRESSION, {
      packageRoots: ['', 'packages/core', 'packages/cli'],
    });
    expect(summary(packages)).toEqual([
      ['.', 2, 20, '7.50'],
      ['packages/cli', 1, 4, '0.00'],
      ['packages/core', 2, 20, '8.00'],
    ]);
  });

  it('reads "", ".", "./" and trailing slashes as the same roots and reports each once', () => {
    const { packages } = aggregate(modules, DEFAULT_EVALUATION_EXPRESSION, {
      packageRoots: ['packages/core/', './packages/core', '.', './', 'packages/cli'],
    });
    expect(packages.map((entry) => entry.path)).toEqual(['.', 'packages/cli', 'packages/core']);
  });

  it('leaves modules outside every root out of the packages, but not out of the total', () => {
    const { total, packages } = aggregate(modules, DEFAULT_EVALUATION_EXPRESSION, { packageRoots: ['packages/core'] });
    expect(summary(packages)).toEqual([['packages/core', 2, 20, '8.00']]);
    expect(summary([total])).toEqual([['.', 5, 44, '6.82']]);
  });

  it('reports a package without scored modules as "n/a"', () => {
    const { packages } = aggregate(modules, DEFAULT_EVALUATION_EXPRESSION, { packageRoots: ['packages/docs'] });
    expect(packages).toEqual([
      { path: 'packages/docs', modules: 0, statements: 0, counts: emptyCounts(), score: null },
    ]);
  });
});
