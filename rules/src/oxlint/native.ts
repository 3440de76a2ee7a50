/**
 * The rules of the bundled presets that oxlint implements natively with the same semantics, by
 * ESLint rule id, with oxlint's name for them. Every rule of a preset that is not here runs in
 * oxlint through upkeep's JS plugin (bridge.ts) as the very ESLint rule. A rule whose native
 * version was found to report differently (the parity test in packages/analyzer/test) is left
 * out of this table, with the reason in docs/engines.md.
 *
 * typescript-eslint's extension rules (`@typescript-eslint/no-unused-vars`…) map to oxlint's
 * `eslint/…` rule, which understands TypeScript itself.
 */
export const OXLINT_NATIVE_RULES: Readonly<Record<string, string>> = Object.freeze({
  '@typescript-eslint/ban-ts-comment': 'typescript/ban-ts-comment',
  '@typescript-eslint/no-array-constructor': 'eslint/no-array-constructor',
  '@typescript-eslint/no-duplicate-enum-values': 'typescript/no-duplicate-enum-values',
  '@typescript-eslint/no-empty-object-type': 'typescript/no-empty-object-type',
  '@typescript-eslint/no-explicit-any': 'typescript/no-explicit-any',
  '@typescript-eslint/no-extra-non-null-assertion': 'typescript/no-extra-non-null-assertion',
  '@typescript-eslint/no-implied-eval': 'eslint/no-implied-eval',
  '@typescript-eslint/no-misused-new': 'typescript/no-misused-new',
  '@typescript-eslint/no-namespace': 'typescript/no-namespace',
  '@typescript-eslint/no-non-null-asserted-optional-chain': 'typescript/no-non-null-asserted-optional-chain',
  '@typescript-eslint/no-require-imports': 'typescript/no-require-imports',
  '@typescript-eslint/no-this-alias': 'typescript/no-this-alias',
  '@typescript-eslint/no-unnecessary-type-constraint': 'typescript/no-unnecessary-type-constraint',
  '@typescript-eslint/no-unsafe-declaration-merging': 'typescript/no-unsafe-declaration-merging',
  '@typescript-eslint/no-unsafe-function-type': 'typescript/no-unsafe-function-type',
  '@typescript-eslint/no-unused-expressions': 'eslint/no-unused-expressions',
  '@typescript-eslint/no-wrapper-object-types': 'typescript/no-wrapper-object-types',
  '@typescript-eslint/prefer-as-const': 'typescript/prefer-as-const',
  '@typescript-eslint/prefer-namespace-keyword': 'typescript/prefer-namespace-keyword',
  '@typescript-eslint/prefer-promise-reject-errors': 'eslint/prefer-promise-reject-errors',
  '@typescript-eslint/require-await': 'eslint/require-await',
  '@typescript-eslint/triple-slash-reference': 'typescript/triple-slash-reference',
  complexity: 'eslint/complexity',
  'constructor-super': 'eslint/constructor-super',
  'default-case': 'eslint/default-case',
  eqeqeq: 'eslint/eqeqeq',
  'for-direction': 'eslint/for-direction',
  'getter-return': 'eslint/getter-return',
  'max-depth': 'eslint/max-depth',
  'max-lines': 'eslint/max-lines',
  'max-params': 'eslint/max-params',
  'no-array-constructor': 'eslint/no-array-constructor',
  'no-async-promise-executor': 'eslint/no-async-promise-executor',
  'no-caller': 'eslint/no-caller',
  'no-case-declarations': 'eslint/no-case-declarations',
  'no-class-assign': 'eslint/no-class-assign',
  'no-compare-neg-zero': 'eslint/no-compare-neg-zero',
  'no-cond-assign': 'eslint/no-cond-assign',
  'no-const-assign': 'eslint/no-const-assign',
  'no-constant-condition': 'eslint/no-constant-condition',
  'no-control-regex': 'eslint/no-control-regex',
  'no-debugger': 'eslint/no-debugger',
  'no-delete-var': 'eslint/no-delete-var',
  'no-dupe-class-members': 'eslint/no-dupe-class-members',
  'no-dupe-keys': 'eslint/no-dupe-keys',
  'no-duplicate-case': 'eslint/no-duplicate-case',
  'no-duplicate-imports': 'eslint/no-duplicate-imports',
  'no-else-return': 'eslint/no-else-return',
  'no-empty': 'eslint/no-empty',
  'no-empty-character-class': 'eslint/no-empty-character-class',
  'no-empty-pattern': 'eslint/no-empty-pattern',
  'no-empty-static-block': 'eslint/no-empty-static-block',
  'no-eval': 'eslint/no-eval',
  'no-ex-assign': 'eslint/no-ex-assign',
  'no-extra-boolean-cast': 'eslint/no-extra-boolean-cast',
  'no-fallthrough': 'eslint/no-fallthrough',
  'no-func-assign': 'eslint/no-func-assign',
  'no-global-assign': 'eslint/no-global-assign',
  'no-implied-eval': 'eslint/no-implied-eval',
  'no-import-assign': 'eslint/no-import-assign',
  'no-invalid-regexp': 'eslint/no-invalid-regexp',
  'no-irregular-whitespace': 'eslint/no-irregular-whitespace',
  'no-lonely-if': 'eslint/no-lonely-if',
  'no-loop-func': 'eslint/no-loop-func',
  'no-loss-of-precision': 'eslint/no-loss-of-precision',
  'no-misleading-character-class': 'eslint/no-misleading-character-class',
  'no-nested-ternary': 'eslint/no-nested-ternary',
  'no-new-func': 'eslint/no-new-func',
  'no-new-native-nonconstructor': 'eslint/no-new-native-nonconstructor',
  'no-nonoctal-decimal-escape': 'eslint/no-nonoctal-decimal-escape',
  'no-obj-calls': 'eslint/no-obj-calls',
  'no-param-reassign': 'eslint/no-param-reassign',
  'no-prototype-builtins': 'eslint/no-prototype-builtins',
  'no-regex-spaces': 'eslint/no-regex-spaces',
  'no-self-assign': 'eslint/no-self-assign',
  'no-self-compare': 'eslint/no-self-compare',
  'no-setter-return': 'eslint/no-setter-return',
  'no-shadow': 'eslint/no-shadow',
  'no-shadow-restricted-names': 'eslint/no-shadow-restricted-names',
  'no-this-before-super': 'eslint/no-this-before-super',
  'no-throw-literal': 'eslint/no-throw-literal',
  'no-undef': 'eslint/no-undef',
  'no-unexpected-multiline': 'eslint/no-unexpected-multiline',
  'no-unneeded-ternary': 'eslint/no-unneeded-ternary',
  'no-unreachable': 'eslint/no-unreachable',
  'no-unsafe-finally': 'eslint/no-unsafe-finally',
  'no-unsafe-negation': 'eslint/no-unsafe-negation',
  'no-unused-expressions': 'eslint/no-unused-expressions',
  'no-unused-labels': 'eslint/no-unused-labels',
  'no-unused-private-class-members': 'eslint/no-unused-private-class-members',
  'no-useless-assignment': 'eslint/no-useless-assignment',
  'no-useless-backreference': 'eslint/no-useless-backreference',
  'no-useless-catch': 'eslint/no-useless-catch',
  'no-useless-return': 'eslint/no-useless-return',
  'no-var': 'eslint/no-var',
  'no-with': 'eslint/no-with',
  'prefer-const': 'eslint/prefer-const',
  'prefer-rest-params': 'eslint/prefer-rest-params',
  'prefer-spread': 'eslint/prefer-spread',
  'preserve-caught-error': 'eslint/preserve-caught-error',
  'require-yield': 'eslint/require-yield',
  'use-isnan': 'eslint/use-isnan',
  'valid-typeof': 'eslint/valid-typeof',
});

