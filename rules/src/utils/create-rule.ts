import { ESLintUtils } from '@typescript-eslint/utils';

/**
 * The documentation of each rule is the Markdown page beside it, shipped with the package; the
 * URL is computed from this file's location, which is `src/utils/` or `dist/utils/`.
 */
export function ruleDocsUrl(ruleId: string): string {
  return new URL(`../../src/rules/${ruleId}/${ruleId}.md`, import.meta.url).href;
}

export const createRule = ESLintUtils.RuleCreator(ruleDocsUrl);
