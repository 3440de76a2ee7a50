import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE } from './schema.js';
import { parseUpkeepConfig } from './parse.js';

function errors(json: unknown): string[] {
  const result = parseUpkeepConfig(json, 'upkeep.config.json');
  return result.ok ? [] : result.errors;
}

describe('parseUpkeepConfig: valid files', () => {
  it('accepts an empty object: every field is optional', () => {
    expect(parseUpkeepConfig({}, 'upkeep.config.json')).toEqual({ ok: true, config: {} });
    expect(DEFAULT_MAX_FILE_SIZE).toBe(1048576);
  });

  it('accepts every field and returns it as written', () => {
    const config = {
      $schema: './node_modules/@upkeep/core/schemas/upkeep-config.schema.json',
      include: ['src/**/*.{js,ts}'],
      exclude: ['**/*.generated.ts', 'vendor/**'],
      eslintConfig: './eslint.upkeep.config.js',
      categories: { 'no-var': 'C', '@typescript-eslint/no-explicit-any': 'W', 'import/no-cycle': 'F' },
      evaluation: 'max(0, 10 - ((2 * error + warning) / statement) * 10)',
      maxFileSize: 524288,
      failUnder: 7.5,
      jobs: 2,
    };
    expect(parseUpkeepConfig(config, 'upkeep.config.json')).toEqual({ ok: true, config });
  });

  it('accepts the named ESLint configs, "auto" jobs and the ends of the failUnder range', () => {
    for (const eslintConfig of ['recommended', 'typed', 'project']) expect(errors({ eslintConfig })).toEqual([]);
    expect(errors({ jobs: 'auto', failUnder: 0 })).toEqual([]);
    expect(errors({ failUnder: 10 })).toEqual([]);
  });
});

describe('parseUpkeepConfig: errors name the file, the field and what it expects', () => {
  it('rejects a file that is not an object', () => {
    expect(errors([])).toEqual(['upkeep.config.json: expected a JSON object with upkeep settings, got an array']);
    expect(errors(null)).toEqual(['upkeep.config.json: expected a JSON object with upkeep settings, got null']);
  });

  it('rejects a wrong eslintConfig', () => {
    expect(errors({ eslintConfig: 42 })).toEqual([
      'upkeep.config.json: "eslintConfig": expected "recommended", "typed", "strict", "project" or a path to an ESLint config file, got 42',
    ]);
    expect(errors({ eslintConfig: '' })).toEqual([
      'upkeep.config.json: "eslintConfig": expected "recommended", "typed", "strict", "project" or a path to an ESLint config file, got ""',
    ]);
  });

  it('rejects globs that are not strings, with the index of the bad one', () => {
    expect(errors({ include: 'src/**' })).toEqual([
      'upkeep.config.json: "include": expected an array of glob strings, got "src/**"',
    ]);
    expect(errors({ exclude: ['dist/**', 3, ''] })).toEqual([
      'upkeep.config.json: "exclude[1]": expected a non-empty glob string, got 3',
      'upkeep.config.json: "exclude[2]": expected a non-empty glob string, got ""',
    ]);
  });

  it('rejects unknown categories, naming the rule', () => {
    expect(errors({ categories: { 'no-var': 'convention', eqeqeq: 'W' } })).toEqual([
      'upkeep.config.json: "categories.no-var": expected "F", "E", "W", "R", "C" or "I", got "convention"',
    ]);
    expect(errors({ categories: ['no-var'] })).toEqual([
      'upkeep.config.json: "categories": expected an object mapping rule ids to a category ("F", "E", "W", "R", "C" or "I"), got an array',
    ]);
  });

  it('reports a formula that does not parse with its column, shown under the formula', () => {
    expect(errors({ evaluation: '10 - (errors / statement) * 10' })).toEqual([
      [
        'upkeep.config.json: "evaluation": unknown variable "errors" at column 7 (known: fatal, error, warning, refactor, convention, info, statement)',
        '  10 - (errors / statement) * 10',
        '        ^',
      ].join('\n'),
    ]);
    expect(errors({ evaluation: 10 })).toEqual([
      'upkeep.config.json: "evaluation": expected a formula such as "max(0, 10 - ((5 * error + warning + refactor + convention) / statement) * 10)", got 10',
    ]);
  });

  it('rejects numbers out of range or of the wrong kind', () => {
    expect(errors({ maxFileSize: 0, failUnder: 12, jobs: 1.5 })).toEqual([
      'upkeep.config.json: "maxFileSize": expected a positive whole number of bytes, got 0',
      'upkeep.config.json: "failUnder": expected a number from 0 to 10, got 12',
      'upkeep.config.json: "jobs": expected a positive whole number or "auto", got 1.5',
    ]);
    expect(errors({ maxFileSize: '1MB', failUnder: -1, jobs: 'all' })).toEqual([
      'upkeep.config.json: "maxFileSize": expected a positive whole number of bytes, got "1MB"',
      'upkeep.config.json: "failUnder": expected a number from 0 to 10, got -1',
      'upkeep.config.json: "jobs": expected a positive whole number or "auto", got "all"',
    ]);
  });

  it('rejects unknown fields and suggests the field a typo meant', () => {
    expect(errors({ inlcude: ['src'], FailUnder: 7 })).toEqual([
      'upkeep.config.json: "inlcude": unknown field (did you mean "include"?)',
      'upkeep.config.json: "FailUnder": unknown field (did you mean "failUnder"?)',
    ]);
    expect(errors({ rules: {} })).toEqual([
      'upkeep.config.json: "rules": unknown field (known: $schema, include, exclude, eslintConfig, categories, evaluation, maxFileSize, failUnder, jobs, engine, gate, entries)',
    ]);
  });

  it('lists the fields of the object a wrong field is in: under "gate", the gate conditions', () => {
    expect(errors({ gate: { failunder: 7 } })).toEqual([
      'upkeep.config.json: "gate.failunder": unknown field (did you mean "failUnder"?)',
    ]);
    expect(errors({ gate: { coverage: 80 } })).toEqual([
      'upkeep.config.json: "gate.coverage": unknown field (known: failUnder, maxModuleDrop, minNewModule, noNewErrors)',
    ]);
  });

  it('reports every error at once, under the file name it was given', () => {
    const result = parseUpkeepConfig({ jobs: 0, extra: 1, evaluation: 'max(' }, 'config/upkeep.json');
    expect(result).toEqual({
      ok: false,
      errors: [
        'config/upkeep.json: "evaluation": unexpected end of expression at column 5\n  max(\n      ^',
        'config/upkeep.json: "jobs": expected a positive whole number or "auto", got 0',
        'config/upkeep.json: "extra": unknown field (known: $schema, include, exclude, eslintConfig, categories, evaluation, maxFileSize, failUnder, jobs, engine, gate, entries)',
      ],
    });
  });

  it('shortens long strings in errors', () => {
    expect(errors({ jobs: 'x'.repeat(100) })).toEqual([
      `upkeep.config.json: "jobs": expected a positive whole number or "auto", got "${'x'.repeat(60)}…"`,
    ]);
  });
});
