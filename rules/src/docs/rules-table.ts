/**
 * The rules table of the README, generated from the presets and the category table so that the
 * documentation cannot drift from what the plugin does.
 */
import { fileURLToPath } from 'node:url';
import type { Category } from '@upkeep/core';
import { RULE_CATEGORIES } from '../categories.js';
import { configs } from '../presets/configs.js';
import { enabledRulesByFileKind } from '../presets/enabled-rules.js';

export const TABLE_START = '<!-- rules-table:start -->';
export const TABLE_END = '<!-- rules-table:end -->';

/** pylint's order of severity. */
const CATEGORY_ORDER: readonly Category[] = ['F', 'E', 'W', 'R', 'C', 'I'];

const TYPESCRIPT_ESLINT_PREFIX = '@typescript-eslint/';

function ruleLink(ruleId: string): string {
  if (ruleId.startsWith(TYPESCRIPT_ESLINT_PREFIX)) {
    return `[\`${ruleId}\`](https://typescript-eslint.io/rules/${ruleId.slice(TYPESCRIPT_ESLINT_PREFIX.length)})`;
  }
  return `[\`${ruleId}\`](https://eslint.org/docs/latest/rules/${ruleId})`;
}

function byCategoryThenOrigin(a: [string, Category], b: [string, Category]): number {
  const byCategory = CATEGORY_ORDER.indexOf(a[1]) - CATEGORY_ORDER.indexOf(b[1]);
  if (byCategory !== 0) return byCategory;
  const byOrigin = Number(a[0].startsWith('@')) - Number(b[0].startsWith('@'));
  return byOrigin !== 0 ? byOrigin : a[0].localeCompare(b[0]);
}

/** A Markdown table: every categorised rule, and where each preset enables it. */
export async function renderRulesTable(): Promise<string> {
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  const recommended = await enabledRulesByFileKind(configs.recommended, cwd);
  const typed = await enabledRulesByFileKind(configs.typed, cwd);
  const mark = (rules: Set<string> | undefined, ruleId: string): string => (rules?.has(ruleId) === true ? '✓' : '');
  const rows = Object.entries(RULE_CATEGORIES)
    .sort(byCategoryThenOrigin)
    .map(([ruleId, category]) =>
      [
        ruleLink(ruleId),
        category,
        mark(recommended.get('module.js'), ruleId),
        mark(recommended.get('module.ts'), ruleId),
        mark(typed.get('module.ts'), ruleId),
      ].join(' | '),
    );
  return [
    '| Rule | Category | JavaScript | TypeScript | TypeScript, typed |',
    '| --- | :-: | :-: | :-: | :-: |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The README with the text between the table markers replaced by `table`. */
export function replaceRulesTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) {
    throw new Error(`README.md needs the markers ${TABLE_START} and ${TABLE_END}, in this order, around the rules table`);
  }
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
