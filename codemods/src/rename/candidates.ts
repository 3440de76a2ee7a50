import type { NameKind } from '@upkeep/eslint-plugin/naming';
import { ts } from '../runner/engine.js';
import { holderName, type Constructors } from './constructors.js';
import { symbolKind } from './kinds.js';
import { bindingRoot, ruleKindOf, ruleVariableKind } from './rule-view.js';

/** How a name is reached from elsewhere, which decides the safety checks it needs. */
type CandidateRole = 'local' | 'module' | 'export' | 'import' | 'member';

/** A declared name the codemod may rename. */
export interface Candidate {
  symbol: ts.Symbol;
  file: ts.SourceFile;
  node: ts.Identifier | ts.PrivateIdentifier;
  oldName: string;
  kind: NameKind;
  moduleLevelConst: boolean;
  role: CandidateRole;
  /** the class, interface, enum or object of a member; the module of an export */
  container: ts.Symbol | undefined;
  /**
   * a named function expression's own name, when it equals the property or variable it is
   * assigned to (`res.status = function status() {}`): the function's `.name` follows that name
   */
  holder?: ts.Identifier;
  /**
   * the kind the identifier-naming rule judges this declaration as (see rule-view.ts), or
   * undefined when the rule does not judge it: the file's styles are inferred from these names
   */
  ruleKind?: NameKind;
}

