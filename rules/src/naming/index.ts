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
} from './convention.js';
export type { CaseStyle, NameKind, NamingContext, NamingOptions } from './convention.js';
export { isForbiddenName } from './reserved.js';
export { inferStyles, stylesWithInferred } from './infer.js';
export type { InferOptions, InferredStyle, NameSample } from './infer.js';
export { functionNameKind, isConstructorTag, isInheritsCall } from './function-kind.js';
export type { ConstructorEvidence } from './function-kind.js';
