import { readFileSync } from 'node:fs';
// the named export: under NodeNext the default import of this CommonJS module is its namespace, not the class
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sampleInput } from '../__testfixtures__/report.js';
import { buildScoreReport } from '../report/build.js';
import { jsonSchemaText, publishedJsonSchemas } from './json-schemas.js';

const schemasDir = new URL('../../../../schemas/', import.meta.url);

function committed(fileName: string): string {
  return readFileSync(new URL(fileName, schemasDir), 'utf8');
}

function validator(fileName: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(committed(fileName)));
}

describe('schemas/*.schema.json', () => {
  it.each(publishedJsonSchemas().map(({ fileName, schema }) => [fileName, schema] as const))(
    '%s is up to date (run `pnpm exec tsc -b packages/core && node scripts/generate-schemas.mjs`)',
    (fileName, schema) => {
      expect(committed(fileName)).toBe(jsonSchemaText(schema));
    },
  );

  it('score-report.schema.json accepts a real report and rejects a broken one', () => {
    const validate = validator('score-report.schema.json');
    const report = buildScoreReport({
      ...sampleInput(),
      previousRun: { date: '2024-05-01T10:00:00.000Z', total: 6.1, modules: { 'src/types.d.ts': null } },
    });
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors)).toBe(true);
    const broken = JSON.parse(JSON.stringify(report));
    broken.total.score = '9.5';
    delete broken.modules[0].parseable;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => [error.instancePath, error.keyword])).toEqual([
      ['/modules/0', 'required'],
      ['/total/score', 'type'],
    ]);
  });

  it('upkeep-config.schema.json accepts what parseUpkeepConfig accepts and flags what it rejects', () => {
    const validate = validator('upkeep-config.schema.json');
    expect(validate({ include: ['src/**'], categories: { 'no-var': 'C' }, jobs: 'auto', failUnder: 7 })).toBe(true);
    expect(validate({ inlcude: ['src/**'], jobs: 0, categories: { 'no-var': 'convention' } })).toBe(false);
    expect(validate.errors?.map((error) => [error.instancePath, error.keyword])).toEqual([
      ['', 'additionalProperties'],
      ['/categories/no-var', 'enum'],
      ['/jobs', 'exclusiveMinimum'],
      ['/jobs', 'type'],
      ['/jobs', 'const'],
      ['/jobs', 'anyOf'],
    ]);
  });
});
