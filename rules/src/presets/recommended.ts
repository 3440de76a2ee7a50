import type { Linter } from 'eslint';
import { ALL_FILES, TS_FILES } from './files.js';
import { LANGUAGE_CONFIGS } from './language.js';
import { BASE_RULES, TYPESCRIPT_RULES } from './rule-sets.js';
import { toRulesRecord } from './severity.js';
import { TEST_FILES, testFileConfig } from './test-files.js';

/** The untyped preset: needs no tsconfig, so it works on any JavaScript or TypeScript file. */
export function recommendedConfig(): Linter.Config[] {
  return [
    ...LANGUAGE_CONFIGS,
    { name: '@upkeep/recommended', files: [...ALL_FILES], rules: toRulesRecord(BASE_RULES) },
    { name: '@upkeep/recommended-typescript', files: [...TS_FILES], rules: toRulesRecord(TYPESCRIPT_RULES) },
    { ...testFileConfig(), files: [...TEST_FILES] },
  ];
}
