/**
 * The pylint category of every rule the presets enable: the one table the scorer reads to weigh a
 * message (E counts five times in the default evaluation). E is reserved for probable bugs: code
 * that throws, or cannot do what it appears to do. W is suspicious code that is sometimes meant,
 * R is design that asks for a refactoring, C is a coding convention. Each line names the pylint
 * message it stands for where pylint has one, or says why the category was chosen.
 */
import type { Category } from '@upkeep/core';

export const RULE_CATEGORIES: Readonly<Record<string, Category>> = Object.freeze({
  // ESLint's recommended rules (@eslint/js).
  'constructor-super': 'E', // a derived constructor without super() throws a ReferenceError
  'for-direction': 'E', // the counter moves away from the bound: the loop never ends or never runs
  'getter-return': 'E', // a getter that returns nothing yields undefined to every caller
  'no-async-promise-executor': 'W', // errors thrown in an async executor are lost, not rejected
  'no-case-declarations': 'W', // a let/const in a case is shared by every case of the switch
  'no-class-assign': 'E', // pylint E0102 function-redefined: the class binding is overwritten
  'no-compare-neg-zero': 'W', // x === -0 is also true for +0; Object.is is what was meant
  'no-cond-assign': 'W', // an assignment where a comparison is expected, often a typo
  'no-const-assign': 'E', // assigning a const throws a TypeError
  'no-constant-binary-expression': 'E', // the result never depends on the operand (e.g. `a + b ?? c`)
  'no-constant-condition': 'W', // pylint W0125 using-constant-test
  'no-control-regex': 'W', // control characters in a regex are rarely intended
  'no-debugger': 'W', // pylint W1515 forgotten-debug-statement
  'no-delete-var': 'E', // deleting a variable is a SyntaxError in strict code and a no-op otherwise
  'no-dupe-args': 'E', // pylint E0108 duplicate-argument-name
  'no-dupe-class-members': 'E', // pylint E0102 function-redefined: the first member is silently lost
  'no-dupe-else-if': 'E', // the repeated condition makes its branch unreachable
  'no-dupe-keys': 'E', // pylint W0109 duplicate-key; E because the first value is silently lost
  'no-duplicate-case': 'E', // the repeated case can never be reached
  'no-empty': 'W', // an empty block, often a swallowed error; nearest is pylint W0107 unnecessary-pass
  'no-empty-character-class': 'E', // `[]` in a regex matches nothing, so the regex never matches
  'no-empty-pattern': 'W', // `const {} = x` destructures nothing, usually a misplaced default
  'no-empty-static-block': 'W', // like no-empty, for class static blocks
  'no-ex-assign': 'W', // overwriting the caught error loses it
  'no-extra-boolean-cast': 'C', // pylint C0113 unneeded-not: `!!x` where a boolean is already expected
  'no-fallthrough': 'W', // a case that runs into the next one without saying so
  'no-func-assign': 'E', // pylint E0102 function-redefined
  'no-global-assign': 'W', // pylint W0622 redefined-builtin
  'no-import-assign': 'E', // imported bindings are read-only: assigning throws a TypeError
  'no-invalid-regexp': 'E', // the RegExp constructor throws a SyntaxError
  'no-irregular-whitespace': 'W', // pylint E2515 invalid-character-zero-width-space; W since JS reads it as a space
  'no-loss-of-precision': 'E', // the literal is not the number it appears to be
  'no-misleading-character-class': 'E', // the class does not match the characters it shows
  'no-new-native-nonconstructor': 'E', // `new Symbol()` and `new BigInt()` throw a TypeError
  'no-nonoctal-decimal-escape': 'W', // "\8" and "\9" are deprecated escapes that mean "8" and "9"
  'no-obj-calls': 'E', // pylint E1102 not-callable: `Math()` throws a TypeError
  'no-octal': 'W', // legacy octal literals (010 is 8) are a SyntaxError in strict code
  'no-prototype-builtins': 'W', // obj.hasOwnProperty() fails on null-prototype objects
  'no-redeclare': 'W', // pylint E0102 function-redefined for functions; W since `var` redeclaration is mostly harmless
  'no-regex-spaces': 'C', // several spaces in a regex are hard to count; use a quantifier
  'no-self-assign': 'W', // pylint W0127 self-assigning-variable
  'no-setter-return': 'W', // the value a setter returns is ignored
  'no-shadow-restricted-names': 'W', // pylint W0622 redefined-builtin (undefined, NaN, eval...)
  'no-sparse-arrays': 'W', // `[1,,2]` has a hole, usually a stray comma
  'no-this-before-super': 'E', // `this` before super() throws a ReferenceError
  'no-unassigned-vars': 'E', // pylint E0601 used-before-assignment: the variable is always undefined
  'no-undef': 'E', // pylint E0602 undefined-variable
  'no-unexpected-multiline': 'E', // automatic semicolon insertion joins two lines into one expression
  'no-unreachable': 'W', // pylint W0101 unreachable
  'no-unsafe-finally': 'W', // pylint W0150 lost-exception
  'no-unsafe-negation': 'E', // `!a in b` negates a, not the test
  'no-unsafe-optional-chaining': 'E', // `(a?.b)()` throws a TypeError when a is nullish
  'no-unused-labels': 'W', // pylint W0612 unused-variable, for labels
  'no-unused-private-class-members': 'W', // pylint W0238 unused-private-member
  'no-unused-vars': 'W', // pylint W0612 unused-variable, W0611 unused-import, W0613 unused-argument
  'no-useless-assignment': 'W', // a value that is overwritten before it is read: dead code
  'no-useless-backreference': 'W', // the backreference always matches the empty string
  'no-useless-catch': 'W', // pylint W0706 try-except-raise
  'no-useless-escape': 'C', // a backslash that changes nothing
  'no-with': 'W', // `with` makes names ambiguous and is forbidden in strict code
  'preserve-caught-error': 'W', // pylint W0707 raise-missing-from
  'require-yield': 'W', // a generator that never yields
  'use-isnan': 'E', // pylint W0177 nan-comparison; E because the comparison is always false
  'valid-typeof': 'E', // typeof never returns that string, so the comparison is always false

  // Design rules, with pylint's thresholds where pylint has one.
  complexity: 'R', // pylint R1260 too-complex (mccabe extension, max-complexity 10)
  'max-depth': 'R', // pylint R1702 too-many-nested-blocks (max 5)
  'max-params': 'R', // pylint R0913 too-many-arguments (max 5)
  'max-statements': 'R', // pylint R0915 too-many-statements (max 50)
  'max-lines': 'C', // pylint C0302 too-many-lines (max 1000)
  'max-nested-callbacks': 'R', // callback nesting deeper than 5; pylint's nearest is R1702 too-many-nested-blocks
  'no-else-return': 'R', // pylint R1705 no-else-return (else-if included, as pylint's elif)
  'no-lonely-if': 'R', // pylint R5501 else-if-used
  'no-unneeded-ternary': 'R', // pylint R1719 simplifiable-if-expression
  'consistent-return': 'R', // pylint R1710 inconsistent-return-statements
  'no-useless-return': 'R', // pylint R1711 useless-return
  'no-self-compare': 'R', // pylint R0124 comparison-with-itself
  'no-nested-ternary': 'R', // a ternary inside a ternary is a branch table in disguise
  'no-param-reassign': 'R', // pylint R1704 redefined-argument-from-local
  'no-array-constructor': 'R', // pylint R1734 use-list-literal

  // Legacy idioms that are bugs waiting to happen.
  eqeqeq: 'W', // `==` coerces types; `x == null` stays allowed as the idiom for null or undefined
  'no-eval': 'W', // pylint W0123 eval-used
  'no-implied-eval': 'W', // pylint W0123 eval-used: setTimeout with a string
  'no-new-func': 'W', // pylint W0123 eval-used: new Function(string)
  'no-caller': 'W', // arguments.callee is forbidden in strict code and defeats optimisation
  'no-shadow': 'W', // pylint W0621 redefined-outer-name
  'no-throw-literal': 'W', // pylint E0702 raising-bad-type; W because JS allows it but the stack is lost
  'no-unused-expressions': 'W', // pylint W0104 pointless-statement, W0106 expression-not-assigned
  'no-loop-func': 'W', // pylint W0640 cell-var-from-loop
  'no-duplicate-imports': 'W', // pylint W0404 reimported
  'default-case': 'C', // a switch without default says nothing about the values it does not handle

  // Conventions of modern JavaScript.
  'id-match': 'C', // pylint C0103 invalid-name (names that follow no convention, where declared)
  'no-var': 'C', // let/const are block-scoped; var is the legacy form
  'prefer-const': 'C', // a binding that is never reassigned should say so
  'prefer-rest-params': 'C', // `...args` instead of `arguments`
  'prefer-spread': 'C', // `f(...args)` instead of `f.apply(null, args)`

  // typescript-eslint's recommended rules (no type information needed).
  '@typescript-eslint/ban-ts-comment': 'W', // silences the type checker; pylint's nearest is I0011 locally-disabled
  '@typescript-eslint/no-array-constructor': 'R', // pylint R1734 use-list-literal
  '@typescript-eslint/no-duplicate-enum-values': 'E', // two members with one value are indistinguishable
  '@typescript-eslint/no-empty-object-type': 'W', // `{}` accepts any non-nullish value, not "an empty object"
  '@typescript-eslint/no-explicit-any': 'C', // `any` opts out of type checking
  '@typescript-eslint/no-extra-non-null-assertion': 'C', // `a!!` asserts twice
  '@typescript-eslint/no-misused-new': 'E', // a `new` or `constructor` in an interface cannot be implemented as written
  '@typescript-eslint/no-namespace': 'C', // ES modules replace TypeScript namespaces
  '@typescript-eslint/no-non-null-asserted-optional-chain': 'E', // `a?.b!` asserts what the chain says may be undefined
  '@typescript-eslint/no-require-imports': 'C', // `import` instead of `require()` in TypeScript
  '@typescript-eslint/no-this-alias': 'C', // `const self = this` instead of an arrow function
  '@typescript-eslint/no-unnecessary-type-constraint': 'C', // `T extends unknown` constrains nothing
  '@typescript-eslint/no-unsafe-declaration-merging': 'W', // a class merged with an interface skips initialisation checks
  '@typescript-eslint/no-unsafe-function-type': 'W', // `Function` accepts any callable with any arguments
  '@typescript-eslint/no-unused-expressions': 'W', // pylint W0104 pointless-statement, W0106 expression-not-assigned
  '@typescript-eslint/no-unused-vars': 'W', // pylint W0612 unused-variable, W0611 unused-import, W0613 unused-argument
  '@typescript-eslint/no-wrapper-object-types': 'C', // `String` instead of `string`
  '@typescript-eslint/prefer-as-const': 'C', // `as const` instead of repeating a literal type
  '@typescript-eslint/prefer-namespace-keyword': 'C', // `namespace` instead of the legacy `module` keyword
  '@typescript-eslint/triple-slash-reference': 'C', // `import` instead of `/// <reference>`
  '@typescript-eslint/no-shadow': 'W', // pylint W0621 redefined-outer-name

  // typescript-eslint's type-aware rules (typed preset only).
  '@typescript-eslint/await-thenable': 'W', // awaiting a value that is not a promise
  '@typescript-eslint/no-array-delete': 'W', // `delete arr[i]` leaves a hole instead of removing the element
  '@typescript-eslint/no-base-to-string': 'W', // the string is "[object Object]"
  '@typescript-eslint/no-duplicate-type-constituents': 'C', // `A | A` repeats itself
  '@typescript-eslint/no-floating-promises': 'W', // a promise nobody awaits: its rejection goes unhandled
  '@typescript-eslint/no-for-in-array': 'W', // for-in over an array yields string keys, not elements
  '@typescript-eslint/no-implied-eval': 'W', // pylint W0123 eval-used
  '@typescript-eslint/no-misused-promises': 'E', // a promise where a boolean or a void callback is expected is always truthy
  '@typescript-eslint/no-redundant-type-constituents': 'C', // `string | 'a'` is just string
  '@typescript-eslint/no-unnecessary-type-assertion': 'C', // the assertion does not change the type
  '@typescript-eslint/no-unsafe-argument': 'C', // an `any` argument escapes type checking
  '@typescript-eslint/no-unsafe-assignment': 'C', // an `any` value escapes type checking
  '@typescript-eslint/no-unsafe-call': 'C', // calling an `any` value escapes type checking
  '@typescript-eslint/no-unsafe-enum-comparison': 'W', // comparing an enum with a raw value bypasses the enum
  '@typescript-eslint/no-unsafe-member-access': 'C', // reading a member of `any` escapes type checking
  '@typescript-eslint/no-unsafe-return': 'C', // returning `any` escapes type checking
  '@typescript-eslint/no-unsafe-unary-minus': 'W', // `-x` on a non-number yields NaN
  '@typescript-eslint/only-throw-error': 'W', // pylint E0702 raising-bad-type; W because JS allows it but the stack is lost
  '@typescript-eslint/prefer-promise-reject-errors': 'W', // pylint E0702 raising-bad-type, for rejections
  '@typescript-eslint/require-await': 'R', // an async function with nothing to await need not be async
  '@typescript-eslint/restrict-plus-operands': 'W', // `+` on mixed types concatenates where addition was meant
  '@typescript-eslint/restrict-template-expressions': 'W', // an object in a template literal prints "[object Object]"
  '@typescript-eslint/unbound-method': 'W', // a method passed without its object loses `this`
  '@typescript-eslint/no-unnecessary-condition': 'W', // pylint W0125 using-constant-test, decided by the types
  '@typescript-eslint/switch-exhaustiveness-check': 'W', // a union member the switch does not handle
  '@typescript-eslint/consistent-return': 'R', // pylint R1710 inconsistent-return-statements, aware of void
});

/** The category of a rule, or undefined for a rule the presets do not enable (e.g. a user's own). */
export function categoryOf(ruleId: string): Category | undefined {
  return Object.hasOwn(RULE_CATEGORIES, ruleId) ? RULE_CATEGORIES[ruleId] : undefined;
}
