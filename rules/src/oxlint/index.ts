export { OXLINT_NATIVE_RULES, OXLINT_POSITION_ONLY_RULES } from './native.js';
export { bridgeRuleName } from './rule-names.js';
export { OXLINT_PRESETS } from './presets.generated.js';
export type { OxlintPreset, OxlintPresetGroup } from './derive.js';
