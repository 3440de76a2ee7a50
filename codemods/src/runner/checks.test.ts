import { describe, expect, it } from 'vitest';
import { massDeleteMessage, massDeletes } from './guard.js';
import { isolate, maxRuns, type Verdict } from './isolate.js';
import { ParseChecker, jsErrors, tsGrammarErrors } from './parse-check.js';
import { countTests } from './test-count.js';
import { newDiagnostics, type TypeDiagnostic } from './typecheck.js';

describe('countTests', () => {
  it.each([
    ['mocha', '\n  12 passing (30ms)\n  2 pending\n  1 failing\n', { passed: 12, failed: 1, formats: ['mocha'] }],
    [
      'jest',
      'Test Suites: 1 failed, 3 passed, 4 total\nTests:       1 failed, 2 skipped, 10 passed, 13 total\n',
      { passed: 10, failed: 1, formats: ['jest'] },
    ],
    [
      'vitest',
      ' Test Files  2 passed (2)\n      Tests  1 failed | 9 passed (10)\n',
      { passed: 9, failed: 1, formats: ['vitest'] },
    ],
    ['ava', '  ✔ a\n  ✔ b\n  ─\n\n  2 tests passed\n  1 test failed\n', { passed: 2, failed: 1, formats: ['ava'] }],
    ['node:test spec', '✔ a (1ms)\nℹ tests 4\nℹ pass 3\nℹ fail 1\n', { passed: 3, failed: 1, formats: ['node-test'] }],
    [
      'tape',
      'TAP version 13\nok 1 a\nok 2 b\n\n1..2\n# tests 2\n# pass  2\n\n# ok\n',
      { passed: 2, failed: 0, formats: ['tap'] },
    ],
    [
      'TAP points without a summary',
      'TAP version 13\nok 1 - a\nnot ok 2 - b\nok 3 - c # SKIP\n1..3\n',
      { passed: 1, failed: 1, formats: ['tap'] },
    ],
    [
      'two mocha suites in one script',
      '  3 passing (1s)\n\n  4 passing (2s)\n',
      { passed: 7, failed: 0, formats: ['mocha'] },
    ],
    [
      'lab',
      '\n  ..........\n\n43 tests complete\nTest duration: 120 ms\n',
      { passed: 43, failed: 0, formats: ['lab'] },
    ],
    ['lab with failures', '\n1 of 43 tests failed:\n', { passed: 42, failed: 1, formats: ['lab'] }],
    ['colours', '\u001b[32m  5 passing\u001b[0m (3ms)\n', { passed: 5, failed: 0, formats: ['mocha'] }],
  ])('%s', (_name, output, expected) => {
    expect(countTests(output)).toEqual(expected);
  });

  it('returns null for output without a summary it knows', () => {
    expect(countTests('all good\nDone in 3s\n')).toBeNull();
    expect(countTests('ok 1 not a TAP stream\n')).toBeNull();
  });
});

