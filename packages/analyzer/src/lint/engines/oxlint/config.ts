import { OXLINT_ROUTES, bridgeRuleName, type OxlintPreset } from '@upkeep/eslint-plugin/oxlint';
import type { FileEnvironment } from '../../../environment/types.js';

/** The name of upkeep's JS plugin inside oxlint (oxlint reserves the names of its native plugins). */
export const BRIDGE_PLUGIN = 'upkeep-js';
const STATEMENT_COUNT = `${BRIDGE_PLUGIN}/statement-count`;
const CATEGORIES = ['correctness', 'suspicious', 'pedantic', 'perf', 'style', 'restriction', 'nursery'];

interface OxlintBatch {
  /** the .oxlintrc.json to write, given the environments of the files of a batch (paths as oxlint sees them) */
  config(environments: ReadonlyArray<{ files: string[]; env: FileEnvironment }>): Record<string, unknown>;
  /** ESLint rule ids the JS plugin must provide */
  bridgeRules: string[];
}

/** Files of a batch (as oxlint sees them) whose native rules `rules` run as the ESLint rules in the JS plugin. */
export interface RoutedFiles {
  rules: readonly string[];
  files: string[];
}

/**
 * The files of a batch that one of OXLINT_ROUTES applies to (by extension and text), by route:
 * there the native rule judges a construct differently from ESLint's, so ESLint's rule runs.
 */
export function routedFiles(files: Iterable<readonly [file: string, text: string]>): RoutedFiles[] {
  const routed = OXLINT_ROUTES.map((route) => ({ rules: route.rules, files: [] as string[] }));
  for (const [file, text] of files) {
    OXLINT_ROUTES.forEach((route, index) => {
      if (route.extensions !== undefined && !route.extensions.includes(extensionOf(file))) return;
      if (route.when(text)) routed[index]!.files.push(file);
    });
  }
  return routed.filter((route) => route.files.length > 0);
}

export interface OxlintRun {
  /**
   * The configuration and JS plugin rules for a batch whose files have these extensions (with
   * their dot): only the groups of the preset those files belong to, so a batch of JavaScript
   * files does not load typescript-eslint's rules (and TypeScript with them) into oxlint. The
   * `routed` files run those native rules as ESLint's rules in the JS plugin.
   */
  batch(extensions: ReadonlySet<string>, routed?: readonly RoutedFiles[]): OxlintBatch;
  /** the ESLint rule id of an oxlint diagnostic code ("eslint(no-var)", "upkeep-js(…)") for a file */
  ruleIdOf(path: string, code: string): string | undefined;
}

/** ESLint rule ids that OXLINT_ROUTES may run through the JS plugin for some modules. */
const ROUTED_RULES: ReadonlySet<string> = new Set(OXLINT_ROUTES.flatMap((route) => route.rules));

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
 * The oxlint configuration of a bundled preset: every oxlint category off, the preset's globals
 * (as oxlint environments and the rest),
 * and per group of file extensions its rules, each native or through the JS plugin, with ESLint's
 * options. Also maps oxlint's diagnostic codes back to the ESLint rule ids the score knows.
 */
export function oxlintRun(preset: OxlintPreset, pluginSpecifier: string): OxlintRun {
  const byExtension = new Map<string, Map<string, string>>();
  const nameOf = (ruleId: string, native: string | undefined): string =>
    native ?? `${BRIDGE_PLUGIN}/${bridgeRuleName(ruleId)}`;
  const groups = preset.groups.map((group) => {
    const rules: Record<string, unknown[]> = {};
    const bridge: string[] = [];
    const back = new Map<string, string>();
    for (const [ruleId, rule] of Object.entries(group.rules)) {
      if (rule.native === undefined) bridge.push(ruleId);
      const name = nameOf(ruleId, rule.native);
      rules[name] = ['error', ...rule.options];
      back.set(name, ruleId);
      // a routed module reports this native rule under the JS plugin's name
      if (rule.native !== undefined && ROUTED_RULES.has(ruleId)) back.set(nameOf(ruleId, undefined), ruleId);
    }
    for (const extension of group.extensions) byExtension.set(extension, back);
    return { group, bridge, override: { files: [globOf(group.extensions)], rules } };
  });
  // the test-file layer adds these rules (through the JS plugin) to every kind of file
  const testAdded: Record<string, unknown[]> = {};
  for (const [ruleId, rule] of Object.entries(preset.testFiles.rules)) {
    const name = nameOf(ruleId, undefined);
    testAdded[name] = ['error', ...rule.options];
    for (const back of byExtension.values()) back.set(name, ruleId);
  }
  const batch = (extensions: ReadonlySet<string>, routed: readonly RoutedFiles[] = []): OxlintBatch => {
    const chosen = groups.filter(({ group }) => group.extensions.some((extension) => extensions.has(extension)));
    const bridge = new Set<string>(Object.keys(preset.testFiles.rules));
    // per group, the routed files of its kinds with the native rules they run through the JS plugin instead
    const reroutes: Array<Record<string, unknown>> = [];
    for (const { group } of chosen) {
      for (const route of routed) {
        const files = route.files.filter((file) => group.extensions.includes(extensionOf(file)));
        const rules: Record<string, unknown> = {};
        for (const ruleId of route.rules) {
          const rule = group.rules[ruleId];
          if (files.length === 0 || rule?.native === undefined) continue;
          rules[rule.native] = 'off';
          rules[nameOf(ruleId, undefined)] = ['error', ...rule.options];
          bridge.add(ruleId);
        }
        if (Object.keys(rules).length > 0) reroutes.push({ files, rules });
      }
    }
    // the test-file layer turns off, in the groups of the batch, the rules the preset turns off for tests
    const testRules: Record<string, unknown[] | 'off'> = {};
    for (const { group, bridge: bridged } of chosen) {
      for (const ruleId of bridged) bridge.add(ruleId);
      for (const ruleId of preset.testFiles.off) {
        const rule = group.rules[ruleId];
        if (rule) testRules[nameOf(ruleId, rule.native)] = 'off';
        if (rule?.native !== undefined && ROUTED_RULES.has(ruleId)) testRules[nameOf(ruleId, undefined)] = 'off';
      }
    }
    Object.assign(testRules, testAdded);
    const base = {
      plugins: ['eslint', 'typescript'],
      categories: Object.fromEntries(CATEGORIES.map((category) => [category, 'off'])),
      jsPlugins: [{ name: BRIDGE_PLUGIN, specifier: pluginSpecifier }],
      env: Object.fromEntries(preset.env.map((name) => [name, true])),
      globals: preset.globals,
      rules: { [STATEMENT_COUNT]: 'error' },
    };
    const overrides = chosen.map(({ override }) => override);
    return {
      bridgeRules: [...bridge].sort(),
      config: (environments) => {
        const layers: Array<Record<string, unknown>> = [
          ...overrides,
          ...reroutes,
          { files: preset.testFiles.files, rules: testRules },
        ];
        for (const { files, env } of environments) {
          if (files.length === 0) continue;
          layers.push({ files, globals: env.globals, ...(env.testFile ? { rules: testRules } : {}) });
        }
        return { ...base, overrides: layers };
      },
    };
  };
  return {
    batch,
    ruleIdOf: (path, code) => byExtension.get(extensionOf(path))?.get(codeKey(code)),
  };
}
