import { describe, expect, it } from 'vitest';
import { inferStyles, stylesWithInferred } from './infer.js';
import type { NameKind } from './convention.js';

const samples = (kind: NameKind, names: string[]): { name: string; kind: NameKind }[] =>
  names.map((name) => ({ name, kind }));

describe('inferStyles: the style a project keeps for each kind', () => {
  it('finds camelCase enum members and snake_case functions where the project is consistent', () => {
    const inferred = inferStyles(
      [
        ...samples('enumMember', ['dryRun', 'fullScan', 'quickCheck', 'noCache', 'single']),
        ...samples('function', ['parse_args', 'read_file', 'write_file', 'make_dir', 'run']),
        ...samples('variable', ['someValue', 'other_value', 'third_value', 'fourthValue']),
      ],
      { minSamples: 4 },
    );
    expect(inferred).toEqual({
      enumMember: { style: 'camelCase', names: 4, of: 4 },
      function: { style: 'snake_case', names: 4, of: 4 },
    });
  });

  it('needs enough names of several words, and a clear majority', () => {
    expect(
      inferStyles(samples('enumMember', ['dryRun', 'fullScan', 'quickCheck', 'noCache', 'single', 'one', 'two'])),
    ).toEqual({});
    expect(
      inferStyles(samples('function', ['parse_args', 'read_file', 'write_file', 'makeDir', 'runAll']), {
        minSamples: 4,
      }),
    ).toEqual({});
  });

  it('reports nothing for a kind that already follows the default', () => {
    expect(
      inferStyles(samples('enumMember', ['DryRun', 'FullScan', 'QuickCheck', 'NoCache']), { minSamples: 4 }),
    ).toEqual({});
  });

  it('never makes CONSTANT_CASE the style of constants: module-level ones may be written so anyway, locals keep camelCase', () => {
    expect(
      inferStyles(samples('constant', ['MAX_ROWS', 'MIN_ROWS', 'API_URL', 'DB_NAME', 'tableName']), { minSamples: 4 }),
    ).toEqual({});
    expect(
      inferStyles(samples('enumMember', ['LOW_LEVEL', 'HIGH_LEVEL', 'MID_LEVEL', 'TOP_LEVEL']), { minSamples: 4 }),
    ).toEqual({
      enumMember: { style: 'CONSTANT_CASE', names: 4, of: 4 },
    });
  });

  it('lets configured styles override the inferred ones', () => {
    const inferred = inferStyles(samples('enumMember', ['dryRun', 'fullScan', 'quickCheck', 'noCache']), {
      minSamples: 4,
    });
    expect(stylesWithInferred(inferred)).toEqual({ enumMember: 'camelCase' });
    expect(stylesWithInferred(inferred, { enumMember: 'PascalCase' })).toEqual({ enumMember: 'PascalCase' });
  });
});
