export { plugin as default } from './plugin.js';
export type { UpkeepPlugin } from './plugin.js';
export { configs } from './presets/configs.js';
export type { Configs } from './presets/configs.js';
export { typedConfig } from './presets/typed.js';
export type { TypedConfigOptions } from './presets/typed.js';
export { RULE_CATEGORIES, categoryOf } from './categories.js';
export { COUNTED_STATEMENT_TYPES, countStatements, isCountedStatement } from './statements/count-statements.js';
