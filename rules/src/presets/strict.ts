import type { Linter } from 'eslint';
import { ALL_FILES } from './files.js';
import { STRICT_RULES } from './rule-sets.js';
import type { PresetPlugins } from './language.js';
import { toRulesRecord } from './severity.js';
import { typedConfig, typedConfigWithInferredRoot } from './typed.js';
import type { TypedConfigOptions } from './typed.js';

const strictLayer: Linter.Config = {
  name: '@upkeep/strict',
  files: [...ALL_FILES],
  rules: toRulesRecord(STRICT_RULES),
};

/**
 * The typed preset plus documentation (pylint C0114–C0116) and tighter design checks, for code
 * that has been paid down and should stay that way. `plugins`: see PresetPlugins.
 */
export function strictConfig(options: TypedConfigOptions, plugins: PresetPlugins = 'full'): Linter.Config[] {
  return [...typedConfig(options, plugins), strictLayer];
}

/** The strict preset with the tsconfig root picked by typescript-eslint (see typedConfigWithInferredRoot). */
export function strictConfigWithInferredRoot(): Linter.Config[] {
  return [...typedConfigWithInferredRoot(), strictLayer];
}
