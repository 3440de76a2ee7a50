import { ts } from '../runner/engine.js';

/**
 * Whether evaluating `node` can have no effect that matters: deleting it keeps the program's
 * behaviour. Calls, `new`, assignments, `await`, `yield`, `delete`, `++`/`--` and tagged templates
 * may have effects; `require('literal')` counts as an import, which upkeep removes like one.
 */
export function isPure(node: ts.Node): boolean {
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  ) {
    return isPure(node.expression);
  }
  if (ts.isLiteralExpression(node) || ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return true;
  switch (node.kind) {
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.ThisKeyword:
    case ts.SyntaxKind.SuperKeyword:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.OmittedExpression:
      return true;
  }
  if (isRequireCall(node)) return true;
  if (ts.isClassExpression(node)) return isPureClass(node);
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((span) => isPure(span.expression));
  if (ts.isArrayLiteralExpression(node))
    return node.elements.every((element) => !ts.isSpreadElement(element) && isPure(element));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((property) => {
      if (ts.isPropertyAssignment(property)) return isPureName(property.name) && isPure(property.initializer);
      if (ts.isShorthandPropertyAssignment(property)) return true;
      if (ts.isMethodDeclaration(property) || ts.isGetAccessor(property) || ts.isSetAccessor(property))
        return isPureName(property.name);
      return false;
    });
  }
  // a property read runs a getter (`el.offsetWidth` forces a reflow) or throws (`config.db.host`
  // without `db`): pure only on a value known to have neither
  if (ts.isPropertyAccessExpression(node)) return isPureObject(node.expression);
  if (ts.isElementAccessExpression(node)) return isPureObject(node.expression) && isPure(node.argumentExpression);
  if (ts.isPrefixUnaryExpression(node)) {
    return (
      node.operator !== ts.SyntaxKind.PlusPlusToken &&
      node.operator !== ts.SyntaxKind.MinusMinusToken &&
      isPure(node.operand)
    );
  }
  if (ts.isTypeOfExpression(node) || ts.isVoidExpression(node)) return isPure(node.expression);
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) return false;
    return isPure(node.left) && isPure(node.right);
  }
  if (ts.isConditionalExpression(node))
    return isPure(node.condition) && isPure(node.whenTrue) && isPure(node.whenFalse);
  return false;
}

/** Built-in namespaces and constructors whose properties are plain data or functions (`Math.max`, `Array.prototype.slice`). */
const PURE_GLOBALS = new Set([
  'Math',
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'JSON',
  'Symbol',
  'Reflect',
  'Promise',
  'Date',
  'RegExp',
  'Error',
  'TypeError',
  'RangeError',
  'Function',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Intl',
  'BigInt',
  'ArrayBuffer',
  'Buffer',
  'module',
  'exports',
]);

/**
 * Whether reading a property of this value has no effect and cannot throw: built-in namespaces and
 * their prototypes, a module (`require('x').y`, `import * as ns`), `process.env`, `import.meta`, a
 * local object or array literal without getters, a local function, class or enum.
 */
function isPureObject(node: ts.Expression): boolean {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node)
  )
    node = node.expression;
  if (isRequireCall(node)) return true;
  if (ts.isMetaProperty(node)) return true;
  if (ts.isObjectLiteralExpression(node)) return isPure(node);
  if (ts.isArrayLiteralExpression(node) || ts.isStringLiteralLike(node)) return isPure(node);
  if (ts.isPropertyAccessExpression(node)) {
    const text = node.getText();
    if (text === 'process.env' || /^import\.meta\./.test(text)) return true;
    return isPureObject(node.expression) && (node.name.text === 'prototype' || isBuiltinChain(node));
  }
  if (ts.isIdentifier(node)) return PURE_GLOBALS.has(node.text) ? !isShadowed(node) : isPureLocal(node);
  return false;
}

/** `Math.max`, `Array.prototype.slice`, `require('x').a.b`: a chain starting at a built-in or a module. */
function isBuiltinChain(node: ts.PropertyAccessExpression): boolean {
  let current: ts.Expression = node;
  while (ts.isPropertyAccessExpression(current)) current = current.expression;
  return (ts.isIdentifier(current) && PURE_GLOBALS.has(current.text)) || isRequireCall(current);
}

function isShadowed(name: ts.Identifier): boolean {
  return declarationOf(name) !== undefined;
}