describe('parse check', () => {
  const commonjs = (): 'commonjs' => 'commonjs';

  it.each([
    ['a rest element with a property name (TS2566 in TypeScript)', 'const o = {};\nconst { a, ...x: y } = o;\n'],
    ['a block-scoped redeclaration', 'let a = 1;\nlet a = 2;\n'],
    ['await in a plain function', 'function f() { await g(); }\n'],
    ['a duplicate parameter in strict mode', '"use strict";\nfunction f(a, a) {}\n'],
    ['a label used twice', 'x: x: for (;;) break x;\n'],
  ])('a JS file with %s never parses', (_name, text) => {
    expect(jsErrors(text, 'commonjs')).toHaveLength(1);
    expect(jsErrors(text, 'module')).toHaveLength(1);
    const checker = new ParseChecker(commonjs);
    const [failure] = checker.check([{ path: 'src/a.js', before: 'const o = 1;\n', after: text }]);
    expect(failure).toMatchObject({ path: 'src/a.js', readAs: 'commonjs' });
  });

  it('reads a .js file as its package type says, and as a module when its "before" only parses as one', () => {
    const esm = "import x from './x.js';\nexport const y = x;\n";
    const checker = new ParseChecker(commonjs);
    expect(
      checker.check([{ path: 'src/a.js', before: esm, after: `${esm}const { a, ...b: c } = y;\n` }])[0],
    ).toMatchObject({ readAs: 'module' });
    // top-level return is fine in CommonJS, not in a module
    expect(
      new ParseChecker(() => 'module').check([{ path: 'src/b.js', before: 'const a = 1;\n', after: 'return 1;\n' }])[0],
    ).toMatchObject({ readAs: 'module' });
    expect(
      new ParseChecker(commonjs).check([{ path: 'src/b.js', before: 'const a = 1;\n', after: 'return 1;\n' }]),
    ).toEqual([]);
    expect(
      new ParseChecker(commonjs).check([{ path: 'src/b.mjs', before: 'const a = 1;\n', after: 'return 1;\n' }])[0],
    ).toMatchObject({ readAs: 'module' });
  });

  it('a file that did not parse before only fails with more errors after', () => {
    const checker = new ParseChecker(commonjs);
    expect(checker.check([{ path: 'src/a.js', before: 'let = ;\n', after: 'let = ;\nconst b = 1;\n' }])).toEqual([]);
  });

  it('TypeScript: syntax and the grammar errors of the checker (TS2566), unless a type-check covers the file', () => {
    const text = 'const o: Record<string, number> = {};\nconst { a, ...x: y } = o;\n';
    expect(tsGrammarErrors(new Map([['src/a.ts', text]])).get('src/a.ts')).toEqual([
      '2: A rest element cannot have a property name. (TS2566)',
    ]);
    expect(
      new ParseChecker(commonjs).check([{ path: 'src/a.ts', before: 'const o = 1;\n', after: text }])[0],
    ).toMatchObject({ path: 'src/a.ts', readAs: 'typescript' });
    expect(
      new ParseChecker(commonjs, () => true).check([{ path: 'src/a.ts', before: 'const o = 1;\n', after: text }]),
    ).toEqual([]);
    expect(
      new ParseChecker(commonjs).check([
        { path: 'src/b.ts', before: 'const o = 1;\n', after: 'const o: number = ;\n' },
      ]),
    ).toHaveLength(1);
  });
});

describe('newDiagnostics', () => {
  const d = (path: string, code: number, line: number, message: string): TypeDiagnostic => ({
    path,
    code,
    message,
    line,
    column: 1,
  });

  it('catches a change that removes one error and adds a different one with the same code', () => {
    const before = [d('a.ts', 2304, 2, "Cannot find name 'foo'.")];
    const after = [d('a.ts', 2304, 5, "Cannot find name 'bar'.")];
    const changes = new Map([['a.ts', { before: 'x\nfoo\ny\nz\nw\n', after: 'x\n\ny\nz\nbar\n' }]]);
    expect(newDiagnostics(before, after, changes)).toEqual(after);
  });

  it('maps lines through the edits: an old error moved down by an inserted line is not new', () => {
    const before = [d('a.ts', 2304, 2, "Cannot find name 'foo'.")];
    const after = [d('a.ts', 2304, 3, "Cannot find name 'foo'.")];
    const changes = new Map([['a.ts', { before: 'x\nfoo\n', after: 'x\ninserted\nfoo\n' }]]);
    expect(newDiagnostics(before, after, changes)).toEqual([]);
    // the same message on another line is a new error
    expect(newDiagnostics(before, [...after, d('a.ts', 2304, 1, "Cannot find name 'foo'.")], changes)).toHaveLength(1);
  });

  it('an old error whose quoted name a rename changed on an edited line is not new', () => {
    const before = [d('b.ts', 2339, 1, "Property 'order_total' does not exist on type 'Order'.")];
    const after = [d('b.ts', 2339, 1, "Property 'orderTotal' does not exist on type 'Order'.")];
    const changes = new Map([['b.ts', { before: 'o.order_total\n', after: 'o.orderTotal\n' }]]);
    expect(newDiagnostics(before, after, changes)).toEqual([]);
  });

  it('errors of a deleted file are gone, not new; errors of other files count', () => {
    const before = [d('gone.ts', 2304, 1, 'x')];
    const after = [d('user.ts', 2307, 1, "Cannot find module './gone'.")];
    expect(newDiagnostics(before, after, new Map([['gone.ts', { before: 'x', after: null }]]))).toEqual(after);
  });
});

