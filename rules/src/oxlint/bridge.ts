/**
 * The JS plugin oxlint loads to run the rules of a bundled preset that it has no native twin for:
 * upkeep's own rules, eslint-plugin-sonarjs rules and ESLint core or typescript-eslint rules, each
 * the very rule object ESLint runs. Also the statement counter, so a module's statements are
 * counted in the same pass, with the one definition of rules/src/statements.
 *
 * Kept lean on purpose: oxlint imports it at start-up, so only the rules asked for are loaded.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { threadId } from 'node:worker_threads';
import type { Rule } from 'eslint';
import { COUNTED_STATEMENT_TYPES, isCountedStatement } from '../statements/count-statements.js';
import { bridgeRuleName } from './rule-names.js';
import { deferTypescriptForSonarjs } from '../utils/defer-typescript.js';
import { applyInlineGlobals } from './inline-globals.js';
import { SONARJS_KEYS } from './sonarjs-keys.js';

const require = createRequire(import.meta.url);
/** espree is ESLint's own parser: resolved from ESLint, as ESLint resolves it. */
const fromEslint = createRequire(require.resolve('eslint'));

export const STATEMENT_COUNT_RULE = 'statement-count';

/**
 * What the bridge knows of each module beyond oxlint's context: the parser options ESLint gives
 * the module (by absolute file name, grouped by equal options), which rules that parse text again
 * (sonarjs/no-commented-code) must use to judge it as under ESLint.
 */
export interface BridgeFiles {
  parserOptions?: Array<{ options: Record<string, unknown>; files: string[] }>;
}

let parserOptionsByFile = new Map<string, Record<string, unknown>>();

/** The ESLint rule object for an ESLint rule id, loaded on its own. */
export async function loadEslintRule(ruleId: string): Promise<Rule.RuleModule> {
  if (ruleId.startsWith('@upkeep/')) {
    const { RULES } = await import('../rules/index.js');
    return required(RULES[ruleId.slice('@upkeep/'.length)], ruleId);
  }
  if (ruleId.startsWith('sonarjs/')) {
    deferTypescriptForSonarjs();
    const key = required(SONARJS_KEYS[ruleId.slice('sonarjs/'.length)], ruleId);
    const { rule } = require(`eslint-plugin-sonarjs/cjs/${key}/index.js`) as { rule: Rule.RuleModule };
    return withParser(rule);
  }
  if (ruleId.startsWith('chai-friendly/')) {
    const plugin = (await import('eslint-plugin-chai-friendly')).default as unknown as {
      rules: Record<string, Rule.RuleModule>;
    };
    return required(plugin.rules[ruleId.slice('chai-friendly/'.length)], ruleId);
  }
  if (ruleId.startsWith('@typescript-eslint/')) {
    const { plugin } = (await import('typescript-eslint')).default;
    // typescript-eslint's plugin type hides its rules behind a compatibility type
    const rules = (plugin as unknown as { rules: Record<string, Rule.RuleModule> }).rules;
    return required(rules[ruleId.slice('@typescript-eslint/'.length)], ruleId);
  }
  return coreRule(ruleId);
}

/**
 * An ESLint core rule from its own file (lib/rules/<id>.js, ESLint's layout since its first
 * versions): `builtinRules` of `eslint/use-at-your-own-risk` loads ESLint's API and its rule index
 * first, about 150 modules and 0.2 CPU-s, in every process that hosts the plugin.
 */
async function coreRule(ruleId: string): Promise<Rule.RuleModule> {
  if (/^[a-z-]+$/.test(ruleId)) {
    const file = join(dirname(require.resolve('eslint/package.json')), 'lib', 'rules', `${ruleId}.js`);
    if (existsSync(file)) return required(require(file) as Rule.RuleModule | undefined, ruleId);
  }
  const { builtinRules } = await import('eslint/use-at-your-own-risk');
  return required(builtinRules.get(ruleId), ruleId);
}

function required<T>(value: T | undefined, ruleId: string): T {
  if (value === undefined) throw new Error(`upkeep's oxlint bridge has no rule ${ruleId}`);
  return value;
}

let typescriptParserModule: unknown;
let espreeModule: unknown;
/**
 * The parsers, looked up once instead of by a `require` per module (which goes through the
 * sonarjs stand-in's loader hook each time). Loading the TypeScript parser the first time is most
 * of what a profile attributes to this (about 1 CPU-s, typescript-estree): that stays.
 */
