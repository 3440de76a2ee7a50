import { bridgeRuleName, type OxlintPreset } from '@upkeep/eslint-plugin/oxlint';
import type { FileEnvironment } from '../../../environment/types.js';

/** The name of upkeep's JS plugin inside oxlint (oxlint reserves the names of its native plugins). */
export const BRIDGE_PLUGIN = 'upkeep-js';
const STATEMENT_COUNT = `${BRIDGE_PLUGIN}/statement-count`;
const CATEGORIES = ['correctness', 'suspicious', 'pedantic', 'perf', 'style', 'restriction', 'nursery'];

export interface OxlintRun {
  /** the .oxlintrc.json to write, given the environments of the files of a batch (paths as oxlint sees them) */
  config(environments: ReadonlyArray<{ files: string[]; env: FileEnvironment }>): Record<string, unknown>;
  /** ESLint rule ids the JS plugin must provide */
  bridgeRules: string[];
  /** the ESLint rule id of an oxlint diagnostic code ("eslint(no-var)", "upkeep-js(…)") for a file */
  ruleIdOf(path: string, code: string): string | undefined;
}

// [".js", ".jsx"] gives **/*.{js,jsx}
function globOf(extensions: readonly string[]): string {
  const names = extensions.map((extension) => extension.slice(1));
  return names.length === 1 ? `**/*.${names[0]}` : `**/*.{${names.join(',')}}`;
}

function extensionOf(path: string): string {
  return path.slice(path.lastIndexOf('.'));
}

/** "eslint(no-var)" → "eslint/no-var"; oxlint prints typescript-eslint's rules as "typescript(…)". */
function codeKey(code: string): string {
  const match = /^(.+?)\((.+)\)$/.exec(code);
  return match ? `${match[1]}/${match[2]}` : code;
}

/**
 * The oxlint configuration of a bundled preset: every oxlint category off, the preset's globals,
 * and per group of file extensions its rules, each native or through the JS plugin, with ESLint's
 * options. Also maps oxlint's diagnostic codes back to the ESLint rule ids the score knows.
 */
export function oxlintRun(preset: OxlintPreset, pluginSpecifier: string): OxlintRun {
  const bridge = new Set<string>();
  const byExtension = new Map<string, Map<string, string>>();
  const overrides = preset.groups.map((group) => {
    const rules: Record<string, unknown[]> = {};
    const back = new Map<string, string>();
    for (const [ruleId, rule] of Object.entries(group.rules)) {
      let name = rule.native;
      if (name === undefined) {
        bridge.add(ruleId);
        name = `${BRIDGE_PLUGIN}/${bridgeRuleName(ruleId)}`;
      }
      rules[name] = ['error', ...rule.options];
      back.set(name, ruleId);
    }
    for (const extension of group.extensions) byExtension.set(extension, back);
    return { files: [globOf(group.extensions)], rules };
  });
  // the test-file layer: the preset's own test globs, and every file an environment calls a test file
  const testRules: Record<string, unknown[] | 'off'> = {};
  for (const group of preset.groups) {
    for (const ruleId of preset.testFiles.off) {
      const rule = group.rules[ruleId];
      if (rule) testRules[rule.native ?? `${BRIDGE_PLUGIN}/${bridgeRuleName(ruleId)}`] = 'off';
    }
  }
  for (const [ruleId, rule] of Object.entries(preset.testFiles.rules)) {
    bridge.add(ruleId);
    const name = `${BRIDGE_PLUGIN}/${bridgeRuleName(ruleId)}`;
    testRules[name] = ['error', ...rule.options];
    for (const back of byExtension.values()) back.set(name, ruleId);
  }
  const base = {
    plugins: ['eslint', 'typescript'],
    categories: Object.fromEntries(CATEGORIES.map((category) => [category, 'off'])),
    jsPlugins: [{ name: BRIDGE_PLUGIN, specifier: pluginSpecifier }],
    globals: preset.globals,
    rules: { [STATEMENT_COUNT]: 'error' },
  };
  const config = (environments: ReadonlyArray<{ files: string[]; env: FileEnvironment }>): Record<string, unknown> => {
    const layers: Array<Record<string, unknown>> = [...overrides, { files: preset.testFiles.files, rules: testRules }];
    for (const { files, env } of environments) {
      if (files.length === 0) continue;
      layers.push({ files, globals: env.globals, ...(env.testFile ? { rules: testRules } : {}) });
    }
    return { ...base, overrides: layers };
  };
  return {
    config,
    bridgeRules: [...bridge].sort(),
    ruleIdOf: (path, code) => byExtension.get(extensionOf(path))?.get(codeKey(code)),
  };
}
