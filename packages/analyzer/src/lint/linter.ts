import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { categoryOf, configs, strictConfig, typedConfig } from '@upkeep/eslint-plugin';
import { statementCountConfig, takeStatementCount } from './statement-count-rule.js';
import type { LintFacts, LintInput, LintSpec, RawMessage } from './lint-spec.js';

type FlatConfig = Linter.Config;

/** The ESLint options for a spec: a bundled preset, the project's own config, or a config file. */
export function eslintOptions(spec: LintSpec): ESLint.Options {
  const counting = statementCountConfig as unknown as FlatConfig;
  switch (spec.eslintConfig) {
    case 'recommended':
      return { cwd: spec.root, overrideConfigFile: true, overrideConfig: [...configs.recommended, counting], ignore: false };
    case 'typed':
      return {
        cwd: spec.root,
        overrideConfigFile: true,
        overrideConfig: [...typedConfig({ tsconfigRootDir: spec.root }), counting],
        ignore: false,
      };
    case 'strict':
      return {
        cwd: spec.root,
        overrideConfigFile: true,
        overrideConfig: [...strictConfig({ tsconfigRootDir: spec.root }), counting],
        ignore: false,
      };
    case 'project':
      return { cwd: spec.root, overrideConfig: [counting] };
    default:
      return { cwd: spec.root, overrideConfigFile: spec.eslintConfig, overrideConfig: [counting] };
  }
}

/** Lints module texts one at a time with one ESLint instance, built once and reused. */
export class ModuleLinter {
  private readonly eslint: ESLint;

  constructor(private readonly spec: LintSpec) {
    this.eslint = new ESLint(eslintOptions(spec));
  }

  async lint(input: LintInput): Promise<LintFacts> {
    const filePath = join(this.spec.root, input.path);
    let results: ESLint.LintResult[];
    try {
      results = await this.eslint.lintText(input.text, { filePath, warnIgnored: true });
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
    const messages = result.messages.map(toRawMessage);
    return {
      statements: statements ?? 0,
      parseable: !messages.some((message) => message.fatal),
      messages,
      ruleTypes: this.ruleTypes(result),
    };
  }

  /** meta.type of reporting rules that upkeep's table does not know (the user's own rules). */
  private ruleTypes(result: ESLint.LintResult): LintFacts['ruleTypes'] {
    const types: LintFacts['ruleTypes'] = {};
    if (!result.messages.some((m) => m.ruleId && categoryOf(m.ruleId) === undefined)) return types;
    const meta = this.eslint.getRulesMetaForResults([result]);
    for (const [ruleId, ruleMeta] of Object.entries(meta)) {
      const type = ruleMeta?.type;
      if (type && categoryOf(ruleId) === undefined) types[ruleId] = type;
    }
    return types;
  }
}

function isIgnoredResult(result: ESLint.LintResult): boolean {
  return result.messages.length === 1 && result.messages[0]!.ruleId === null && /^File ignored/.test(result.messages[0]!.message);
}

function toRawMessage(message: Linter.LintMessage): RawMessage {
  const raw: RawMessage = {
    ruleId: message.ruleId,
    fatal: message.fatal === true,
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
