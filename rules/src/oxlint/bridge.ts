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

const require = createRequire(import.meta.url);
/** espree is ESLint's own parser: resolved from ESLint, as ESLint resolves it. */
const fromEslint = createRequire(require.resolve('eslint'));

/** eslint-plugin-sonarjs keeps each rule in its own folder, named by Sonar's key. */
const SONARJS_KEYS: Readonly<Record<string, string>> = {
  'no-commented-code': 'S125',
  'fixme-tag': 'S1134',
  'todo-tag': 'S1135',
  'prefer-single-boolean-return': 'S1126',
  'no-inverted-boolean-check': 'S1940',
  'no-identical-functions': 'S4144',
  'no-collapsible-if': 'S1066',
  'no-all-duplicated-branches': 'S3923',
  'cognitive-complexity': 'S3776',
  'no-duplicate-string': 'S1192',
};

export const STATEMENT_COUNT_RULE = 'statement-count';

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

/**
 * sonarjs rules that parse text (commented-out code) take the parser from the context, as ESLint
 * provides it; oxlint provides none, so the parser the preset gives ESLint is supplied here.
 */
function withParser(rule: Rule.RuleModule): Rule.RuleModule {
  return {
    ...rule,
    create(context) {
      const parser = /\.[cm]?tsx?$/.test(context.filename) ? typescriptParser() : espree();
      const languageOptions = {
        ...context.languageOptions,
        parser,
        parserOptions: { ecmaFeatures: { jsx: true } },
        ecmaVersion: 'latest',
        sourceType: 'module',
      };
      const proxied = new Proxy(context, {
        get: (target, key) => (key === 'languageOptions' ? languageOptions : (Reflect.get(target, key) as unknown)),
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
 * The plugin object: the ESLint rules named, under bridge names (see rule-names.ts), plus the
 * statement counter. Throws when a rule id is unknown, which oxlint reports as a plugin load error.
 */
export async function bridgePlugin(
  name: string,
  ruleIds: readonly string[],
  countsFile: string,
): Promise<{ meta: { name: string }; rules: Record<string, Rule.RuleModule> }> {
  const rules: Record<string, Rule.RuleModule> = { [STATEMENT_COUNT_RULE]: statementCountRule(countsFile) };
  for (const ruleId of ruleIds) rules[bridgeRuleName(ruleId)] = await loadEslintRule(ruleId);
  return { meta: { name }, rules };
}
