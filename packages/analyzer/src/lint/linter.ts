import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { categoryOf, recommendedConfig, strictConfig, testFileConfig, typedConfig } from '@upkeep/eslint-plugin';
import { adjustMessages } from '../environment/messages.js';
import type { FileEnvironment } from '../environment/types.js';
import { statementCountConfig, takeStatementCount } from './statement-count-rule.js';
import type { LintFacts, LintInput, LintSpec, RawMessage } from './lint-spec.js';

type FlatConfig = Linter.Config;
const requireHere = createRequire(import.meta.url);

/**
 * The ESLint options for a spec: a bundled preset, the project's own config, or a config file.
 * A bundled preset registers its plugins lean (each rule's module loaded when it is first used:
 * sonarjs's index alone loads ~295 rules for the ten the presets turn on); a user's config
 * registers what it imports.
 */
export function eslintOptions(spec: LintSpec): ESLint.Options {
  const counting = statementCountConfig as unknown as FlatConfig;
  switch (spec.eslintConfig) {
    case 'recommended':
      return {
        cwd: spec.root,
        overrideConfigFile: true,
        overrideConfig: [...recommendedConfig('lean'), counting],
        ignore: false,
      };
    case 'typed':
      return {
        cwd: spec.root,
        overrideConfigFile: true,
        overrideConfig: [...typedConfig({ tsconfigRootDir: spec.root }, 'lean'), counting],
        ignore: false,
      };
    case 'strict':
      return {
        cwd: spec.root,
        overrideConfigFile: true,
        overrideConfig: [...strictConfig({ tsconfigRootDir: spec.root }, 'lean'), counting],
        ignore: false,
      };
    case 'project':
      if (spec.legacyConfigFile !== undefined) {
        return {
          cwd: spec.root,
          overrideConfigFile: true,
          overrideConfig: [...legacyAsFlat(spec.root, spec.legacyConfigFile), counting],
        };
      }
      return { cwd: spec.root, overrideConfig: [counting] };
    default:
      return { cwd: spec.root, overrideConfigFile: spec.eslintConfig, overrideConfig: [counting] };
  }
}

const BUNDLED = new Set(['recommended', 'typed', 'strict']);

/**
 * The layer that puts a file in its environment, after the configuration's own objects: its
 * globals, and with a bundled preset how it parses (a project's config keeps its parser settings)
 * and the test-file rules for test files outside the usual test folders.
 */
function environmentConfigs(spec: LintSpec, env: FileEnvironment): FlatConfig[] {
  const bundled = BUNDLED.has(spec.eslintConfig);
  const languageOptions: FlatConfig['languageOptions'] = { globals: env.globals };
  if (bundled) languageOptions.sourceType = env.sourceType;
  const layers: FlatConfig[] = [{ name: 'upkeep/environment', languageOptions }];
  // TypeScript is always parsed as a module
  if (bundled)
    layers.push({
      name: 'upkeep/environment-typescript',
      files: ['**/*.{ts,mts,cts,tsx}'],
      languageOptions: { sourceType: 'module' },
    });
  if (bundled && env.testFile) layers.push(testFileConfig());
  return layers;
}

/**
 * A legacy `.eslintrc*` (or package.json `eslintConfig`) as flat config objects, converted by
 * @eslint/eslintrc's FlatCompat, with its plugins, parsers and shareable configs resolved from the
 * project's own node_modules. Loaded on demand: most runs never need it.
 */
function legacyAsFlat(root: string, file: string): FlatConfig[] {
  /* eslint-disable @typescript-eslint/no-explicit-any -- the Legacy API of @eslint/eslintrc ships without types */
  const { FlatCompat, Legacy } = requireHere('@eslint/eslintrc') as any;
  const js = requireHere('@eslint/js') as { configs: { recommended: unknown; all: unknown } };
  const compat = new FlatCompat({
    baseDirectory: root,
    resolvePluginsRelativeTo: root,
    recommendedConfig: js.configs.recommended,
    allConfig: js.configs.all,
  });
  const data = Legacy.loadConfigFile(file) as Record<string, unknown>;
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return compat.config(data) as FlatConfig[];
}

