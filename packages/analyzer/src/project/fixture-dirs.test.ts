import { describe, expect, it } from 'vitest';
import { findFixtureDirs, isFixtureDirName } from './entries.js';

describe('findFixtureDirs: where a project keeps the inputs of its tests', () => {
  it('by name: fixtures and test data folders, the outermost only', () => {
    expect(
      findFixtureDirs([
        'src/index.js',
        'test/fixtures/a.js',
        'test/fixtures/deep/__fixtures__/b.js',
        'pkg/__testfixtures__/x.input.js',
        'go/testdata/t.js',
        'test-cases/first-mate/tests.json',
        'spec/test_data/y.ts',
        'lib/TestCases/z.js',
        'test/compiler-fixtures/foo.fixture.cjs',
        'test/integration/fixtures/options.fixture.js',
        'test/unit/esm-utils.fixture.mjs',
        'test/helpers.fixtures.ts',
      ]),
    ).toEqual([
      'go/testdata',
      'lib/TestCases',
      'pkg/__testfixtures__',
      'spec/test_data',
      'test-cases',
      'test/compiler-fixtures',
      'test/fixtures',
      'test/helpers.fixtures.ts',
      'test/integration/fixtures',
      'test/unit/esm-utils.fixture.mjs',
    ]);
    expect(
      [
        'fixtures',
        'testdata',
        'test-data',
        'test-cases',
        'testcases',
        '__fixtures__',
        'compiler-fixtures',
        'test_fixtures',
      ].map(isFixtureDirName),
    ).toEqual([true, true, true, true, true, true, true, true]);
    expect(
      ['test', 'tests', 'spec', 'cases', 'data', 'src', 'fixture-utils', 'nofixtures'].map(isFixtureDirName),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('by evidence: a module beside its expected output (golden files)', () => {
    expect(
      findFixtureDirs([
        'themes/tests/test.jsx',
        'themes/tests/test.jsx.result',
        'golden/a.ts',
        'golden/a.ts.expected',
        'snap/b.mjs',
        'snap/b.mjs.snap',
        'io/c.input.js',
        'io/c.output.js',
        'short/d.in.ts',
        'short/d.out.ts',
        'ba/e.before.tsx',
        'ba/e.after.tsx',
      ]),
    ).toEqual(['ba', 'golden', 'io', 'short', 'snap', 'themes/tests']);
  });

  it('not without the pair, not at the root, not for a non-code file', () => {
    expect(
      findFixtureDirs([
        'src/a.js.result', // its module is not there
        'b.js',
        'b.js.result', // at the root: the whole project is not a fixture
        'docs/c.md',
        'docs/c.md.out', // not a module
        'lib/d.input.js', // no output beside it
        'lib/d.output.ts', // another extension
        'lib/input.js',
        'lib/output.js',
      ]),
    ).toEqual([]);
  });
});