/** Every declared name in a file, once per symbol (the first declaration seen). */
export function collectCandidates(
  file: ts.SourceFile,
  checker: ts.TypeChecker,
  seen: Set<ts.Symbol>,
  constructors: Constructors = new Map(),
  /** the constructor evidence inside this file alone: identifier-naming sees no other */
  fileConstructors: Constructors = constructors,
): Candidate[] {
  const out: Candidate[] = [];
  const add = (
    node: ts.Node | undefined,
    role: CandidateRole,
    forced?: NameKind | { kind: NameKind; moduleLevelConst: boolean },
  ): void => {
    if (!node || !(ts.isIdentifier(node) || ts.isPrivateIdentifier(node))) return;
    // a shorthand `{ f }` names two symbols at once; the export is the property, not the variable
    const symbol =
      role === 'export' && ts.isShorthandPropertyAssignment(node.parent)
        ? checker.getTypeAtLocation(node.parent.parent).getProperty(node.text)
        : checker.getSymbolAtLocation(node);
    if (!symbol || seen.has(symbol)) return;
    seen.add(symbol);
    let { kind, moduleLevelConst } =
      typeof forced === 'string'
        ? { kind: forced, moduleLevelConst: false }
        : (forced ?? kindOf(symbol, checker, constructors));
    // an export is a module-level name: `exports.MAX_SIZE = 5` may keep CONSTANT_CASE
    if (role === 'export' && (kind === 'property' || kind === 'variable' || kind === 'constant'))
      ({ kind, moduleLevelConst } = { kind: 'constant', moduleLevelConst: true });
    const holder = ts.isFunctionExpression(node.parent) ? holderName(node.parent) : undefined;
    // a function is a class for the rule only on evidence in its own file
    const ruleKind = ruleKindOf(
      node,
      (kind === 'class' || kind === 'function') && isFunctionSymbol(symbol)
        ? symbolKind(symbol, checker, fileConstructors).kind
        : kind,
    );
    out.push({
      symbol,
      file,
      node,
      oldName: node.text,
      kind,
      moduleLevelConst,
      role,
      container: containerOf(node, role, checker),
      ...(holder?.text === node.text ? { holder } : {}),
      ...(ruleKind ? { ruleKind } : {}),
    });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) || ts.isBindingElement(node)) {
      add(node.name, isModuleLevel(node) ? 'module' : 'local', variableKind(node));
    } else if (ts.isParameter(node)) {
      if (ts.isIdentifier(node.name) && node.name.text !== 'this') add(node.name, 'local', 'parameter');
    } else if (
      ts.isFunctionDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isEnumDeclaration(node)
    ) {
      add(node.name, isModuleLevel(node) ? 'module' : 'local');
    } else if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name) {
      add(node.name, 'local');
    } else if (ts.isEnumMember(node)) {
      add(node.name, 'member', 'enumMember');
    } else if (
      ts.isMethodDeclaration(node) ||
      ts.isMethodSignature(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    ) {
      add(
        node.name,
        ts.isObjectLiteralExpression(node.parent) && isModuleExportsObject(node.parent) ? 'export' : 'member',
        'method',
      );
    } else if (ts.isPropertyDeclaration(node) || ts.isPropertySignature(node)) {
      // a field holding a function is a method, as identifier-naming judges it
      add(
        node.name,
        'member',
        ts.isPropertyDeclaration(node) && isFunctionValue(node.initializer) ? 'method' : 'property',
      );
    } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      if (isModuleExportsObject(node.parent)) add(node.name, 'export');
      else
        add(
          node.name,
          'member',
          ts.isPropertyAssignment(node) && isFunctionValue(node.initializer) ? 'method' : 'property',
        );
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left)
    ) {
      if (isExportsObject(node.left.expression)) add(node.left.name, 'export');
      else if (node.left.expression.kind === ts.SyntaxKind.ThisKeyword) add(node.left.name, 'member', 'property');
    } else if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node) || ts.isImportEqualsDeclaration(node)) {
      add(node.name, 'import');
    } else if (ts.isImportClause(node)) {
      add(node.name, 'import');
    } else if (ts.isExportSpecifier(node)) {
      add(node.name, 'export');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/**
 * A variable's kind comes from its declaration, as identifier-naming sees it: a parameter's or a
 * catch clause's destructuring is a parameter; `const`, and `var` at the top of a module, a constant.
 */
function variableKind(node: ts.VariableDeclaration | ts.BindingElement): { kind: NameKind; moduleLevelConst: boolean } {
  const root = bindingRoot(node);
  if (ts.isParameter(root)) return { kind: 'parameter', moduleLevelConst: false };
  return ruleVariableKind(root);
}

function kindOf(
  symbol: ts.Symbol,
  checker: ts.TypeChecker,
  constructors: Constructors,
): { kind: NameKind; moduleLevelConst: boolean } {
  // an export's kind is its value's: `module.exports = { make_order: make_order }` names a function
  const declaration = symbol.valueDeclaration;
  if (
    declaration &&
    (ts.isPropertyAssignment(declaration) ||
      ts.isShorthandPropertyAssignment(declaration) ||
      ts.isBinaryExpression(declaration))
  ) {
    const value = ts.isPropertyAssignment(declaration)
      ? declaration.initializer
      : ts.isBinaryExpression(declaration)
        ? declaration.right
        : declaration.name;
    const valueSymbol = ts.isShorthandPropertyAssignment(declaration)
      ? checker.getShorthandAssignmentValueSymbol(declaration)
      : ts.isIdentifier(value)
        ? checker.getSymbolAtLocation(value)
        : undefined;
    if (valueSymbol && valueSymbol !== symbol) return symbolKind(valueSymbol, checker, constructors);
  }
  return symbolKind(symbol, checker, constructors);
}

function containerOf(node: ts.Node, role: CandidateRole, checker: ts.TypeChecker): ts.Symbol | undefined {
  if (role === 'export') return checker.getSymbolAtLocation(node.getSourceFile());
  if (role !== 'member') return undefined;
  let owner: ts.Node = node.parent.parent;
  if (ts.isBinaryExpression(node.parent.parent)) {
    // `this.x = …`: the class (or constructor function) the `this` belongs to
    owner = node.parent;
    while (
      !ts.isSourceFile(owner) &&
      !ts.isClassLike(owner) &&
      !ts.isFunctionDeclaration(owner) &&
      !ts.isFunctionExpression(owner)
    )
      owner = owner.parent;
  }
  // `this.x = …` at the top of a script: `this` is the module or the global object, no container of ours
  if (ts.isSourceFile(owner)) return undefined;
  const named =
    (ts.isClassLike(owner) ||
      ts.isInterfaceDeclaration(owner) ||
      ts.isEnumDeclaration(owner) ||
      ts.isFunctionDeclaration(owner)) &&
    owner.name;
  return (named ? checker.getSymbolAtLocation(named) : undefined) ?? checker.getTypeAtLocation(owner).getSymbol();
}

function isFunctionSymbol(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => ts.isFunctionDeclaration(d) || ts.isFunctionExpression(d));
}

/** `function () {}` or `() => …` (in parentheses or not): the value of a method written as a property. */
function isFunctionValue(node: ts.Expression | undefined): boolean {
  while (node && ts.isParenthesizedExpression(node)) node = node.expression;
  return node !== undefined && (ts.isFunctionExpression(node) || ts.isArrowFunction(node));
}

function isModuleLevel(node: ts.Node): boolean {
  let current: ts.Node = node.parent;
  while (
    ts.isVariableDeclarationList(current) ||
    ts.isVariableStatement(current) ||
    ts.isObjectBindingPattern(current) ||
    ts.isArrayBindingPattern(current) ||
    ts.isBindingElement(current) ||
    ts.isVariableDeclaration(current)
  ) {
    current = current.parent;
  }
  return ts.isSourceFile(current) || ts.isModuleBlock(current);
}

/** `module.exports` or `exports` (CommonJS). */
function isExportsObject(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'exports';
  return (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'module' &&
    node.name.text === 'exports'
  );
}

/** The object literal of `module.exports = { … }`. */
function isModuleExportsObject(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isObjectLiteralExpression(node) &&
    ts.isBinaryExpression(parent) &&
    parent.right === node &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    isExportsObject(parent.left)
  );
}
