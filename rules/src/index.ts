export { plugin as default } from './plugin.js';
export type { UpkeepPlugin } from './plugin.js';
export { configs } from './presets/configs.js';
export type { Configs } from './presets/configs.js';
export { recommendedConfig } from './presets/recommended.js';
export type { PresetPlugins } from './presets/language.js';
export { typedConfig } from './presets/typed.js';
export type { TypedConfigOptions } from './presets/typed.js';
export { strictConfig } from './presets/strict.js';
export { TEST_FILES, testFileConfig } from './presets/test-files.js';
export { RULES } from './rules/index.js';
export { ruleDocsUrl } from './utils/create-rule.js';
export type { ObsoleteName } from './rules/no-obsolete/no-obsolete.js';
export { RULE_CATEGORIES, RULE_TABLE, categoryOf } from './categories.js';
export type { RuleInfo } from './categories.js';
export { COUNTED_STATEMENT_TYPES, countStatements, isCountedStatement } from './statements/count-statements.js';
export {
  CASE_STYLES,
  DEFAULT_STYLES,
  NAME_KINDS,
  acceptedStyles,
  conforms,
  matchesStyle,
  splitWords,
  suggestName,
  toStyle,
} from './naming/index.js';
export type { CaseStyle, NameKind, NamingContext, NamingOptions } from './naming/index.js';
