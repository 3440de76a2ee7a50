/**
 * The rules table of the README, generated from the presets and the category table so that the
 * documentation cannot drift from what the plugin does.
 */
import { fileURLToPath } from 'node:url';
import type { Linter } from 'eslint';
import type { Category } from '@upkeep/core';
import { RULE_CATEGORIES, RULE_TABLE } from '../categories.js';
import { configs } from '../presets/configs.js';
import { enabledRulesByFileKind } from '../presets/enabled-rules.js';

export const TABLE_START = '<!-- rules-table:start -->';
export const TABLE_END = '<!-- rules-table:end -->';

/** pylint's order of severity. */
const CATEGORY_ORDER: readonly Category[] = ['F', 'E', 'W', 'R', 'C', 'I'];

const TYPESCRIPT_ESLINT_PREFIX = '@typescript-eslint/';
const SONARJS_PREFIX = 'sonarjs/';
const UPKEEP_PREFIX = '@upkeep/';

/** The plugin a rule comes from, and a link to its documentation. */
function origin(ruleId: string): { source: string; link: string } {
  if (ruleId.startsWith(TYPESCRIPT_ESLINT_PREFIX)) {
    return {
      source: 'typescript-eslint',
      link: `https://typescript-eslint.io/rules/${ruleId.slice(TYPESCRIPT_ESLINT_PREFIX.length)}`,
    };
  }
  if (ruleId.startsWith(SONARJS_PREFIX)) {
    const name = ruleId.slice(SONARJS_PREFIX.length);
    return {
      source: 'eslint-plugin-sonarjs',
      link: `https://github.com/SonarSource/SonarJS/blob/master/packages/jsts/src/rules/README.md#${name}`,
    };
  }
  if (ruleId.startsWith(UPKEEP_PREFIX)) {
    const name = ruleId.slice(UPKEEP_PREFIX.length);
    return { source: '@upkeep/eslint-plugin', link: `src/rules/${name}/${name}.md` };
  }
  return { source: 'eslint', link: `https://eslint.org/docs/latest/rules/${ruleId}` };
}

function byCategoryThenOrigin(a: [string, Category], b: [string, Category]): number {
  const byCategory = CATEGORY_ORDER.indexOf(a[1]) - CATEGORY_ORDER.indexOf(b[1]);
  if (byCategory !== 0) return byCategory;
  const byOrigin = Number(a[0].startsWith('@')) - Number(b[0].startsWith('@'));
  return byOrigin !== 0 ? byOrigin : a[0].localeCompare(b[0]);
}

/** The options a preset gives a rule (the last config object that sets it wins), as compact JSON. */
function presetOptions(presets: readonly Linter.Config[][], ruleId: string): string {
  let options: unknown[] = [];
  for (const preset of presets) {
    for (const config of preset) {
      const entry = config.rules?.[ruleId];
      if (Array.isArray(entry)) options = entry.slice(1);
    }
  }
  if (options.length === 0) return '';
  const json = options.map((option) => JSON.stringify(option)).join(', ');
  return `\`${json.replaceAll('|', '\\|')}\``;
}

/** A Markdown table: every categorised rule, where it comes from, its pylint twin, where each preset enables it, and its options. */
export async function renderRulesTable(): Promise<string> {
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  const recommended = await enabledRulesByFileKind(configs.recommended, cwd);
  const typed = await enabledRulesByFileKind(configs.typed, cwd);
  const strict = await enabledRulesByFileKind(configs.strict, cwd);
  const mark = (rules: Set<string> | undefined, ruleId: string): string => (rules?.has(ruleId) === true ? '✓' : '');
  const presets = [configs.recommended, configs.typed, configs.strict];
  const rows = Object.entries(RULE_CATEGORIES)
    .sort(byCategoryThenOrigin)
    .map(([ruleId, category]) => {
      const { source, link } = origin(ruleId);
      return [
        `[\`${ruleId}\`](${link})`,
        source,
        category,
        RULE_TABLE[ruleId]?.pylint ?? '',
        mark(recommended.get('module.js'), ruleId),
        mark(recommended.get('module.ts'), ruleId),
        mark(typed.get('module.ts'), ruleId),
        mark(strict.get('module.js'), ruleId) || mark(strict.get('module.ts'), ruleId),
        presetOptions(presets, ruleId),
      ].join(' | ');
    });
  return [
    '| Rule | Source | Category | pylint | JavaScript | TypeScript | TypeScript, typed | strict | Options |',
    '| --- | --- | :-: | --- | :-: | :-: | :-: | :-: | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The README with the text between the table markers replaced by `table`. */
export function replaceRulesTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) {
    throw new Error(
      `README.md needs the markers ${TABLE_START} and ${TABLE_END}, in this order, around the rules table`,
    );
  }
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
