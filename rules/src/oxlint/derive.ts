/**
 * Derives the oxlint form of a bundled preset from the ESLint preset itself: ESLint resolves the
 * config array for each kind of file, and each enabled rule becomes either oxlint's native rule
 * (OXLINT_NATIVE_RULES) or the same ESLint rule run through upkeep's JS plugin. The result is
 * written to presets.generated.ts by `pnpm --filter @upkeep/eslint-plugin run oxlint-presets`
 * (a test checks it is current), so a run never loads ESLint or the preset to build it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { OXLINT_NATIVE_FOR_JAVASCRIPT_ONLY, OXLINT_NATIVE_RULES } from './native.js';
import { TEST_FILES, testFileConfig } from '../presets/test-files.js';

/** One group of file extensions that a preset lints with the same rules and globals. */
export interface OxlintPresetGroup {
  /** file extensions with their dot: ".js", ".tsx"… */
  extensions: string[];
  /** ESLint rule id → its options (without severity) and, when oxlint runs it natively, oxlint's name */
  rules: Record<string, { native?: string; options: unknown[] }>;
}

export interface OxlintPreset {
  /**
   * oxlint environments whose globals are all globals of the preset, with the same value: given
   * as `env`, so the 1,200 names do not travel in every file's configuration (oxlint's JS plugin
   * host parses a file's globals once per file: about 8 % of its time on the synthetic project)
   */
  env: string[];
  /** the other globals every kind of file sees, as ESLint's languageOptions.globals */
  globals: Record<string, 'readonly' | 'writable' | 'off'>;
  groups: OxlintPresetGroup[];
  /**
   * How ESLint parses each kind of file under the preset, by extension: the `sourceType` and the
   * `parserOptions` its languageOptions resolve to. Rules that parse text again with the file's
   * parser options (sonarjs/no-commented-code) get the same options in oxlint's JS plugin.
   */
  languages: Record<string, { sourceType?: string; parserOptions: Record<string, unknown> }>;
  /** the test-file layer (files by TEST_FILES, and every test file the environments find): rules turned off, rules added */
  testFiles: { files: string[]; off: string[]; rules: Record<string, { options: unknown[] }> };
}

const EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'] as const;
const TYPESCRIPT_EXTENSIONS: ReadonlySet<string> = new Set(['.ts', '.tsx', '.mts', '.cts']);

function severityOf(entry: Linter.RuleEntry | undefined): number {
  const severity = Array.isArray(entry) ? entry[0] : entry;
  if (severity === 'error' || severity === 2) return 2;
  if (severity === 'warn' || severity === 1) return 1;
  return 0;
}

type GlobalValue = OxlintPreset['globals'][string];

function normalizeGlobal(value: unknown): GlobalValue {
  if (value === 'off') return 'off';
  if (value === true || value === 'writable' || value === 'writeable') return 'writable';
  return 'readonly';
}

async function defaultOptionsOf(ruleId: string, config: Linter.Config): Promise<unknown[]> {
  const slash = ruleId.lastIndexOf('/');
  let rule: { meta?: { defaultOptions?: unknown[] } } | undefined;
  if (slash === -1) {
    const { builtinRules } = await import('eslint/use-at-your-own-risk');
    rule = builtinRules.get(ruleId);
  } else {
    rule = config.plugins?.[ruleId.slice(0, slash)]?.rules?.[ruleId.slice(slash + 1)] as typeof rule;
  }
  return rule?.meta?.defaultOptions ?? [];
}

/**
 * ESLint resolves a rule's options merged with its meta.defaultOptions; oxlint's native rules have
 * their own defaults and refuse keys they do not know, so only what the preset sets is passed on.
 */
function withoutDefaults(options: unknown[], defaults: unknown[]): unknown[] {
  const kept = options.map((option, index) => {
    const fallback = defaults[index];
    if (!option || !fallback || typeof option !== 'object' || typeof fallback !== 'object' || Array.isArray(option))
      return option;
    const own = Object.entries(option).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify((fallback as Record<string, unknown>)[key]),
    );
    return Object.fromEntries(own);
  });
  const isEmptyObject = (option: unknown): boolean =>
    typeof option === 'object' && option !== null && Object.keys(option).length === 0;
  while (kept.length > 0 && isEmptyObject(kept[kept.length - 1])) kept.pop();
  return kept;
}

/** The environments that may stand for the preset's globals (its sources: globals.es2021, .browser, .node). */
const ENVIRONMENTS = ['browser', 'es2021', 'node'] as const;

type EnvironmentGlobals = Map<string, { readonly: string[]; writable: string[] }>;

