// the subpath alone: the package's index also loads ESLint and the scope manager (about 0.4 CPU-s, 360 modules)
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import type { Category } from '@upkeep/core';

/**
 * What upkeep's rules say about themselves in `meta.docs`, besides the description: the one place
 * these facts live. The category table (`categories.ts`) and the presets (`presets/rule-sets.ts`)
 * read them through `rules/facts.generated.ts`, which `rules/scripts/generate-rule-facts.mjs`
 * writes from this metadata (a light module: the scorer reads categories without loading rules).
 */
export interface UpkeepRuleDocs {
  /** the pylint category of its messages, which weighs them in the score */
  category: Category;
  /** the pylint message the rule stands for ("R0912 too-many-branches"), where pylint has one */
  pylint?: string;
  /** why the rule has its category, one line (shown in the rules table) */
  note: string;
  /** the first preset that enables it: `recommended` (and so `typed` and `strict`) or only `strict` */
  preset: 'recommended' | 'strict';
}

/**
 * The documentation of each rule is the Markdown page beside it, shipped with the package; the
 * URL is computed from this file's location, which is `src/utils/` or `dist/utils/`.
 */
export function ruleDocsUrl(ruleId: string): string {
  return new URL(`../../src/rules/${ruleId}/${ruleId}.md`, import.meta.url).href;
}

export const createRule = RuleCreator<UpkeepRuleDocs>(ruleDocsUrl);
