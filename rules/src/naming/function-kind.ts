/**
 * Whether a `function` is a class: shared by the `identifier-naming` rule (ESTree) and the
 * `rename` codemod (TypeScript's syntax tree), which each collect the evidence from their own
 * tree and decide here, so a score never asks for a class name the codemod would not give.
 *
 * A function is class-like only on evidence that the program uses it as a constructor. TypeScript
 * itself marks every JavaScript function that assigns `this.x` as a class; that is not evidence:
 * `res.status = function status(code) { this.statusCode = code; return this; }` is a method.
 */

/** Evidence that a function is used as a constructor. */
export type ConstructorEvidence =
  /** `new F(…)` */
  | 'new'
  /** `F.prototype`, read or assigned (`F.prototype.m = …`, `Object.create(F.prototype)`, `Object.setPrototypeOf(x, F.prototype)`) */
  | 'prototype'
  /** an argument of `util.inherits(Child, Parent)` (or `inherits(…)`) */
  | 'inherits'
  /** `class X extends F` */
  | 'extends'
  /** a JSDoc `@constructor` or `@class` tag on the function */
  | 'jsdoc';

/** Calls whose arguments are both constructors: `util.inherits(Child, Parent)`, `inherits(Child, Parent)`. */
const INHERITS_CALLEES: ReadonlySet<string> = new Set(['inherits', 'util.inherits', 'require("util").inherits']);

/** Whether a call's callee (its source text, e.g. `util.inherits`) makes its two first arguments constructors. */
export function isInheritsCall(callee: string): boolean {
  return INHERITS_CALLEES.has(callee.replace(/\s+/g, '').replace(/'/g, '"'));
}

/** Whether a JSDoc tag name (without `@`) declares a constructor: `@constructor`, `@class`. */
export function isConstructorTag(tag: string): boolean {
  return tag === 'constructor' || tag === 'class';
}

/** The kind of name a function declaration or expression has: `class` on any evidence, else `function`. */
export function functionNameKind(evidence: Iterable<ConstructorEvidence>): 'class' | 'function' {
  for (const _ of evidence) return 'class';
  return 'function';
}