const typescriptParser = (): unknown => (typescriptParserModule ??= require('@typescript-eslint/parser'));
const espree = (): unknown => (espreeModule ??= fromEslint('espree'));
let sourceCodeClass: unknown;
/** ESLint's SourceCode class, from its file (not ESLint's API, which loads the whole linter). */
const eslintSourceCode = (): unknown =>
  (sourceCodeClass ??= (
    require(
      join(dirname(require.resolve('eslint/package.json')), 'lib', 'languages', 'js', 'source-code', 'index.js'),
    ) as {
      SourceCode: unknown;
    }
  ).SourceCode);

/**
 * sonarjs rules that parse text (commented-out code) take the parser and its options from the
 * context, as ESLint provides them; oxlint provides neither, so the parser the preset gives ESLint
 * and the module's parser options under ESLint (BridgeFiles) are supplied here. The options decide
 * what parses as code: `return x;` only where ESLint allows a top-level return (CommonJS).
 */
function withParser(rule: Rule.RuleModule): Rule.RuleModule {
  return {
    ...rule,
    create(context) {
      const typescript = /\.[cm]?tsx?$/.test(context.filename);
      const parser = typescript ? typescriptParser() : espree();
      const parserOptions = parserOptionsByFile.get(context.physicalFilename) ?? {
        ecmaFeatures: { jsx: true },
        ...(typescript ? {} : { sourceType: 'module' }),
      };
      const languageOptions = {
        ...context.languageOptions,
        parser,
        parserOptions,
        ecmaVersion: 'latest',
        sourceType: typeof parserOptions.sourceType === 'string' ? parserOptions.sourceType : 'module',
      };
      // sonarjs builds a SourceCode of a parsed comment with `new context.sourceCode.constructor(…)`;
      // oxlint's sourceCode is a plain object, so its constructor is ESLint's class here
      const sourceCode = new Proxy(context.sourceCode, {
        get: (target, key) => (key === 'constructor' ? eslintSourceCode() : (Reflect.get(target, key) as unknown)),
      });
      const proxied = new Proxy(context, {
        get: (target, key) =>
          key === 'languageOptions'
            ? languageOptions
            : key === 'sourceCode'
              ? sourceCode
              : (Reflect.get(target, key) as unknown),
      });
      return rule.create(proxied);
    },
  };
}

/**
 * A rule that reports nothing and appends `{"file":…,"statements":n}` lines to `countsFile`
 * (a side channel: a count must survive `eslint-disable` comments, which silence reports).
 */
export function statementCountRule(countsFile: string): Rule.RuleModule {
  return {
    meta: { type: 'suggestion', schema: [] },
    create(context) {
      let count = 0;
      const onNode = (node: Rule.Node): void => {
        if (isCountedStatement(node as unknown as Parameters<typeof isCountedStatement>[0])) count++;
      };
      const listeners: Rule.RuleListener = {};
      for (const type of COUNTED_STATEMENT_TYPES) listeners[type] = onNode;
      listeners['Program:exit'] = () => {
        appendFileSync(
          `${countsFile}.${process.pid}.${threadId}`,
          JSON.stringify({ file: context.physicalFilename, statements: count }) + '\n',
        );
      };
      return listeners;
    },
  };
}

/**
 * The rule, run after the module's `/* global *\/` comments are applied to oxlint's scope (see
 * inline-globals.ts), with the `sourceType` ESLint parses the module with (TypeScript: a module).
 */
function withInlineGlobals(rule: Rule.RuleModule): Rule.RuleModule {
  return {
    ...rule,
    create(context) {
      const sourceType = parserOptionsByFile.get(context.physicalFilename)?.sourceType;
      const typescript = /\.[cm]?tsx?$/.test(context.filename);
      applyInlineGlobals(
        context.sourceCode,
        typescript ? 'module' : typeof sourceType === 'string' ? sourceType : 'module',
      );
      return rule.create(context);
    },
  };
}

/**
 * The plugin object: the ESLint rules named, under bridge names (see rule-names.ts), plus the
 * statement counter. Throws when a rule id is unknown, which oxlint reports as a plugin load error.
 */
export async function bridgePlugin(
  name: string,
  ruleIds: readonly string[],
  countsFile: string,
  files: BridgeFiles = {},
): Promise<{ meta: { name: string }; rules: Record<string, Rule.RuleModule> }> {
  parserOptionsByFile = new Map();
  for (const { options, files: names } of files.parserOptions ?? []) {
    for (const file of names) parserOptionsByFile.set(file, options);
  }
  const rules: Record<string, Rule.RuleModule> = { [STATEMENT_COUNT_RULE]: statementCountRule(countsFile) };
  for (const ruleId of ruleIds) rules[bridgeRuleName(ruleId)] = withInlineGlobals(await loadEslintRule(ruleId));
  return { meta: { name }, rules };
}
