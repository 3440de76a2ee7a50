import { ts } from '../runner/engine.js';

/**
 * Whether evaluating `node` can have no effect that matters: deleting it keeps the program's
 * behaviour. Calls, `new`, assignments, `await`, `yield`, `delete`, `++`/`--` and tagged templates
 * may have effects; `require('literal')` counts as an import, which upkeep removes like one.
 */
export function isPure(node: ts.Node): boolean {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node) || ts.isTypeAssertionExpression(node)) {
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
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => !ts.isSpreadElement(element) && isPure(element));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((property) => {
      if (ts.isPropertyAssignment(property)) return isPureName(property.name) && isPure(property.initializer);
      if (ts.isShorthandPropertyAssignment(property)) return true;
      if (ts.isMethodDeclaration(property) || ts.isGetAccessor(property) || ts.isSetAccessor(property)) return isPureName(property.name);
      return false;
    });
  }
  if (ts.isPropertyAccessExpression(node)) return isPure(node.expression);
  if (ts.isElementAccessExpression(node)) return isPure(node.expression) && isPure(node.argumentExpression);
  if (ts.isPrefixUnaryExpression(node)) {
    return node.operator !== ts.SyntaxKind.PlusPlusToken && node.operator !== ts.SyntaxKind.MinusMinusToken && isPure(node.operand);
  }
  if (ts.isTypeOfExpression(node) || ts.isVoidExpression(node)) return isPure(node.expression);
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) return false;
    return isPure(node.left) && isPure(node.right);
  }
  if (ts.isConditionalExpression(node)) return isPure(node.condition) && isPure(node.whenTrue) && isPure(node.whenFalse);
  return false;
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
    const isStatic = ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic && ts.isPropertyDeclaration(member) && member.initializer) return isPure(member.initializer);
    return true;
  });
}

/** Whether a declaration statement (function, class, type, enum) can go without losing an effect. */
export function isPureDeclaration(node: ts.Node): boolean {
  if (ts.isClassDeclaration(node)) return isPureClass(node);
  if (ts.isEnumDeclaration(node)) return node.members.every((member) => !member.initializer || isPure(member.initializer));
  return ts.isFunctionDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
}

/** `require('literal')`. */
export function isRequireCall(node: ts.Node): node is ts.CallExpression {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0]!);
}
