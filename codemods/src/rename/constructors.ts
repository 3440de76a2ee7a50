import { isConstructorTag, isInheritsCall, type ConstructorEvidence } from '@upkeep/eslint-plugin/naming';
import { ts } from '../runner/engine.js';

/**
 * The functions of the project that are used as constructors, by the evidence the naming
 * convention accepts (see `functionNameKind` in `@upkeep/eslint-plugin/naming`): `new F`,
 * `F.prototype`, `util.inherits(F, G)`, `class X extends F`, a JSDoc `@constructor`/`@class`.
 * TypeScript's own class flag on JavaScript functions that assign `this.x` is not evidence.
 *
 * Returns the function symbols (a function declaration's, or a named function expression's own)
 * and the symbols through which such a function is reached (`var F = function () {}`,
 * `obj.F = function F() {}`). One walk of the given files.
 */
export type Constructors = Map<ts.Symbol, Set<ConstructorEvidence>>;

export function findConstructors(files: readonly ts.SourceFile[], checker: ts.TypeChecker): Constructors {
  const found: Constructors = new Map();
  const note = (expression: ts.Expression | undefined, evidence: ConstructorEvidence): void => {
    if (!expression) return;
    let inner = expression;
    while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
    if (!ts.isIdentifier(inner) && !ts.isPropertyAccessExpression(inner)) return;
    const symbol = checker.getSymbolAtLocation(inner);
    if (symbol) addWithValue(symbol, evidence, found, checker);
  };
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node)) note(node.expression, 'new');
      else if (ts.isPropertyAccessExpression(node) && node.name.text === 'prototype')
        note(node.expression, 'prototype');
      else if (ts.isCallExpression(node) && isInheritsCall(node.expression.getText(file))) {
        note(node.arguments[0], 'inherits');
        note(node.arguments[1], 'inherits');
      } else if (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ExtendsKeyword) {
        for (const type of node.types) note(type.expression, 'extends');
      } else if (
        (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) &&
        jsDocTagsOf(node).some((tag) => isConstructorTag(tag.tagName.text))
      ) {
        const symbol = node.name ? checker.getSymbolAtLocation(node.name) : undefined;
        if (symbol) add(found, symbol, 'jsdoc');
        const holder = ts.isFunctionExpression(node) ? holderName(node) : undefined;
        const held = holder && checker.getSymbolAtLocation(holder);
        if (held) addWithValue(held, 'jsdoc', found, checker);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** The symbol, its alias target, and the function it holds (`var F = function () {}`, `o.F = function F() {}`). */
function addWithValue(
  symbol: ts.Symbol,
  evidence: ConstructorEvidence,
  found: Constructors,
  checker: ts.TypeChecker,
): void {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  for (const s of new Set([symbol, target])) {
    add(found, s, evidence);
    for (const declaration of s.declarations ?? []) {
      const value = heldFunction(declaration);
      if (value?.name) {
        const own = checker.getSymbolAtLocation(value.name);
        if (own) add(found, own, evidence);
      }
    }
  }
}

function add(found: Constructors, symbol: ts.Symbol, evidence: ConstructorEvidence): void {
  const known = found.get(symbol);
  if (known) known.add(evidence);
  else found.set(symbol, new Set([evidence]));
}

/** The function expression a declaration holds: `var F = function …`, `o.F = function …`, `{ F: function … }`. */
export function heldFunction(declaration: ts.Node): ts.FunctionExpression | undefined {
  let value: ts.Node | undefined;
  if (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration)) value = declaration.initializer;
  else if (ts.isBinaryExpression(declaration)) value = declaration.right;
  else if (ts.isPropertyAccessExpression(declaration) && ts.isBinaryExpression(declaration.parent))
    value = declaration.parent.right;
  while (value && ts.isParenthesizedExpression(value)) value = value.expression;
  return value && ts.isFunctionExpression(value) ? value : undefined;
}

/**
 * The name a function expression is assigned to: the property of `o.m = function …` or
 * `{ m: function … }`, the variable of `var m = function …`, the export of `exports.m = function …`.
 */
export function holderName(fn: ts.FunctionExpression): ts.Identifier | undefined {
  let node: ts.Node = fn;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name))
    return parent.name;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node && ts.isIdentifier(parent.name))
    return parent.name;
  if (
    ts.isBinaryExpression(parent) &&
    parent.right === node &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
  ) {
    if (ts.isPropertyAccessExpression(parent.left) && ts.isIdentifier(parent.left.name)) return parent.left.name;
    if (ts.isIdentifier(parent.left)) return parent.left;
  }
  return undefined;
}

/** JSDoc tags of a function, including those written on the statement that holds it (`/** @constructor *\/ var F = function () {}`). */
function jsDocTagsOf(node: ts.FunctionDeclaration | ts.FunctionExpression): readonly ts.JSDocTag[] {
  return ts.getJSDocTags(node);
}
