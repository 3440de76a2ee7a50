import type { NameKind } from '@upkeep/eslint-plugin/naming';
import { ts } from '../runner/engine.js';

/**
 * The kind the `identifier-naming` rule judges a declared name as, or undefined when the rule
 * does not judge it — the TypeScript-side mirror of the rule's declaration visitors
 * (`rules/src/rules/identifier-naming/identifier-naming.ts`), so that the styles the codemod
 * infers for a file come from exactly the names the rule infers them from. Exempt, as in the
 * rule: `.d.ts` files and ambient (`declare`) code, private `#names`, shorthand destructuring,
 * declarations initialised by `require('<package>')`, imports from packages and imports that keep
 * the exporter's name, data keys of object literals, interface and type-literal members,
 * `override`/`abstract`/`declare` class members, parameters of signatures without a body,
 * `exports.x =` and `this.x =` targets, and export specifiers.
 *
 * `kind` is the kind the codemod found for the symbol; it is kept for functions (class or function
 * on constructor evidence) and for the names whose kind the rule takes from the declaration alone.
 */
export function ruleKindOf(node: ts.Identifier | ts.PrivateIdentifier, kind: NameKind): NameKind | undefined {
  if (!ts.isIdentifier(node) || node.getSourceFile().isDeclarationFile) return undefined;
  const declaration = node.parent;
  if (isAmbient(declaration)) return undefined;
  if (ts.isVariableDeclaration(declaration) || ts.isBindingElement(declaration)) return bindingKind(declaration);
  if (ts.isParameter(declaration)) return parameterKind(declaration);
  if (ts.isFunctionDeclaration(declaration)) return declaration.body ? kind : undefined;
  if (ts.isFunctionExpression(declaration)) {
    // `{ m: function m() {} }` and `o.m = function m() {}`: the name follows the property's
    if (ts.isPropertyAssignment(declaration.parent) || holdsItsName(declaration)) return undefined;
    return kind;
  }
  if (ts.isClassDeclaration(declaration) || ts.isClassExpression(declaration)) return 'class';
  if (ts.isInterfaceDeclaration(declaration)) return 'interface';
  if (ts.isTypeAliasDeclaration(declaration)) return 'typeAlias';
  if (ts.isEnumDeclaration(declaration)) return 'enum';
  if (ts.isEnumMember(declaration)) return 'enumMember';
  if (
    ts.isMethodDeclaration(declaration) ||
    ts.isGetAccessorDeclaration(declaration) ||
    ts.isSetAccessorDeclaration(declaration)
  )
    return ts.isObjectLiteralExpression(declaration.parent) || judgedMember(declaration) ? 'method' : undefined;
  if (ts.isPropertyDeclaration(declaration)) {
    if (!judgedMember(declaration) || hasModifier(declaration, ts.SyntaxKind.DeclareKeyword)) return undefined;
    if (hasModifier(declaration, ts.SyntaxKind.AccessorKeyword)) return undefined;
    return isFunctionLiteral(declaration.initializer) ? 'method' : 'property';
  }
  if (ts.isPropertyAssignment(declaration))
    return ts.isObjectLiteralExpression(declaration.parent) && isFunctionLiteral(declaration.initializer)
      ? 'method'
      : undefined;
  if (ts.isImportClause(declaration) || ts.isNamespaceImport(declaration))
    return fromProjectModule(declaration) ? 'variable' : undefined;
  if (ts.isImportSpecifier(declaration)) {
    const renamed = declaration.propertyName !== undefined && declaration.propertyName.text !== declaration.name.text;
    return renamed && fromProjectModule(declaration) ? 'variable' : undefined;
  }
  return undefined;
}

/** `const`, or `var` at the top of a module: a constant, which may also be CONSTANT_CASE at the top. */
export function ruleVariableKind(declaration: ts.VariableDeclaration): { kind: NameKind; moduleLevelConst: boolean } {
  if (ts.isCatchClause(declaration.parent)) return { kind: 'parameter', moduleLevelConst: false };
  const list = declaration.parent;
  const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
  const isVar = (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using)) === 0;
  const moduleLevel = (isConst || isVar) && ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent);
  return { kind: isConst || moduleLevel ? 'constant' : 'variable', moduleLevelConst: moduleLevel };
}