/**
 * Native rules that find the same problems as ESLint's rule, as many per module, but report them at
 * another line or column of the same construct. Where a message points does not change a module's
 * counts or its score, so these run natively; docs/engines.md gives each one's difference, and the
 * parity test compares these rules by their count per module, every other rule by line and column.
 * A rule whose native version reports more or fewer messages is not here: it runs through the JS plugin.
 */
export const OXLINT_POSITION_ONLY_RULES: Readonly<Record<string, string>> = Object.freeze({
  '@typescript-eslint/ban-ts-comment': 'the directive after `// `, ESLint the start of the comment',
  '@typescript-eslint/no-empty-object-type': 'the `{}`, ESLint the name of the interface or type',
  '@typescript-eslint/no-namespace': 'the name of the namespace, ESLint the `namespace` keyword',
  '@typescript-eslint/no-require-imports': 'the start of the statement, ESLint the `require` call',
  complexity: 'the function name, ESLint the function head (another column of the same function)',
  'max-lines': 'the end of the file, ESLint the first line over the limit',
  'max-params': 'the parameter list, ESLint the start of the function',
  'no-cond-assign': 'the `=` of the assignment, ESLint its start (`while (s = s.parent)`: `=`, ESLint `s`)',
  'no-constant-condition': 'the constant inside parentheses, ESLint the parenthesized test (`if ((a = 2))`)',
  'no-control-regex': 'the control character in the pattern, ESLint the start of the regular expression',
  'no-else-return': 'the `return` of the first branch, ESLint the `else` branch',
  'no-new-func': '`Function`, ESLint `new`',
  'no-prototype-builtins': 'the start of the call, ESLint the method name (`hasOwnProperty`)',
  'no-throw-literal': 'the thrown value, ESLint the `throw` statement',
  'no-duplicate-imports': 'the source string of the repeated import, ESLint the `import` statement',
  'no-useless-catch': 'the `catch` clause, ESLint the `try` statement',
});

/**
 * Native rules whose oxlint version judges TypeScript syntax differently from ESLint's rule on the
 * typescript-eslint AST; TypeScript files run the ESLint rule in the JS plugin (which lints every
 * TypeScript file anyway, for typescript-eslint's rules), JavaScript files keep the native rule.
 */
