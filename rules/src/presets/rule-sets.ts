/**
 * The rules of the presets, without severities (those come from the category table). Upstream
 * recommended sets are taken as they are, so an upgrade that adds a rule shows up in the category
 * table test instead of going unnoticed.
 */
import js from '@eslint/js';
import { typescriptEslintConfigRules } from './lean-plugins.js';
import { fromUpstream } from './severity.js';
import type { RuleSet } from './severity.js';
import { RULE_FACTS } from '../rules/facts.generated.js';

/** upkeep's own rules that a preset adds (`meta.docs.preset`), with their default options. */
function ownRules(preset: 'recommended' | 'strict'): RuleSet {
  return Object.fromEntries(
    Object.entries(RULE_FACTS)
      .filter(([, facts]) => facts.preset === preset)
      .map(([id]) => [`@upkeep/${id}`, []]),
  );
}

/** The rules of one object of a typescript-eslint flat config, read without loading typescript-eslint. */
function upstreamRules(config: Parameters<typeof typescriptEslintConfigRules>[0], name: string): RuleSet {
  return fromUpstream(typescriptEslintConfigRules(config, name) as Parameters<typeof fromUpstream>[0]);
}

/**
 * `_`-prefixed names are deliberately unused, as pylint's dummy-variables-rgx. `React` is used by
 * the classic JSX runtime: typescript-eslint knows it (jsxPragma), ESLint's own scope analysis does not.
 */
const UNUSED_VARS = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^(_|React$)',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
};

/** `callback && callback()` and `ok ? a() : b()` are common statements in legacy code. */
export const UNUSED_EXPRESSIONS = { allowShortCircuit: true, allowTernary: true, allowTaggedTemplates: true };

/** Rules for every file, JavaScript and TypeScript alike. */
export const BASE_RULES: RuleSet = {
  ...fromUpstream(js.configs.recommended.rules),
  'no-unused-vars': [UNUSED_VARS],

  complexity: [10],
  'max-depth': [5],
  'max-params': [{ max: 5, countThis: 'never' }],
  'max-lines': [1000],
  'max-nested-callbacks': [5],
  'no-else-return': [{ allowElseIf: false }],
  'no-lonely-if': [],
  'no-unneeded-ternary': [],
  'consistent-return': [],
  'no-useless-return': [],
  'no-self-compare': [],
  'no-nested-ternary': [],
  'no-param-reassign': [],
  'no-array-constructor': [],

  eqeqeq: ['always', { null: 'ignore' }],
  'no-eval': [],
  'no-implied-eval': [],
  'no-new-func': [],
  'no-caller': [],
  'no-shadow': [],
  'no-throw-literal': [],
  'no-unused-expressions': [UNUSED_EXPRESSIONS],
  'no-loop-func': [],
  'no-duplicate-imports': [{ allowSeparateTypeImports: true }],
  'default-case': [],

  // upkeep's own rules of this preset (meta.docs.preset), with pylint's thresholds as their defaults.
  ...ownRules('recommended'),

  // eslint-plugin-sonarjs: pylint checks ESLint has no rule for.
  'sonarjs/no-commented-code': [],
  'sonarjs/fixme-tag': [],
  'sonarjs/todo-tag': [],
  'sonarjs/prefer-single-boolean-return': [],
  'sonarjs/no-inverted-boolean-check': [],
  'sonarjs/no-identical-functions': [],
  'sonarjs/no-collapsible-if': [],
  'sonarjs/no-all-duplicated-branches': [],

  'no-var': [],
  'prefer-const': [],
  'prefer-rest-params': [],
  'prefer-spread': [],
};

/**
 * Rules for TypeScript files on top of BASE_RULES: typescript-eslint turns off the core rules the
 * compiler already checks and swaps in its own versions of the rest.
 */
export const TYPESCRIPT_RULES: RuleSet = {
  ...upstreamRules('recommended', 'typescript-eslint/eslint-recommended'),
  ...upstreamRules('recommended', 'typescript-eslint/recommended'),
  '@typescript-eslint/no-unused-vars': [UNUSED_VARS],
  '@typescript-eslint/no-unused-expressions': [UNUSED_EXPRESSIONS],
  'no-shadow': 'off',
  '@typescript-eslint/no-shadow': [],
};

/** What the strict preset adds for every file: documentation and tighter design checks. */
export const STRICT_RULES: RuleSet = {
  ...ownRules('strict'),
  'sonarjs/cognitive-complexity': [15],
  'sonarjs/no-duplicate-string': [{ threshold: 3 }],
};

/** Type-aware rules for TypeScript files, on top of TYPESCRIPT_RULES. */
export const TYPED_RULES: RuleSet = {
  ...upstreamRules('recommended-type-checked-only', 'typescript-eslint/recommended-type-checked-only'),
  '@typescript-eslint/no-unnecessary-condition': [],
  'default-case': 'off',
  '@typescript-eslint/switch-exhaustiveness-check': [
    { requireDefaultForNonUnion: true, considerDefaultExhaustiveForUnions: true },
  ],
  'consistent-return': 'off',
  '@typescript-eslint/consistent-return': [],
};
