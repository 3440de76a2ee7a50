import { createRequire } from 'node:module';
import type { ESLint, Rule } from 'eslint';
import { configs } from './presets/configs.js';
import type { Configs } from './presets/configs.js';

// package.json sits one level above both src/ and dist/, so this works from either.
const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export interface UpkeepPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<string, Rule.RuleModule>;
  configs: Configs;
}

/** The ESLint plugin object; its custom rules will be registered in `rules`. */
export const plugin: UpkeepPlugin = { meta: { name, version }, rules: {}, configs };
