/**
 * The rules of the presets, without severities (those come from the category table). Upstream
 * recommended sets are taken as they are, so an upgrade that adds a rule shows up in the category
 * table test instead of going unnoticed.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { fromUpstream } from './severity.js';
import type { RuleSet } from './severity.js';

function upstreamRules(configs: readonly { name?: string; rules?: object }[], name: string): RuleSet {
  const config = configs.find((candidate) => candidate.name === name);
  return fromUpstream(config?.rules as Parameters<typeof fromUpstream>[0]);
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
const UNUSED_EXPRESSIONS = { allowShortCircuit: true, allowTernary: true, allowTaggedTemplates: true };

/**
 * pylint's C0103 invalid-name, reported once where a name is declared: ESLint's `camelcase`
 * also reports every assignment to a badly named variable, which would weigh a name by how often
 * it is used. Allowed: camelCase and PascalCase (letters and digits), CONSTANT_CASE, leading `_`
 * or `$`, and `_`/`$` alone.
 */
export const NAMING_PATTERN = '^(?:[_$]*[a-zA-Z][a-zA-Z0-9$]*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*|[_$]+)$';

/** Rules for every file, JavaScript and TypeScript alike. */
export const BASE_RULES: RuleSet = {
  ...fromUpstream(js.configs.recommended.rules),
  'no-unused-vars': [UNUSED_VARS],

  complexity: [10],
  'max-depth': [5],
  'max-params': [{ max: 5, countThis: 'never' }],
  'max-statements': [50],
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

  'id-match': [NAMING_PATTERN, { properties: false, onlyDeclarations: true, ignoreDestructuring: false, classFields: true }],
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
  ...upstreamRules(tseslint.configs.recommended, 'typescript-eslint/eslint-recommended'),
  ...upstreamRules(tseslint.configs.recommended, 'typescript-eslint/recommended'),
  '@typescript-eslint/no-unused-vars': [UNUSED_VARS],
  '@typescript-eslint/no-unused-expressions': [UNUSED_EXPRESSIONS],
  'no-shadow': 'off',
  '@typescript-eslint/no-shadow': [],
};

/** Type-aware rules for TypeScript files, on top of TYPESCRIPT_RULES. */
export const TYPED_RULES: RuleSet = {
  ...upstreamRules(tseslint.configs.recommendedTypeCheckedOnly, 'typescript-eslint/recommended-type-checked-only'),
  '@typescript-eslint/no-unnecessary-condition': [],
  'default-case': 'off',
  '@typescript-eslint/switch-exhaustiveness-check': [
    { requireDefaultForNonUnion: true, considerDefaultExhaustiveForUnions: true },
  ],
  'consistent-return': 'off',
  '@typescript-eslint/consistent-return': [],
};
