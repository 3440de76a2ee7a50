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
