import { bridgeRuleName, type OxlintPreset } from '@upkeep/eslint-plugin/oxlint';

/** The name of upkeep's JS plugin inside oxlint (oxlint reserves the names of its native plugins). */
export const BRIDGE_PLUGIN = 'upkeep-js';
const STATEMENT_COUNT = `${BRIDGE_PLUGIN}/statement-count`;
const CATEGORIES = ['correctness', 'suspicious', 'pedantic', 'perf', 'style', 'restriction', 'nursery'];

export interface OxlintRun {
  /** the .oxlintrc.json to write */
  config: Record<string, unknown>;
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
  const config = {
    plugins: ['eslint', 'typescript'],
    categories: Object.fromEntries(CATEGORIES.map((category) => [category, 'off'])),
    jsPlugins: [{ name: BRIDGE_PLUGIN, specifier: pluginSpecifier }],
    globals: preset.globals,
    rules: { [STATEMENT_COUNT]: 'error' },
    overrides,
  };
  return {
    config,
    bridgeRules: [...bridge].sort(),
    ruleIdOf: (path, code) => byExtension.get(extensionOf(path))?.get(codeKey(code)),
  };
}
