import type { ESLint, Rule } from 'eslint';
import { pluginCore } from './plugin-core.js';
import { configs } from './presets/configs.js';
import type { Configs } from './presets/configs.js';

export interface UpkeepPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<string, Rule.RuleModule>;
  configs: Configs;
}

/** The ESLint plugin object: upkeep's rules under the `@upkeep/` prefix, and the presets. */
export const plugin: UpkeepPlugin = Object.assign(pluginCore, { configs });