/** The declaration a binding belongs to: a variable declaration, or a parameter. */
export function bindingRoot(
  node: ts.VariableDeclaration | ts.BindingElement,
): ts.VariableDeclaration | ts.ParameterDeclaration {
  let current: ts.Node = node;
  while (ts.isBindingElement(current) || ts.isObjectBindingPattern(current) || ts.isArrayBindingPattern(current))
    current = current.parent;
  return current as ts.VariableDeclaration | ts.ParameterDeclaration;
}

function bindingKind(node: ts.VariableDeclaration | ts.BindingElement): NameKind | undefined {
  // `{ user_name }` keeps the outside object's key
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent) && !node.propertyName && !node.dotDotDotToken)
    return undefined;
  const root = bindingRoot(node);
  if (ts.isParameter(root)) return parameterKind(root) === undefined ? undefined : 'parameter';
  if (isRequireOfPackage(root.initializer)) return undefined;
  return ruleVariableKind(root).kind;
}

/** Parameters of a function with a body; a constructor's parameter property is a property. */
function parameterKind(parameter: ts.ParameterDeclaration): NameKind | undefined {
  const fn = parameter.parent;
  const withBody =
    ts.isArrowFunction(fn) ||
    ts.isFunctionExpression(fn) ||
    ((ts.isFunctionDeclaration(fn) ||
      ts.isMethodDeclaration(fn) ||
      ts.isConstructorDeclaration(fn) ||
      ts.isGetAccessorDeclaration(fn) ||
      ts.isSetAccessorDeclaration(fn)) &&
      fn.body !== undefined);
  if (!withBody) return undefined;
  return ts.isParameterPropertyDeclaration(parameter, fn) ? 'property' : 'parameter';
}

/** A class member the rule judges: not `override`, not `abstract` (ESTree gives those other node types). */
function judgedMember(member: ts.ClassElement | ts.ObjectLiteralElement): boolean {
  return (
    ts.isClassLike(member.parent) &&
    !hasModifier(member, ts.SyntaxKind.OverrideKeyword) &&
    !hasModifier(member, ts.SyntaxKind.AbstractKeyword)
  );
}

/** Inside `declare …`, `declare module`, `declare global` or a declaration marked `declare`. */
function isAmbient(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current && !ts.isSourceFile(current); current = current.parent) {
    if (hasModifier(current, ts.SyntaxKind.DeclareKeyword)) return true;
    if (ts.isModuleDeclaration(current) && (current.flags & ts.NodeFlags.GlobalAugmentation) !== 0) return true;
  }
  return false;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

/** `function () {}` or `() => …`, not in parentheses (as the rule's ESTree check sees it). */
function isFunctionLiteral(node: ts.Expression | undefined): boolean {
  return node !== undefined && (ts.isFunctionExpression(node) || ts.isArrowFunction(node));
}

/** `o.m = function m() {}`, `var m = function m() {}`, `{ m: function m() {} }`. */
function holdsItsName(fn: ts.FunctionExpression): boolean {
  const name = fn.name?.text;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === fn && ts.isIdentifier(parent.name))
    return parent.name.text === name;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === fn) {
    if (ts.isIdentifier(parent.left)) return parent.left.text === name;
    if (ts.isPropertyAccessExpression(parent.left)) return parent.left.name.text === name;
  }
  return false;
}

function isPackageSpecifier(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/');
}

function fromProjectModule(node: ts.Node): boolean {
  let current: ts.Node = node;
  while (!ts.isImportDeclaration(current)) {
    if (ts.isSourceFile(current)) return false;
    current = current.parent;
  }
  return ts.isStringLiteral(current.moduleSpecifier) && !isPackageSpecifier(current.moduleSpecifier.text);
}

function isRequireOfPackage(node: ts.Expression | undefined): boolean {
  if (!node || !ts.isCallExpression(node)) return false;
  const [first] = node.arguments;
  return (
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'require' &&
    first !== undefined &&
    ts.isStringLiteral(first) &&
    isPackageSpecifier(first.text)
  );
}