/** Lints module texts one at a time, with one ESLint instance per environment, each built once and reused. */
export class ModuleLinter {
  private readonly eslint: ESLint;
  private readonly byEnvironment = new Map<string, ESLint>();

  constructor(private readonly spec: LintSpec) {
    this.eslint = new ESLint(eslintOptions(spec));
  }

  private instanceFor(id: string | undefined): { eslint: ESLint; env?: FileEnvironment } {
    const env = id === undefined ? undefined : this.spec.environments?.[id];
    if (!env) return { eslint: this.eslint };
    let eslint = this.byEnvironment.get(id!);
    if (!eslint) {
      const options = eslintOptions(this.spec);
      const base = Array.isArray(options.overrideConfig)
        ? options.overrideConfig
        : options.overrideConfig
          ? [options.overrideConfig]
          : [];
      eslint = new ESLint({ ...options, overrideConfig: [...base, ...environmentConfigs(this.spec, env)] });
      this.byEnvironment.set(id!, eslint);
    }
    return { eslint, env };
  }

  async lint(input: LintInput): Promise<LintFacts> {
    const filePath = join(this.spec.root, input.path);
    const { eslint, env } = this.instanceFor(input.environment);
    let results: ESLint.LintResult[];
    try {
      results = await eslint.lintText(input.text, { filePath, warnIgnored: true });
    } catch (error) {
      takeStatementCount(filePath);
      return { statements: 0, parseable: true, messages: [], ruleTypes: {}, crash: describeCrash(error) };
    }
    const result = results[0];
    const statements = takeStatementCount(filePath);
    if (!result) return { statements: 0, parseable: true, messages: [], ruleTypes: {}, ignored: true };
    if (statements === undefined && isIgnoredResult(result)) {
      return { statements: 0, parseable: true, messages: [], ruleTypes: {}, ignored: true };
    }
    const messages = adjustMessages(result.messages.map(toRawMessage), env);
    return {
      statements: statements ?? 0,
      parseable: !messages.some((message) => message.fatal),
      messages,
      ruleTypes: this.ruleTypes(eslint, result),
    };
  }

  /** meta.type of reporting rules that upkeep's table does not know (the user's own rules). */
  private ruleTypes(eslint: ESLint, result: ESLint.LintResult): LintFacts['ruleTypes'] {
    const types: LintFacts['ruleTypes'] = {};
    if (!result.messages.some((m) => m.ruleId && categoryOf(m.ruleId) === undefined)) return types;
    const meta = eslint.getRulesMetaForResults([result]);
    for (const [ruleId, ruleMeta] of Object.entries(meta)) {
      const type = ruleMeta?.type;
      if (type && categoryOf(ruleId) === undefined) types[ruleId] = type;
    }
    return types;
  }
}

function isIgnoredResult(result: ESLint.LintResult): boolean {
  return (
    result.messages.length === 1 &&
    result.messages[0]!.ruleId === null &&
    /^File ignored/.test(result.messages[0]!.message)
  );
}

/** ESLint's parser service prefixes every parse failure so; its other fatal messages are about comments. */
const PARSE_ERROR = /^Parsing error: /;

/**
 * A message of ESLint's as upkeep keeps it. Only a parse failure is fatal: ESLint also marks fatal
 * what it says about a comment it cannot read (`/* eslint no-var *\/`: "Failed to parse JSON
 * from …", `/* global $: yes *\/`), after which it lints the module as usual; upkeep keeps those as
 * remarks about a comment (rule id null, category I), not as a module that does not parse.
 */
function toRawMessage(message: Linter.LintMessage): RawMessage {
  const raw: RawMessage = {
    ruleId: message.ruleId,
    fatal: message.fatal === true && PARSE_ERROR.test(message.message),
    // a few rules report file-wide problems at line 0; positions are 1-based everywhere else
    line: Math.max(1, message.line ?? 1),
    column: Math.max(1, message.column ?? 1),
    message: message.message,
  };
  if (message.endLine !== undefined) raw.endLine = message.endLine;
  if (message.endColumn !== undefined) raw.endColumn = message.endColumn;
  if (message.messageId !== undefined) raw.messageId = message.messageId;
  return raw;
}

function describeCrash(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 500);
}