/**
 * oxlint's environments and their globals, as its JS plugin host defines them (the `ENVS` table of
 * oxlint's dist/lint.js; the native linter is built from the same lists). Undefined when this
 * oxlint does not have the table where expected: the preset then lists every global itself.
 */
export function oxlintEnvironments(): EnvironmentGlobals | undefined {
  try {
    const require = createRequire(import.meta.url);
    const source = readFileSync(join(dirname(require.resolve('oxlint/package.json')), 'dist', 'lint.js'), 'utf8');
    const marker = 'const ENVS = /* @__PURE__ */ new Map([';
    const start = source.indexOf(marker);
    const end = source.indexOf('\n]),', start);
    if (start === -1 || end === -1) return undefined;
    const literal = source.slice(start + marker.length - 'new Map(['.length, end + '\n])'.length);
    // a literal of arrays and objects of strings, from the installed oxlint package
    return new Function(`return ${literal};`)() as EnvironmentGlobals;
  } catch {
    return undefined;
  }
}

/** Splits the preset's globals into oxlint environments that hold only globals of the preset and the rest. */
function asEnvironments(
  globals: OxlintPreset['globals'],
  environments: EnvironmentGlobals | undefined,
): Pick<OxlintPreset, 'env' | 'globals'> {
  const env: string[] = [];
  const covered = new Set<string>();
  for (const name of ENVIRONMENTS) {
    const lists = environments?.get(name);
    if (lists === undefined) continue;
    const entries = [
      ...lists.readonly.map((global) => [global, 'readonly'] as const),
      ...lists.writable.map((global) => [global, 'writable'] as const),
    ];
    if (!entries.every(([global, value]) => globals[global] === value)) continue;
    env.push(name);
    for (const [global] of entries) covered.add(global);
  }
  return { env, globals: Object.fromEntries(Object.entries(globals).filter(([global]) => !covered.has(global))) };
}

/** The oxlint form of an ESLint preset (a flat config array of upkeep's bundled presets). */
export async function deriveOxlintPreset(preset: Linter.Config[], cwd: string): Promise<OxlintPreset> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: preset });
  const groups: OxlintPresetGroup[] = [];
  let globals: OxlintPreset['globals'] | undefined;
  const languages: OxlintPreset['languages'] = {};
  for (const extension of EXTENSIONS) {
    const config = (await eslint.calculateConfigForFile(`file${extension}`)) as Linter.Config;
    const { sourceType, parserOptions } = config.languageOptions ?? {};
    languages[extension] = {
      ...(typeof sourceType === 'string' ? { sourceType } : {}),
      parserOptions: JSON.parse(JSON.stringify(parserOptions ?? {})) as Record<string, unknown>,
    };
    const rules: OxlintPresetGroup['rules'] = {};
    for (const [ruleId, entry] of Object.entries(config.rules ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (severityOf(entry) === 0) continue;
      const options = Array.isArray(entry) ? entry.slice(1) : [];
      const javascriptOnly = ruleId in OXLINT_NATIVE_FOR_JAVASCRIPT_ONLY && TYPESCRIPT_EXTENSIONS.has(extension);
      const native = javascriptOnly ? undefined : OXLINT_NATIVE_RULES[ruleId];
      rules[ruleId] =
        native === undefined
          ? { options }
          : { native, options: withoutDefaults(options, await defaultOptionsOf(ruleId, config)) };
    }
    const fileGlobals: OxlintPreset['globals'] = {};
    for (const [name, value] of Object.entries(config.languageOptions?.globals ?? {}).sort(([a], [b]) =>
      a < b ? -1 : 1,
    )) {
      fileGlobals[name] = normalizeGlobal(value);
    }
    if (globals === undefined) globals = fileGlobals;
    else if (JSON.stringify(globals) !== JSON.stringify(fileGlobals)) {
      throw new Error(
        `the preset gives ${extension} files other globals than .js files; the oxlint form keeps one set`,
      );
    }
    const same = groups.find((group) => JSON.stringify(group.rules) === JSON.stringify(rules));
    if (same) same.extensions.push(extension);
    else groups.push({ extensions: [extension], rules });
  }
  const testRules = testFileConfig().rules ?? {};
  const off = Object.keys(testRules).filter((ruleId) => severityOf(testRules[ruleId]) === 0);
  const added = Object.entries(testRules).filter(([, entry]) => severityOf(entry) !== 0);
  const testFiles = {
    files: [...TEST_FILES],
    off,
    rules: Object.fromEntries(
      added.map(([ruleId, entry]) => [ruleId, { options: Array.isArray(entry) ? entry.slice(1) : [] }]),
    ),
  };
  return { ...asEnvironments(globals ?? {}, oxlintEnvironments()), groups, languages, testFiles };
}
