import { describe, expect, it } from 'vitest';
import { sampleInput } from '../__testfixtures__/report.js';
import { DEFAULT_EVALUATION_EXPRESSION } from '../evaluation/default.js';
import { buildScoreReport } from './build.js';
import { ScoreReportSchema } from './schema.js';

describe('buildScoreReport', () => {
  it('puts modules and skipped files in path order and computes the aggregates', () => {
    const report = buildScoreReport(sampleInput());
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'upkeep', version: '0.1.0' });
    expect(report.modules.map((module) => module.path)).toEqual([
      'src/dataservice/adder_gen.js',
      'src/dataservice/closer.js',
      'src/legacy/broken.js',
      'src/types.d.ts',
    ]);
    expect(report.skipped.map((file) => file.path)).toEqual(['assets/logo.png', 'vendor/jquery.min.js']);
    // (5 * 1 + 6 + 3 + 2) / 65 * 10
    expect(report.total).toEqual({
      path: '.',
      modules: 3,
      statements: 65,
      counts: { fatal: 0, error: 1, warning: 6, refactor: 3, convention: 2, info: 2 },
      score: 10 - (16 / 65) * 10,
    });
    expect(report.directories.map((entry) => [entry.path, entry.modules, entry.statements])).toEqual([
      ['.', 3, 65],
      ['src', 3, 65],
      ['src/dataservice', 2, 65],
      ['src/legacy', 1, 0],
    ]);
    expect(report.packages).toEqual([report.total]);
  });

  it('records the formula it was computed with', () => {
    const report = buildScoreReport(sampleInput());
    expect(report.config).toEqual({
      eslintConfig: 'recommended',
      evaluation: DEFAULT_EVALUATION_EXPRESSION.source,
      hash: 'c0ffee',
    });
  });

  it('keeps the previous run when there is one, and has no previousRun field otherwise', () => {
    expect('previousRun' in buildScoreReport(sampleInput())).toBe(false);
    const previousRun = { date: '2024-05-01T10:00:00.000Z', total: 7.25, modules: { 'src/types.d.ts': null } };
    expect(buildScoreReport({ ...sampleInput(), previousRun }).previousRun).toEqual(previousRun);
  });

  it('does not reorder the arrays it was given', () => {
    const input = sampleInput();
    const paths = input.modules.map((module) => module.path);
    buildScoreReport(input);
    expect(input.modules.map((module) => module.path)).toEqual(paths);
  });
});

describe('ScoreReportSchema', () => {
  it('accepts a built report unchanged, through a JSON round trip', () => {
    const report = buildScoreReport({
      ...sampleInput(),
      previousRun: { date: '2024-05-01T10:00:00.000Z', total: null, modules: { 'src/a.js': 4.5 } },
    });
    const parsed = ScoreReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toEqual(report);
  });

  it('rejects unknown fields, a wrong version and malformed module data', () => {
    const report = JSON.parse(JSON.stringify(buildScoreReport(sampleInput())));
    const paths = (value: unknown) =>
      ScoreReportSchema.safeParse(value).error?.issues.map((issue) => [issue.code, issue.path.join('.')]);
    expect(paths({ ...report, extra: true })).toEqual([['unrecognized_keys', '']]);
    expect(paths({ ...report, schemaVersion: 2 })).toEqual([['invalid_value', 'schemaVersion']]);
    report.modules[0].counts.error = -1;
    report.modules[1].blob = 'not-a-hash';
    report.modules[2].messages[0].category = 'X';
    expect(paths(report)).toEqual([
      ['too_small', 'modules.0.counts.error'],
      ['invalid_format', 'modules.1.blob'],
      ['invalid_value', 'modules.2.messages.0.category'],
    ]);
  });
});
