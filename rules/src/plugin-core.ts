import { createRequire } from 'node:module';
import type { Rule } from 'eslint';
import { RULES } from './rules/index.js';

// package.json sits one level above both src/ and dist/, so this works from either.
const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/**
 * The plugin object without its configs. The presets register this very object under `@upkeep`,
 * and plugin.ts adds the configs to it, so a user who also registers the plugin by hand gives
 * ESLint the same object (ESLint refuses two different objects under one name).
 */
export const pluginCore: { meta: { name: string; version: string }; rules: Record<string, Rule.RuleModule> } = {
  meta: { name, version },
  rules: { ...RULES },
};
