import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ESLint, Linter } from 'eslint';
import picomatch from 'picomatch';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { recommendedConfig, testFileConfig } from '@upkeep/eslint-plugin';
import { statementCountConfig } from '../../statement-count-rule.js';

const require = createRequire(import.meta.url);

/**
 * Which rule ids ESLint's configuration for a module defines, as the ESLint engine builds it for
 * the recommended preset (its plugins registered lean, the statement count's, and for test files
 * the test-file layer's): a core rule, or a rule of a plugin registered by a config object that
 * applies to the module (its `files` match), turned on or not. An `eslint-disable` comment naming
 * any other rule gets ESLint's "Definition for rule … was not found." and silences nothing. Plugin
 * rules are looked up by name, without loading them; the plugins are found on the first call.
 *
 * @param path the module's path relative to the project root, as ESLint matches `files`
 * @param testFile the module is a test file of one of the project's runners (its environment says so)
 */
export function definedRules(path: string, testFile: boolean): (ruleId: string) => boolean {
  let plugins: Map<string, ESLint.Plugin> | undefined;
  return (ruleId) => {
    plugins ??= pluginsFor(path, testFile);
    const { plugin, rule } = parseRuleId(ruleId);
    if (plugin === '@') return builtinRules.has(rule);
    const rules = plugins.get(plugin)?.rules;
    return rules !== undefined && Object.hasOwn(rules, rule);
  };
}

interface Layer {
  matches: (path: string) => boolean;
  plugins: Record<string, ESLint.Plugin>;
}

let layers: Layer[] | undefined;

function pluginsFor(path: string, testFile: boolean): Map<string, ESLint.Plugin> {
  layers ??= [...recommendedConfig('lean'), statementCountConfig as unknown as Linter.Config]
    .filter((config) => config.plugins !== undefined)
    .map((config) => ({ matches: filesMatcher(config), plugins: config.plugins! }));
  const plugins = new Map<string, ESLint.Plugin>();
  const apply = (found: Record<string, ESLint.Plugin>): void => {
    for (const [name, plugin] of Object.entries(found)) plugins.set(name, plugin);
  };
  for (const layer of layers) if (layer.matches(path)) apply(layer.plugins);
  if (testFile) apply(testFileConfig().plugins ?? {});
  return plugins;
}

/** Whether a config object applies to a path, by its `files` and `ignores` (globs, as ESLint reads them). */
function filesMatcher(config: Linter.Config): (path: string) => boolean {
  const globs = (list: unknown[] | undefined): string[] =>
    (list ?? []).flat().filter((glob): glob is string => typeof glob === 'string');
  const files = globs(config.files);
  const ignores = globs(config.ignores);
  const included = files.length === 0 ? () => true : picomatch(files, { dot: true });
  const ignored = ignores.length === 0 ? () => false : picomatch(ignores, { dot: true });
  return (path) => included(path) && !ignored(path);
}

/** ESLint's split of a rule id into plugin and rule (`@scope/plugin/rule`, `plugin/rule`; core rules under `@`). */
function parseRuleId(ruleId: string): { plugin: string; rule: string } {
  if (!ruleId.includes('/')) return { plugin: '@', rule: ruleId };
  const plugin = ruleId.startsWith('@')
    ? ruleId.slice(0, ruleId.lastIndexOf('/'))
    : ruleId.slice(0, ruleId.indexOf('/'));
  return { plugin, rule: ruleId.slice(plugin.length + 1) };
}

let removed: Record<string, readonly string[]> | undefined;

/**
 * ESLint's removed core rules and what replaced them (its conf/replacements.json, which its
 * package does not export): a directive naming one gets "Rule 'x' was removed and replaced by: y"
 * instead of "Definition for rule 'x' was not found.". Empty when the file is not where ESLint
 * keeps it.
 */
export function removedRules(): Readonly<Record<string, readonly string[]>> {
  if (removed) return removed;
  try {
    const file = join(dirname(require.resolve('eslint/package.json')), 'conf', 'replacements.json');
    removed = (JSON.parse(readFileSync(file, 'utf8')) as { rules: Record<string, string[]> }).rules;
  } catch {
    removed = {};
  }
  return removed;
}
