/**
 * ESLint's RuleTester run by vitest: JavaScript cases are parsed by espree (modules, JSX on), and
 * `ts()` marks a case as TypeScript (typescript-eslint's parser, a .ts or .tsx file name).
 */
import { RuleTester } from 'eslint';
import type { Rule } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, it } from 'vitest';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
(RuleTester as unknown as { afterAll: typeof afterAll }).afterAll = afterAll;

export const ruleTester = new RuleTester({
  languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});

type Case = RuleTester.ValidTestCase & Partial<Pick<RuleTester.InvalidTestCase, 'errors'>>;

/** The case parsed as TypeScript (TSX when `tsx` is set). */
export function ts<T extends Case>(testCase: T, tsx = false): T {
  return {
    ...testCase,
    filename: tsx ? 'component.tsx' : 'module.ts',
    languageOptions: { ...testCase.languageOptions, parser: tseslint.parser },
  };
}

/** The case parsed as a CommonJS script. */
export function cjs<T extends Case>(testCase: T): T {
  return { ...testCase, languageOptions: { ...testCase.languageOptions, sourceType: 'commonjs' } };
}

/** typescript-eslint's rule type, seen as ESLint's. */
export function asEslintRule(rule: unknown): Rule.RuleModule {
  return rule as Rule.RuleModule;
}
