/**
 * The pylint category of every rule the presets enable: the one table the scorer reads to weigh a
 * message (E counts five times in the default evaluation). E is reserved for probable bugs: code
 * that throws, or cannot do what it appears to do. W is suspicious code that is sometimes meant,
 * R is design that asks for a refactoring, C is a coding convention. Each line names the pylint
 * message it stands for where pylint has one, or says why the category was chosen.
 */
import type { Category } from '@upkeep/core';
import { RULE_FACTS } from './rules/facts.generated.js';

export interface RuleInfo {
  readonly category: Category;
  /** The pylint message the rule stands for ("C0103 invalid-name"), where pylint has one. */
  readonly pylint?: string;
  /** Why the rule has its category. */
  readonly note: string;
}

/** upkeep's own rules, keyed `@upkeep/<id>`: their facts live in each rule's `meta.docs`. */
function ownRules(): Record<string, RuleInfo> {
  return Object.fromEntries(
    Object.entries(RULE_FACTS).map(([id, { category, pylint, note }]) => [
      `@upkeep/${id}`,
      pylint === undefined ? { category, note } : { category, pylint, note },
    ]),
  );
}

/** Every rule's category: third-party rules here (their meta is not ours), upkeep's from their meta. */
export const RULE_TABLE: Readonly<Record<string, RuleInfo>> = Object.freeze({
  // ESLint's recommended rules (@eslint/js).
  'constructor-super': { category: 'E', note: 'a derived constructor without super() throws a ReferenceError' },
  'for-direction': { category: 'E', note: 'the counter moves away from the bound: the loop never ends or never runs' },
  'getter-return': { category: 'E', note: 'a getter that returns nothing yields undefined to every caller' },
  'no-async-promise-executor': { category: 'W', note: 'errors thrown in an async executor are lost, not rejected' },
  'no-case-declarations': { category: 'W', note: 'a let/const in a case is shared by every case of the switch' },
  'no-class-assign': {
    category: 'E',
    pylint: 'E0102 function-redefined',
    note: 'pylint E0102 function-redefined: the class binding is overwritten',
  },
  'no-compare-neg-zero': { category: 'W', note: 'x === -0 is also true for +0; Object.is is what was meant' },
  'no-cond-assign': { category: 'W', note: 'an assignment where a comparison is expected, often a typo' },
  'no-const-assign': { category: 'E', note: 'assigning a const throws a TypeError' },
  'no-constant-binary-expression': {
    category: 'E',
    note: 'the result never depends on the operand (e.g. `a + b ?? c`)',
  },
  'no-constant-condition': {
    category: 'W',
    pylint: 'W0125 using-constant-test',
    note: 'pylint W0125 using-constant-test',
  },
  'no-control-regex': { category: 'W', note: 'control characters in a regex are rarely intended' },
  'no-debugger': {
    category: 'W',
    pylint: 'W1515 forgotten-debug-statement',
    note: 'pylint W1515 forgotten-debug-statement',
  },
  'no-delete-var': { category: 'E', note: 'deleting a variable is a SyntaxError in strict code and a no-op otherwise' },
  'no-dupe-args': {
    category: 'E',
    pylint: 'E0108 duplicate-argument-name',
    note: 'pylint E0108 duplicate-argument-name',
  },
  'no-dupe-class-members': {
    category: 'E',
    pylint: 'E0102 function-redefined',
    note: 'pylint E0102 function-redefined: the first member is silently lost',
  },
  'no-dupe-else-if': { category: 'E', note: 'the repeated condition makes its branch unreachable' },
  'no-dupe-keys': {
    category: 'E',
    pylint: 'W0109 duplicate-key',
    note: 'pylint W0109 duplicate-key; E because the first value is silently lost',
  },
  'no-duplicate-case': { category: 'E', note: 'the repeated case can never be reached' },
  'no-empty': {
    category: 'W',
    pylint: 'W0107 unnecessary-pass',
    note: 'an empty block, often a swallowed error; nearest is pylint W0107 unnecessary-pass',
  },
  'no-empty-character-class': { category: 'E', note: '`[]` in a regex matches nothing, so the regex never matches' },
  'no-empty-pattern': { category: 'W', note: '`const {} = x` destructures nothing, usually a misplaced default' },
  'no-empty-static-block': { category: 'W', note: 'like no-empty, for class static blocks' },
  'no-ex-assign': { category: 'W', note: 'overwriting the caught error loses it' },
  'no-extra-boolean-cast': {
    category: 'C',
    pylint: 'C0113 unneeded-not',
    note: 'pylint C0113 unneeded-not: `!!x` where a boolean is already expected',
  },
  'no-fallthrough': { category: 'W', note: 'a case that runs into the next one without saying so' },
  'no-func-assign': { category: 'E', pylint: 'E0102 function-redefined', note: 'pylint E0102 function-redefined' },
  'no-global-assign': { category: 'W', pylint: 'W0622 redefined-builtin', note: 'pylint W0622 redefined-builtin' },
  'no-import-assign': { category: 'E', note: 'imported bindings are read-only: assigning throws a TypeError' },
  'no-invalid-regexp': { category: 'E', note: 'the RegExp constructor throws a SyntaxError' },
  'no-irregular-whitespace': {
    category: 'W',
    pylint: 'E2515 invalid-character-zero-width-space',
    note: 'pylint E2515 invalid-character-zero-width-space; W since JS reads it as a space',
  },
  'no-loss-of-precision': { category: 'E', note: 'the literal is not the number it appears to be' },
  'no-misleading-character-class': { category: 'E', note: 'the class does not match the characters it shows' },
  'no-new-native-nonconstructor': { category: 'E', note: '`new Symbol()` and `new BigInt()` throw a TypeError' },
  'no-nonoctal-decimal-escape': { category: 'W', note: '"\\8" and "\\9" are deprecated escapes that mean "8" and "9"' },
  'no-obj-calls': {
    category: 'E',
    pylint: 'E1102 not-callable',
    note: 'pylint E1102 not-callable: `Math()` throws a TypeError',
  },
  'no-octal': { category: 'W', note: 'legacy octal literals (010 is 8) are a SyntaxError in strict code' },
  'no-prototype-builtins': { category: 'W', note: 'obj.hasOwnProperty() fails on null-prototype objects' },
  'no-redeclare': {
    category: 'W',
    pylint: 'E0102 function-redefined',
    note: 'pylint E0102 function-redefined for functions; W since `var` redeclaration is mostly harmless',
  },
  'no-regex-spaces': { category: 'C', note: 'several spaces in a regex are hard to count; use a quantifier' },
  'no-self-assign': {
    category: 'W',
    pylint: 'W0127 self-assigning-variable',
    note: 'pylint W0127 self-assigning-variable',
  },
  'no-setter-return': { category: 'W', note: 'the value a setter returns is ignored' },
  'no-shadow-restricted-names': {
    category: 'W',
    pylint: 'W0622 redefined-builtin',
    note: 'pylint W0622 redefined-builtin (undefined, NaN, eval...)',
  },
  'no-sparse-arrays': { category: 'W', note: '`[1,,2]` has a hole, usually a stray comma' },
  'no-this-before-super': { category: 'E', note: '`this` before super() throws a ReferenceError' },
  'no-unassigned-vars': {
    category: 'E',
    pylint: 'E0601 used-before-assignment',
    note: 'pylint E0601 used-before-assignment: the variable is always undefined',
  },
  'no-undef': { category: 'E', pylint: 'E0602 undefined-variable', note: 'pylint E0602 undefined-variable' },
  'no-unexpected-multiline': {
    category: 'E',
    note: 'automatic semicolon insertion joins two lines into one expression',
  },
  'no-unreachable': { category: 'W', pylint: 'W0101 unreachable', note: 'pylint W0101 unreachable' },
  'no-unsafe-finally': { category: 'W', pylint: 'W0150 lost-exception', note: 'pylint W0150 lost-exception' },
  'no-unsafe-negation': { category: 'E', note: '`!a in b` negates a, not the test' },
  'no-unsafe-optional-chaining': { category: 'E', note: '`(a?.b)()` throws a TypeError when a is nullish' },
  'no-unused-labels': {
    category: 'W',
    pylint: 'W0612 unused-variable',
    note: 'pylint W0612 unused-variable, for labels',
  },
  'no-unused-private-class-members': {
    category: 'W',
    pylint: 'W0238 unused-private-member',
    note: 'pylint W0238 unused-private-member',
  },
  'no-unused-vars': {
    category: 'W',
    pylint: 'W0612 unused-variable',
    note: 'pylint W0612 unused-variable, W0611 unused-import, W0613 unused-argument',
  },
  'no-useless-assignment': { category: 'W', note: 'a value that is overwritten before it is read: dead code' },
  'no-useless-backreference': { category: 'W', note: 'the backreference always matches the empty string' },
  'no-useless-catch': { category: 'W', pylint: 'W0706 try-except-raise', note: 'pylint W0706 try-except-raise' },
  'no-useless-escape': { category: 'C', note: 'a backslash that changes nothing' },
  'no-with': { category: 'W', note: '`with` makes names ambiguous and is forbidden in strict code' },
  'preserve-caught-error': {
    category: 'W',
    pylint: 'W0707 raise-missing-from',
    note: 'pylint W0707 raise-missing-from',
  },
  'require-yield': { category: 'W', note: 'a generator that never yields' },
  'use-isnan': {
    category: 'E',
    pylint: 'W0177 nan-comparison',
    note: 'pylint W0177 nan-comparison; E because the comparison is always false',
  },
  'valid-typeof': { category: 'E', note: 'typeof never returns that string, so the comparison is always false' },

  // Design rules, with pylint's thresholds where pylint has one.
  complexity: {
    category: 'R',
    pylint: 'R1260 too-complex',
    note: 'pylint R1260 too-complex (mccabe extension, max-complexity 10)',
  },
  'max-depth': {
    category: 'R',
    pylint: 'R1702 too-many-nested-blocks',
    note: 'pylint R1702 too-many-nested-blocks (max 5)',
  },
  'max-params': { category: 'R', pylint: 'R0913 too-many-arguments', note: 'pylint R0913 too-many-arguments (max 5)' },
  'max-lines': { category: 'C', pylint: 'C0302 too-many-lines', note: 'pylint C0302 too-many-lines (max 1000)' },
  'max-nested-callbacks': {
    category: 'R',
    note: "callback nesting deeper than 5; pylint's nearest is R1702 too-many-nested-blocks",
  },
  'no-else-return': {
    category: 'R',
    pylint: 'R1705 no-else-return',
    note: "pylint R1705 no-else-return (else-if included, as pylint's elif)",
  },
  'no-lonely-if': { category: 'R', pylint: 'R5501 else-if-used', note: 'pylint R5501 else-if-used' },
  'no-unneeded-ternary': {
    category: 'R',
    pylint: 'R1719 simplifiable-if-expression',
    note: 'pylint R1719 simplifiable-if-expression',
  },
  'consistent-return': {
    category: 'R',
    pylint: 'R1710 inconsistent-return-statements',
    note: 'pylint R1710 inconsistent-return-statements',
  },
  'no-useless-return': { category: 'R', pylint: 'R1711 useless-return', note: 'pylint R1711 useless-return' },
  'no-self-compare': {
    category: 'R',
    pylint: 'R0124 comparison-with-itself',
    note: 'pylint R0124 comparison-with-itself',
  },
  'no-nested-ternary': { category: 'R', note: 'a ternary inside a ternary is a branch table in disguise' },
  'no-param-reassign': {
    category: 'R',
    pylint: 'R1704 redefined-argument-from-local',
    note: 'pylint R1704 redefined-argument-from-local',
  },
  'no-array-constructor': { category: 'R', pylint: 'R1734 use-list-literal', note: 'pylint R1734 use-list-literal' },

  // Legacy idioms that are bugs waiting to happen.
  eqeqeq: { category: 'W', note: '`==` coerces types; `x == null` stays allowed as the idiom for null or undefined' },
  'no-eval': { category: 'W', pylint: 'W0123 eval-used', note: 'pylint W0123 eval-used' },
  'no-implied-eval': {
    category: 'W',
    pylint: 'W0123 eval-used',
    note: 'pylint W0123 eval-used: setTimeout with a string',
  },
  'no-new-func': { category: 'W', pylint: 'W0123 eval-used', note: 'pylint W0123 eval-used: new Function(string)' },
  'no-caller': { category: 'W', note: 'arguments.callee is forbidden in strict code and defeats optimisation' },
  'no-shadow': { category: 'W', pylint: 'W0621 redefined-outer-name', note: 'pylint W0621 redefined-outer-name' },
  'no-throw-literal': {
    category: 'W',
    pylint: 'E0702 raising-bad-type',
    note: 'pylint E0702 raising-bad-type; W because JS allows it but the stack is lost',
  },
  'no-unused-expressions': {
    category: 'W',
    pylint: 'W0104 pointless-statement',
    note: 'pylint W0104 pointless-statement, W0106 expression-not-assigned',
  },
  'no-loop-func': { category: 'W', pylint: 'W0640 cell-var-from-loop', note: 'pylint W0640 cell-var-from-loop' },
  'no-duplicate-imports': { category: 'W', pylint: 'W0404 reimported', note: 'pylint W0404 reimported' },
  'default-case': { category: 'C', note: 'a switch without default says nothing about the values it does not handle' },

  // Conventions of modern JavaScript.
  'no-var': { category: 'C', note: 'let/const are block-scoped; var is the legacy form' },
  'prefer-const': { category: 'C', note: 'a binding that is never reassigned should say so' },
  'prefer-rest-params': { category: 'C', note: '`...args` instead of `arguments`' },
  'prefer-spread': { category: 'C', note: '`f(...args)` instead of `f.apply(null, args)`' },

  // upkeep's own rules (@upkeep/eslint-plugin): from their meta.docs.
  ...ownRules(),

  // eslint-plugin-sonarjs rules that cover pylint checks ESLint has no rule for.
  'sonarjs/no-commented-code': { category: 'C', note: 'commented-out code rots; version control keeps old code' },
  'sonarjs/fixme-tag': { category: 'W', pylint: 'W0511 fixme', note: 'a FIXME left in the code' },
  'sonarjs/todo-tag': { category: 'W', pylint: 'W0511 fixme', note: 'a TODO left in the code' },
  'sonarjs/prefer-single-boolean-return': {
    category: 'R',
    pylint: 'R1703 simplifiable-if-statement',
    note: '`if (c) return true; else return false;`',
  },
  'sonarjs/no-inverted-boolean-check': {
    category: 'C',
    pylint: 'C0117 unnecessary-negation',
    note: '`!(a === b)` instead of `a !== b`',
  },
  'sonarjs/no-identical-functions': {
    category: 'R',
    pylint: 'R0801 duplicate-code',
    note: 'two functions with the same body',
  },
  'sonarjs/no-collapsible-if': {
    category: 'R',
    pylint: 'R1702 too-many-nested-blocks',
    note: 'an if whose only statement is another if; nearest pylint check is R1702',
  },
  'sonarjs/no-all-duplicated-branches': {
    category: 'W',
    note: 'every branch does the same thing, so the condition is useless',
  },
  'sonarjs/cognitive-complexity': {
    category: 'R',
    pylint: 'R1260 too-complex',
    note: 'strict preset: cognitive complexity above 15',
  },
  'sonarjs/no-duplicate-string': {
    category: 'R',
    pylint: 'R0801 duplicate-code',
    note: 'strict preset: the same string literal three times or more',
  },

  // typescript-eslint's recommended rules (no type information needed).
  '@typescript-eslint/ban-ts-comment': {
    category: 'W',
    note: "silences the type checker; pylint's nearest is I0011 locally-disabled",
  },
  '@typescript-eslint/no-array-constructor': {
    category: 'R',
    pylint: 'R1734 use-list-literal',
    note: 'pylint R1734 use-list-literal',
  },
  '@typescript-eslint/no-duplicate-enum-values': {
    category: 'E',
    note: 'two members with one value are indistinguishable',
  },
  '@typescript-eslint/no-empty-object-type': {
    category: 'W',
    note: '`{}` accepts any non-nullish value, not "an empty object"',
  },
  '@typescript-eslint/no-explicit-any': { category: 'C', note: '`any` opts out of type checking' },
  '@typescript-eslint/no-extra-non-null-assertion': { category: 'C', note: '`a!!` asserts twice' },
  '@typescript-eslint/no-misused-new': {
    category: 'E',
    note: 'a `new` or `constructor` in an interface cannot be implemented as written',
  },
  '@typescript-eslint/no-namespace': { category: 'C', note: 'ES modules replace TypeScript namespaces' },
  '@typescript-eslint/no-non-null-asserted-optional-chain': {
    category: 'E',
    note: '`a?.b!` asserts what the chain says may be undefined',
  },
  '@typescript-eslint/no-require-imports': { category: 'C', note: '`import` instead of `require()` in TypeScript' },
  '@typescript-eslint/no-this-alias': { category: 'C', note: '`const self = this` instead of an arrow function' },
  '@typescript-eslint/no-unnecessary-type-constraint': {
    category: 'C',
    note: '`T extends unknown` constrains nothing',
  },
  '@typescript-eslint/no-unsafe-declaration-merging': {
    category: 'W',
    note: 'a class merged with an interface skips initialisation checks',
  },
  '@typescript-eslint/no-unsafe-function-type': {
    category: 'W',
    note: '`Function` accepts any callable with any arguments',
  },
  'chai-friendly/no-unused-expressions': {
    category: 'W',
    pylint: 'W0104 pointless-statement',
    note: 'no-unused-expressions in test files, where chai assertions (`expect(x).to.be.true`) are statements',
  },
  '@typescript-eslint/no-unused-expressions': {
    category: 'W',
    pylint: 'W0104 pointless-statement',
    note: 'pylint W0104 pointless-statement, W0106 expression-not-assigned',
  },
  '@typescript-eslint/no-unused-vars': {
    category: 'W',
    pylint: 'W0612 unused-variable',
    note: 'pylint W0612 unused-variable, W0611 unused-import, W0613 unused-argument',
  },
  '@typescript-eslint/no-wrapper-object-types': { category: 'C', note: '`String` instead of `string`' },
  '@typescript-eslint/prefer-as-const': { category: 'C', note: '`as const` instead of repeating a literal type' },
  '@typescript-eslint/prefer-namespace-keyword': {
    category: 'C',
    note: '`namespace` instead of the legacy `module` keyword',
  },
  '@typescript-eslint/triple-slash-reference': { category: 'C', note: '`import` instead of `/// <reference>`' },
  '@typescript-eslint/no-shadow': {
    category: 'W',
    pylint: 'W0621 redefined-outer-name',
    note: 'pylint W0621 redefined-outer-name',
  },

  // typescript-eslint's type-aware rules (typed preset only).
  '@typescript-eslint/await-thenable': { category: 'W', note: 'awaiting a value that is not a promise' },
  '@typescript-eslint/no-array-delete': {
    category: 'W',
    note: '`delete arr[i]` leaves a hole instead of removing the element',
  },
  '@typescript-eslint/no-base-to-string': { category: 'W', note: 'the string is "[object Object]"' },
  '@typescript-eslint/no-duplicate-type-constituents': { category: 'C', note: '`A | A` repeats itself' },
  '@typescript-eslint/no-floating-promises': {
    category: 'W',
    note: 'a promise nobody awaits: its rejection goes unhandled',
  },
  '@typescript-eslint/no-for-in-array': {
    category: 'W',
    note: 'for-in over an array yields string keys, not elements',
  },
  '@typescript-eslint/no-implied-eval': { category: 'W', pylint: 'W0123 eval-used', note: 'pylint W0123 eval-used' },
  '@typescript-eslint/no-misused-promises': {
    category: 'E',
    note: 'a promise where a boolean or a void callback is expected is always truthy',
  },
  '@typescript-eslint/no-redundant-type-constituents': { category: 'C', note: "`string | 'a'` is just string" },
  '@typescript-eslint/no-unnecessary-type-assertion': { category: 'C', note: 'the assertion does not change the type' },
  '@typescript-eslint/no-unsafe-argument': { category: 'C', note: 'an `any` argument escapes type checking' },
  '@typescript-eslint/no-unsafe-assignment': { category: 'C', note: 'an `any` value escapes type checking' },
  '@typescript-eslint/no-unsafe-call': { category: 'C', note: 'calling an `any` value escapes type checking' },
  '@typescript-eslint/no-unsafe-enum-comparison': {
    category: 'W',
    note: 'comparing an enum with a raw value bypasses the enum',
  },
  '@typescript-eslint/no-unsafe-member-access': {
    category: 'C',
    note: 'reading a member of `any` escapes type checking',
  },
  '@typescript-eslint/no-unsafe-return': { category: 'C', note: 'returning `any` escapes type checking' },
  '@typescript-eslint/no-unsafe-unary-minus': { category: 'W', note: '`-x` on a non-number yields NaN' },
  '@typescript-eslint/only-throw-error': {
    category: 'W',
    pylint: 'E0702 raising-bad-type',
    note: 'pylint E0702 raising-bad-type; W because JS allows it but the stack is lost',
  },
  '@typescript-eslint/prefer-promise-reject-errors': {
    category: 'W',
    pylint: 'E0702 raising-bad-type',
    note: 'pylint E0702 raising-bad-type, for rejections',
  },
  '@typescript-eslint/require-await': {
    category: 'R',
    note: 'an async function with nothing to await need not be async',
  },
  '@typescript-eslint/restrict-plus-operands': {
    category: 'W',
    note: '`+` on mixed types concatenates where addition was meant',
  },
  '@typescript-eslint/restrict-template-expressions': {
    category: 'W',
    note: 'an object in a template literal prints "[object Object]"',
  },
  '@typescript-eslint/unbound-method': { category: 'W', note: 'a method passed without its object loses `this`' },
  '@typescript-eslint/no-unnecessary-condition': {
    category: 'W',
    pylint: 'W0125 using-constant-test',
    note: 'pylint W0125 using-constant-test, decided by the types',
  },
  '@typescript-eslint/switch-exhaustiveness-check': {
    category: 'W',
    note: 'a union member the switch does not handle',
  },
  '@typescript-eslint/consistent-return': {
    category: 'R',
    pylint: 'R1710 inconsistent-return-statements',
    note: 'pylint R1710 inconsistent-return-statements, aware of void',
  },
});

/** The category of every rule the presets enable, keyed by rule id: what the scorer reads. */
export const RULE_CATEGORIES: Readonly<Record<string, Category>> = Object.freeze(
  Object.fromEntries(Object.entries(RULE_TABLE).map(([ruleId, info]) => [ruleId, info.category])),
);

/** The category of a rule, or undefined for a rule the presets do not enable (e.g. a user's own). */
export function categoryOf(ruleId: string): Category | undefined {
  return Object.hasOwn(RULE_CATEGORIES, ruleId) ? RULE_CATEGORIES[ruleId] : undefined;
}