describe('isolate', () => {
  const ids = Array.from({ length: 100 }, (_, i) => `g${i}`);
  const failingWith =
    (bad: readonly string[]) =>
    async (kept: ReadonlySet<string>): Promise<Verdict<string>> => {
      const present = bad.filter((id) => kept.has(id));
      return { ok: present.length === 0, failures: present.map((id) => `${id} breaks`) };
    };

  it('keeps everything in one run when everything passes', async () => {
    const result = await isolate(ids, new Map(), failingWith([]));
    expect(result).toEqual({ kept: ids, dropped: [], runs: 1, confirmations: 0, flaky: [], unverified: [] });
  });

  it('finds one bad group among 100 in about log2(100) runs, keeping the other 99', async () => {
    const result = await isolate(ids, new Map(), failingWith(['g37']));
    expect(result.kept).toEqual(ids.filter((id) => id !== 'g37'));
    expect(result.dropped).toEqual([{ id: 'g37', failure: 'g37 breaks' }]);
    expect(result.runs).toBeLessThanOrEqual(maxRuns(100));
  });

  it('finds several, drops the groups that require a dropped one, uses the attributed suspects first', async () => {
    const requires = new Map([['g50', ['g12']]]);
    const test = async (kept: ReadonlySet<string>): Promise<Verdict<string>> => {
      const verdict = await failingWith(['g12', 'g90'])(kept);
      return { ...verdict, suspects: new Set(['g12', 'g90'].filter((id) => kept.has(id))) };
    };
    const result = await isolate(ids, requires, test);
    expect(result.dropped.map((entry) => entry.id).sort()).toEqual(['g12', 'g50', 'g90']);
    expect(result.dropped.find((entry) => entry.id === 'g50')).toEqual({
      id: 'g50',
      failure: undefined,
      requiredBy: 'g12',
    });
    expect(result.kept).toHaveLength(97);
    // attribution narrows the search to the two suspects: a handful of runs, not 2 × log2(100)
    expect(result.runs).toBeLessThanOrEqual(6);
  });

  it('a failure that needs two groups together drops one of them', async () => {
    const test = async (kept: ReadonlySet<string>): Promise<Verdict<string>> => ({
      ok: !(kept.has('g3') && kept.has('g70')),
      failures: ['pair'],
    });
    const result = await isolate(ids, new Map(), test);
    expect(result.dropped).toEqual([{ id: 'g70', failure: 'pair' }]);
    expect(result.kept).toHaveLength(99);
  });
});

