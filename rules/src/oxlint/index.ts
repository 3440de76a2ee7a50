export {
  OXLINT_NATIVE_FOR_JAVASCRIPT_ONLY,
  OXLINT_NATIVE_RULES,
  OXLINT_POSITION_ONLY_RULES,
  OXLINT_ROUTES,
  type OxlintRoute,
} from './native.js';
export { bridgeRuleName } from './rule-names.js';
export { SONARJS_RULE_OF_KEY } from './sonarjs-keys.js';
export { OXLINT_PRESETS } from './presets.generated.js';
export type { OxlintPreset, OxlintPresetGroup } from './derive.js';
