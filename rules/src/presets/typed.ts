import type { Linter } from 'eslint';
import { TS_FILES } from './files.js';
import type { PresetPlugins } from './language.js';
import { recommendedConfig } from './recommended.js';
import { TYPED_RULES } from './rule-sets.js';
import { toRulesRecord } from './severity.js';

export interface TypedConfigOptions {
  /** Absolute directory against which typescript-eslint resolves tsconfig files, usually the project root. */
  tsconfigRootDir: string;
}

function typedLayer(parserOptions: Linter.ParserOptions): Linter.Config {
  return {
    name: '@upkeep/typed',
    files: [...TS_FILES],
    languageOptions: { parserOptions: { projectService: true, ...parserOptions } },
    rules: toRulesRecord(TYPED_RULES),
  };
}

/**
 * The recommended preset plus type-aware rules for TypeScript files, each file typed by its
 * nearest tsconfig.json. JavaScript files stay untyped. `plugins`: see PresetPlugins.
 */
export function typedConfig(options: TypedConfigOptions, plugins: PresetPlugins = 'full'): Linter.Config[] {
  return [...recommendedConfig(plugins), typedLayer({ tsconfigRootDir: options.tsconfigRootDir })];
}

/**
 * The typed preset without a root: typescript-eslint then picks it when a file is parsed (the
 * directory of a config written with its `config()` helper, else the working directory), so
 * nothing is read from the environment when the preset is imported.
 */
export function typedConfigWithInferredRoot(): Linter.Config[] {
  return [...recommendedConfig(), typedLayer({})];
}
