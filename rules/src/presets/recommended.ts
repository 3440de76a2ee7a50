import type { Linter } from 'eslint';
import { ALL_FILES, TS_FILES } from './files.js';
import { languageConfigs, type PresetPlugins } from './language.js';
import { BASE_RULES, TYPESCRIPT_RULES } from './rule-sets.js';
import { toRulesRecord } from './severity.js';
import { TEST_FILES, testFileConfig } from './test-files.js';

/**
 * The untyped preset: needs no tsconfig, so it works on any JavaScript or TypeScript file.
 * `plugins`: see PresetPlugins (the packages' own plugin objects by default).
 */
export function recommendedConfig(plugins: PresetPlugins = 'full'): Linter.Config[] {
  return [
    ...languageConfigs(plugins),
    { name: '@upkeep/recommended', files: [...ALL_FILES], rules: toRulesRecord(BASE_RULES) },
    { name: '@upkeep/recommended-typescript', files: [...TS_FILES], rules: toRulesRecord(TYPESCRIPT_RULES) },
    { ...testFileConfig(), files: [...TEST_FILES] },
  ];
}
