/**
 * Test files: chai-style expression assertions (`expect(x).to.be.true`, `should.exist`) are how
 * such tests assert, not pointless statements, so eslint-plugin-chai-friendly's version of
 * no-unused-expressions replaces the core and typescript-eslint ones there.
 */
import type { Linter } from 'eslint';
import chaiFriendly from 'eslint-plugin-chai-friendly';
import { UNUSED_EXPRESSIONS } from './rule-sets.js';
import { toRulesRecord } from './severity.js';

/** Where test runners look for tests by default; upkeep's score also applies this to every test file it finds. */
export const TEST_FILES: readonly string[] = [
  '**/{test,tests,spec,specs,__tests__}/**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}',
  '**/*.{test,spec}.{js,mjs,cjs,jsx,ts,mts,cts,tsx}',
];

/** The test-file layer without `files`: the caller decides which files are tests. */
export function testFileConfig(): Linter.Config {
  return {
    name: '@upkeep/test-files',
    plugins: { 'chai-friendly': chaiFriendly },
    rules: {
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      ...toRulesRecord({ 'chai-friendly/no-unused-expressions': [UNUSED_EXPRESSIONS] }),
    },
  };
}