describe('isolate with flaky verifications (confirm)', () => {
  const ids = Array.from({ length: 16 }, (_, i) => `g${i}`);
  /** fails when a culprit is kept, and also on the listed runs (1-based) whatever is kept */
  const flakyTest = (culprits: readonly string[], randomFailures: readonly number[]) => {
    let calls = 0;
    const subsets: string[][] = [];
    const test = async (kept: ReadonlySet<string>): Promise<Verdict<string>> => {
      calls += 1;
      subsets.push([...kept]);
      const present = culprits.filter((id) => kept.has(id));
      if (randomFailures.includes(calls)) return { ok: false, failures: ['timeout'] };
      return { ok: present.length === 0, failures: present.map((id) => `${id} breaks`) };
    };
    return { test, subsets };
  };

  it('without confirm, one random failure in the search blames an innocent group (what confirm prevents)', async () => {
    // run 2 is the first half of the search (g0..g7), which is innocent
    const { test } = flakyTest(['g12'], [2]);
    const result = await isolate(ids, new Map(), test);
    expect(result.dropped.map((entry) => entry.id)).toEqual(['g7', 'g12']);
  });

  it('with confirm, the same random failure is flaky and only the real culprit is dropped', async () => {
    // run 1 every group (fails: g12), 2 its re-run (fails), 3 the first half (fails at random)
    const { test, subsets } = flakyTest(['g12'], [3]);
    const result = await isolate(ids, new Map(), test, { confirm: {} });
    expect(result.dropped).toEqual([{ id: 'g12', failure: 'g12 breaks' }]);
    expect(result.kept).toEqual(ids.filter((id) => id !== 'g12'));
    expect(result.flaky).toEqual([
      {
        phase: 'isolation',
        tested: subsets[2]!.length,
        failed: { ok: false, failures: ['timeout'] },
        passed: { ok: true, failures: [] },
      },
    ]);
    expect(result.unverified).toEqual([]);
    expect(result.runs).toBe(subsets.length);
  });

  it('a failure of every group that does not reproduce keeps everything, in two runs', async () => {
    const { test } = flakyTest([], [1]);
    const result = await isolate(ids, new Map(), test, { confirm: {} });
    expect(result).toMatchObject({ kept: ids, dropped: [], runs: 2, confirmations: 1, unverified: [] });
    expect(result.flaky.map((flaky) => flaky.phase)).toEqual(['change']);
  });

  it('a culprit is dropped only when its failure reproduces: once, then twice after a flaky one', async () => {
    const { test } = flakyTest(['g5'], []);
    const result = await isolate(ids, new Map(), test, { confirm: {} });
    expect(result.dropped.map((entry) => entry.id)).toEqual(['g5']);
    expect(result.confirmations).toBe(2);
    expect(result.runs).toBeLessThanOrEqual(maxRuns(ids.length, 1, true));
  });

  it('a random failure of the re-check after a drop (every edit left) does not start a new search', async () => {
    // runs 1-7 find and confirm g5; run 8 re-checks the 15 left and fails at random; run 9 passes
    const { test } = flakyTest(['g5'], [8]);
    const result = await isolate(ids, new Map(), test, { confirm: {} });
    expect(result.dropped).toEqual([{ id: 'g5', failure: 'g5 breaks' }]);
    expect(result.kept).toHaveLength(15);
    expect(result.flaky.map((flaky) => [flaky.phase, flaky.tested])).toEqual([['change', 15]]);
    expect(result).toMatchObject({ runs: 9, confirmations: 3 });
  });

  it('more random failures than flakyLimit stop isolation: only what passed is kept, the rest is unverified', async () => {
    // everything fails at random but runs 7 and 12 (a re-run each time); limit 1
    const { test } = flakyTest([], [1, 2, 3, 4, 5, 6, 8, 9, 10, 11]);
    const result = await isolate(ids, new Map(), test, { confirm: { flakyLimit: 1 } });
    expect(result.flaky.length).toBe(2);
    expect(result.dropped).toEqual([]);
    expect([...result.kept, ...result.unverified]).toEqual(ids);
    // what is kept passed in run 12, the rest is not verified
    expect(result.kept).toEqual(['g0', 'g1']);
    expect(result.unverified).toEqual(ids.slice(2));
  });
});

describe('mass-delete guard', () => {
  const files = [
    ...Array.from({ length: 10 }, (_, i) => `lib/m${i}.js`),
    ...Array.from({ length: 10 }, (_, i) => `test/t${i}.js`),
    'index.js',
  ];

  it('names the folders where more than a fifth of the modules would go, and suggests entries', () => {
    const found = massDeletes(files, ['lib/m1.js', 'lib/m2.js', 'lib/m3.js']);
    expect(found).toEqual([{ folder: 'lib', deleted: 3, modules: 10 }]);
    expect(massDeleteMessage(found)).toContain('"entries": ["lib/**"]');
    expect(massDeletes(files, ['lib/m1.js', 'lib/m2.js'])).toEqual([]);
    const all = massDeletes(files, files.slice(0, 20));
    expect(all.map((m) => m.folder)).toEqual(['', 'lib', 'test']);
  });
});
