import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect } from 'vitest';

const SCHEMA = JSON.parse(
  readFileSync(new URL('../../../schemas/codemod-result.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);

/** Asserts that a parsed `codemod … --format json` result validates against schemas/codemod-result.schema.json, listing the errors when not. */
export function expectValidCodemodResult(result: unknown): void {
  expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
}
