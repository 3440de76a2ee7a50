import type { Category } from '../model.js';

/** ESLint's `meta.type` of a rule. */
export type RuleMetaType = 'problem' | 'suggestion' | 'layout';

/**
 * The category of a rule that the category table does not know (a rule of the user's own ESLint
 * config): a likely bug is a warning, a better way of writing the same thing is a refactor, and
 * formatting is a convention. A rule that declares no type counts as a warning.
 */
export function categoryForMetaType(type: RuleMetaType | undefined): Category {
  // plugins are plain JavaScript, so any other value can arrive at run time and counts as a warning too
  if (type === 'suggestion') return 'R';
  if (type === 'layout') return 'C';
  return 'W';
}