export const OXLINT_NATIVE_FOR_JAVASCRIPT_ONLY: Readonly<Record<string, string>> = Object.freeze({
  'no-self-assign':
    'oxlint sees through `!`, `as`, `<T>` and `satisfies` (`this.a = this.a!` is reported); ESLint compares the nodes as written',
});

/**
 * Native rules that differ from ESLint's on a construct that a module's text reveals. A module whose
 * text passes `when` (a cheap test that finds every module with the construct, and some without)
 * runs the ESLint rule in the JS plugin; every other module keeps the native rule, so the JS plugin
 * host pays only for the modules that need it.
 */
export interface OxlintRoute {
  /** ESLint rule ids routed together */
  rules: readonly string[];
  /** file extensions (with their dot) the route applies to; every kind of file when absent */
  extensions?: readonly string[];
  when: (text: string) => boolean;
  /** what oxlint does differently (docs/engines.md gives an example) */
  why: string;
}

const TYPESCRIPT = ['.ts', '.tsx', '.mts', '.cts'];

/** `/* global a, b:writable *\/` and `/* globals … *\/` block comments, as ESLint reads them (a label, then space or the end). */
const INLINE_GLOBALS = /\/\*\s*globals?(?:\s|\*\/)/;

/**
 * A function or class expression whose name is also assigned (`var a = (exports.a = function a() {})`):
 * named functions and classes where an expression can stand (after `=`, `(`, `,`, `:`, `?`, `|`,
 * `&`, `!`, `[`, `>`, `return`, `new`; a declaration cannot be in an initializer), then for each
 * name whether `name =` occurs. On the 2,000-module benchmark project this takes a few
 * milliseconds for all modules.
 */
function functionNameAlsoAssigned(text: string): boolean {
  const names = new Set<string>();
  for (const match of text.matchAll(/\b(?:function\s*\*?|class)\s+([A-Za-z_$][\w$]*)/g)) {
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    if (/(?:[=(,:?|&![>]|\breturn|\bnew)\s*(?:async\s+)?$/.test(before)) names.add(match[1]!);
  }
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (at > 0 && /[\w$.]/.test(text[at - 1]!)) continue;
      const after = /^\s*=(?![=>])/.exec(text.slice(at + name.length, at + name.length + 40));
      if (after) return true;
    }
  }
  return false;
}

/** Directive comments as they read in the text: the kind, then the rule list (and any description). */
const DIRECTIVE_TEXT = /eslint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/g;

/**
 * Whether a module has a directive whose effect on a position-only rule depends on where the
 * message points: one that names such a rule, a bare `-line`/`-next-line` (every rule of a line),
 * or a bare `eslint-enable`. A bare `/* eslint-disable *\/` with nothing re-enabled silences every
 * later message wherever it points. A rule name inside a longer one (`complexity` in
 * `sonarjs/cognitive-complexity`) routes the module too, which costs only time.
 */
function positionSensitiveDirectives(text: string): boolean {
  if (!text.includes('eslint-')) return false;
  const ruleIds = Object.keys(OXLINT_POSITION_ONLY_RULES);
  for (const match of text.matchAll(DIRECTIVE_TEXT)) {
    const list = match[2]!
      .split(/\s-{2,}\s/)[0]!
      .replace(/\*\/.*$/, '')
      .trim();
    if (list === '' ? match[1] !== 'disable' : ruleIds.some((ruleId) => list.includes(ruleId))) return true;
  }
  return false;
}

export const OXLINT_ROUTES: readonly OxlintRoute[] = Object.freeze([
  {
    rules: ['no-undef', 'no-global-assign'],
    when: (text) => INLINE_GLOBALS.test(text),
    why: 'oxlint does not read `/* global */` comments: the names they declare are reported as not defined, and assigning a read-only one is not reported',
  },
  {
    rules: ['no-shadow'],
    when: functionNameAlsoAssigned,
    why: 'oxlint lets a function or class expression named like the variable it is part of the initializer of shadow it anywhere in the initializer (`var a = (exports.a = function a() {})`); ESLint only when it is the value (`var a = function a() {}`, also through `||` and `?:`)',
  },
  {
    rules: ['no-useless-assignment'],
    when: (text) => /\bfor\s*(?:await\s*)?\(\s*(?!(?:var|let|const|using)\s)[^;()]*?\s(?:in|of)\s/.test(text),
    why: 'oxlint reports the variable a `for…in`/`for…of` loop assigns (`var p; for (p of list) {…} p = 2;`) when the body does not read it; ESLint does not judge those assignments',
  },
  {
    rules: Object.keys(OXLINT_POSITION_ONLY_RULES),
    when: positionSensitiveDirectives,
    why: "a position-only rule reports on another line or column of the same construct; a directive silences by line (and a block by position), so `// eslint-disable-next-line no-else-return` above `} else {` silenced ESLint's message and not oxlint's, and the reverse above the first `return`",
  },
  {
    rules: ['no-var'],
    extensions: TYPESCRIPT,
    when: (text) => /\bdeclare\s/.test(text),
    why: 'oxlint skips `var` inside `declare namespace` and `declare module` blocks and points at `var` of a top-level `declare var`; ESLint reports both (at `declare`), and skips only `declare global`',
  },
]);