function isPureLocal(name: ts.Identifier): boolean {
  const declaration = declarationOf(name);
  if (!declaration) return false;
  if (ts.isNamespaceImport(declaration)) return true;
  if (ts.isFunctionDeclaration(declaration) || ts.isEnumDeclaration(declaration)) return true;
  if (ts.isVariableDeclaration(declaration)) {
    const constant = (declaration.parent.flags & ts.NodeFlags.Const) !== 0;
    const init = declaration.initializer;
    if (!init) return false;
    if (isRequireCall(init)) return true;
    return (
      constant &&
      (ts.isObjectLiteralExpression(init) ||
        ts.isArrayLiteralExpression(init) ||
        ts.isFunctionExpression(init) ||
        ts.isArrowFunction(init)) &&
      isPure(init) &&
      !hasAccessors(init)
    );
  }
  return false;
}

function hasAccessors(node: ts.Expression): boolean {
  return ts.isObjectLiteralExpression(node) && node.properties.some((p) => ts.isGetAccessor(p) || ts.isSetAccessor(p));
}

/**
 * The declaration a name refers to, found by walking up the scopes of its file: a parameter or a
 * catch binding hides an outer declaration; several declarations of one name in a scope give none.
 */
function declarationOf(name: ts.Identifier): ts.Node | undefined {
  const file = name.getSourceFile();
  for (let scope: ts.Node | undefined = name.parent; scope; scope = scope.parent) {
    const parameter = ts.isFunctionLike(scope)
      ? scope.parameters.find((p) => p.name.getText(file) === name.text)
      : undefined;
    if (parameter) return parameter;
    if (ts.isCatchClause(scope) && scope.variableDeclaration?.name.getText(file) === name.text)
      return scope.variableDeclaration;
    if (!ts.isFunctionLike(scope) && !ts.isSourceFile(scope) && !ts.isBlock(scope)) continue;
    const found: ts.Node[] = [];
    const statements = ts.isSourceFile(scope) || ts.isBlock(scope) ? scope.statements : undefined;
    const visit = (node: ts.Node): void => {
      if (
        (ts.isVariableDeclaration(node) ||
          ts.isFunctionDeclaration(node) ||
          ts.isEnumDeclaration(node) ||
          ts.isClassDeclaration(node)) &&
        node.name &&
        ts.isIdentifier(node.name) &&
        node.name.text === name.text
      )
        found.push(node);
      if (ts.isImportDeclaration(node)) {
        const clause = node.importClause;
        if (clause?.name?.text === name.text) found.push(clause);
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name.text) found.push(bindings);
        if (bindings && ts.isNamedImports(bindings))
          for (const element of bindings.elements) if (element.name.text === name.text) found.push(element);
      }
      if (!ts.isFunctionLike(node) && !ts.isBlock(node)) ts.forEachChild(node, visit);
    };
    statements?.forEach(visit);
    // declared twice (var and function, two vars): unknown, so not known to be pure
    if (found.length > 0) return found.length === 1 ? found[0] : name;
  }
  return undefined;
}

function isPureName(name: ts.PropertyName): boolean {
  return !ts.isComputedPropertyName(name) || isPure(name.expression);
}

function isPureClass(node: ts.ClassLikeDeclaration): boolean {
  if (ts.canHaveDecorators(node) && ts.getDecorators(node)?.length) return false;
  if (node.heritageClauses?.some((clause) => clause.types.some((type) => !isPure(type.expression)))) return false;
  return node.members.every((member) => {
    if (ts.isClassStaticBlockDeclaration(member)) return false;
    if (ts.canHaveDecorators(member) && ts.getDecorators(member)?.length) return false;
    if (member.name && !isPureName(member.name)) return false;
    const isStatic =
      ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic && ts.isPropertyDeclaration(member) && member.initializer) return isPure(member.initializer);
    return true;
  });
}

/** Whether a declaration statement (function, class, type, enum) can go without losing an effect. */
export function isPureDeclaration(node: ts.Node): boolean {
  if (ts.isClassDeclaration(node)) return isPureClass(node);
  if (ts.isEnumDeclaration(node))
    return node.members.every((member) => !member.initializer || isPure(member.initializer));
  return ts.isFunctionDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
}

/** `require('literal')`. */
export function isRequireCall(node: ts.Node): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'require' &&
    node.arguments.length === 1 &&
    ts.isStringLiteralLike(node.arguments[0]!)
  );
}
