// What one file imports and exports, read from its syntax (ES modules and CommonJS alike).
import { ts } from '../runner/engine.js';
import { collectLoads, isModuleSpecifier, type Load } from './loads.js';

/** Names used from a module: a set, or every export (namespace passed around, `export *`…). */
export type UsedNames = Set<string> | 'all';

interface ImportEdge {
  specifier: string;
  node: ts.StringLiteralLike;
  names: UsedNames;
}

interface ReexportEdge {
  specifier: string;
  node: ts.StringLiteralLike;
  /** exported name here → name in the target; undefined for `export *` */
  names: Map<string, string> | undefined;
}

export interface ExportItem {
  name: string;
  /** the node to edit: a declaration statement, an export specifier, an object property, an `exports.x =` statement */
  node: ts.Node;
  form: 'declaration' | 'specifier' | 'default' | 'cjs-property' | 'cjs-assignment' | 'reexport';
  line: number;
  column: number;
}

interface DynamicLoad {
  argument: ts.Expression;
  line: number;
}

export interface ModuleInfo {
  imports: ImportEdge[];
  reexports: ReexportEdge[];
  exports: ExportItem[];
  dynamic: DynamicLoad[];
  /** code loaded without an import: workers, child processes, `new URL`, `__dirname` paths, globs, `readdirSync` */
  loads: Load[];
  /** string literals that could name a file (not module specifiers), for "is the file named anywhere" */
  strings: string[];
  /** `module.exports = <not an object literal>` or `export =`: its parts cannot be told apart */
  opaque: boolean;
}

const infos = new WeakMap<ts.SourceFile, ModuleInfo>();

/** The module info of a file; a file the language service did not re-parse keeps its SourceFile, and so its info. */
export function readModuleInfo(file: ts.SourceFile): ModuleInfo {
  const known = infos.get(file);
  if (known) return known;
  const info = readModuleInfoOf(file);
  infos.set(file, info);
  return info;
}

function readModuleInfoOf(file: ts.SourceFile): ModuleInfo {
  const info: ModuleInfo = {
    imports: [],
    reexports: [],
    exports: [],
    dynamic: [],
    loads: [],
    strings: [],
    opaque: false,
  };
  const position = (node: ts.Node): { line: number; column: number } => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return { line: line + 1, column: character + 1 };
  };
  const addExport = (name: string, node: ts.Node, form: ExportItem['form'], at: ts.Node = node): void => {
    info.exports.push({ name, node, form, ...position(at) });
  };
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteralLike(statement.moduleSpecifier)) {
      info.imports.push({
        specifier: statement.moduleSpecifier.text,
        node: statement.moduleSpecifier,
        names: importedNames(statement, file),
      });
    } else if (
      ts.isImportEqualsDeclaration(statement) &&
      ts.isExternalModuleReference(statement.moduleReference) &&
      ts.isStringLiteralLike(statement.moduleReference.expression)
    ) {
      info.imports.push({
        specifier: statement.moduleReference.expression.text,
        node: statement.moduleReference.expression,
        names: usesOf(statement.name, file),
      });
    } else if (ts.isExportDeclaration(statement)) {
      readExportDeclaration(statement, info, addExport);
    } else if (ts.isExportAssignment(statement)) {
      if (statement.isExportEquals) info.opaque = true;
      else addExport('default', statement, 'default');
    } else if (hasExportModifier(statement)) {
      const isDefault = ts
        .getModifiers(statement as ts.HasModifiers)
        ?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          for (const name of bindingNames(declaration.name)) addExport(name.text, statement, 'declaration', name);
        }
      } else {
        const name = (statement as ts.DeclarationStatement).name;
        if (isDefault) addExport('default', statement, 'declaration', name ?? statement);
        else if (name && ts.isIdentifier(name)) addExport(name.text, statement, 'declaration', name);
      }
    } else if (ts.isExpressionStatement(statement)) {
      readCommonJsExport(statement, info, addExport);
    }
  }
  collectCalls(file, info);
  return info;
}

function hasExportModifier(node: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false)
  );
}

function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

function importedNames(statement: ts.ImportDeclaration, file: ts.SourceFile): UsedNames {
  const clause = statement.importClause;
  const names = new Set<string>();
  if (!clause) return names;
  if (clause.name) {
    // a default import of a CommonJS module reads its properties
    const uses = usesOf(clause.name, file);
    names.add('default');
    if (uses === 'all') return 'all';
    for (const use of uses) names.add(use);
  }
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    const uses = usesOf(bindings.name, file);
    if (uses === 'all') return 'all';
    for (const use of uses) names.add(use);
  } else if (bindings) {
    for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
  }
  return names;
}

function readExportDeclaration(
  statement: ts.ExportDeclaration,
  info: ModuleInfo,
  addExport: (name: string, node: ts.Node, form: ExportItem['form']) => void,
): void {
  const specifier =
    statement.moduleSpecifier && ts.isStringLiteralLike(statement.moduleSpecifier)
      ? statement.moduleSpecifier
      : undefined;
  const clause = statement.exportClause;
  if (specifier) {
    if (!clause) {
      info.reexports.push({ specifier: specifier.text, node: specifier, names: undefined });
    } else if (ts.isNamespaceExport(clause)) {
      addExport(clause.name.text, statement, 'reexport');
      info.reexports.push({ specifier: specifier.text, node: specifier, names: new Map([[clause.name.text, '*']]) });
    } else {
      const names = new Map<string, string>();
      for (const element of clause.elements) {
        names.set(element.name.text, (element.propertyName ?? element.name).text);
        addExport(element.name.text, element, 'reexport');
      }
      info.reexports.push({ specifier: specifier.text, node: specifier, names });
    }
  } else if (clause && ts.isNamedExports(clause)) {
    for (const element of clause.elements) addExport(element.name.text, element, 'specifier');
  }
}

/** `module.exports = { a, b: c }`, `module.exports = x`, `exports.a = …`, `module.exports.a = …`. */
function readCommonJsExport(
  statement: ts.ExpressionStatement,
  info: ModuleInfo,
  addExport: (name: string, node: ts.Node, form: ExportItem['form']) => void,
): void {
  const expression = statement.expression;
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
  const target = expression.left;
  if (isModuleExports(target)) {
    const value = expression.right;
    if (ts.isObjectLiteralExpression(value)) {
      for (const property of value.properties) {
        const name =
          property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
            ? property.name.text
            : undefined;
        if (name && !ts.isSpreadAssignment(property)) addExport(name, property, 'cjs-property');
        else info.opaque = true;
      }
    } else info.opaque = true;
  } else if (
    ts.isPropertyAccessExpression(target) &&
    (isModuleExports(target.expression) || (ts.isIdentifier(target.expression) && target.expression.text === 'exports'))
  ) {
    addExport(target.name.text, statement, 'cjs-assignment');
  }
}

function isModuleExports(node: ts.Node): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'module' &&
    node.name.text === 'exports'
  );
}

/** require() and import() calls anywhere in the file, and `import('x').T` types. */
function collectCalls(file: ts.SourceFile, info: ModuleInfo): void {
  const visit = (node: ts.Node): void => {
    const before = info.loads.length;
    if (collectLoads(file, node, info.loads) && info.loads[before]?.how === 'path') return;
    if (
      ts.isStringLiteralLike(node) &&
      node.text.length > 0 &&
      node.text.length < 200 &&
      /^[\w@./{},*-]+$/.test(node.text) &&
      !isModuleSpecifier(node)
    )
      info.strings.push(node.text);
    if (ts.isCallExpression(node) && node.arguments.length >= 1) {
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isResolve =
        ts.isPropertyAccessExpression(node.expression) && node.expression.getText(file) === 'require.resolve';
      const argument = node.arguments[0]!;
      if (isRequire || isImport || isResolve) {
        const exportedAs = isRequire ? reexportedAs(node) : undefined;
        if (ts.isStringLiteralLike(argument) && isRequire && exportsWholeModule(node)) {
          // `module.exports = require('./lib/x')`: this module is that one (its exports are this one's)
          info.reexports.push({ specifier: argument.text, node: argument, names: new Map([['*', '*']]) });
        } else if (ts.isStringLiteralLike(argument) && exportedAs !== undefined) {
          // `module.exports = { ns: require('./x') }`, `exports.ns = require('./x')`: `ns` is the module
          info.reexports.push({ specifier: argument.text, node: argument, names: new Map([[exportedAs, '*']]) });
        } else if (ts.isStringLiteralLike(argument)) {
          info.imports.push({
            specifier: argument.text,
            node: argument,
            names: isResolve ? 'all' : namesOfLoadedModule(node, file),
          });
        } else {
          info.dynamic.push({ argument, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
        }
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      const qualifier = node.qualifier
        ? ts.isIdentifier(node.qualifier)
          ? node.qualifier.text
          : node.qualifier.getText(file).split('.')[0]!
        : undefined;
      info.imports.push({
        specifier: node.argument.literal.text,
        node: node.argument.literal,
        names: qualifier ? new Set([qualifier]) : 'all',
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** A top-level `module.exports = require('x')` (also `exports = module.exports = require('x')`). */
function exportsWholeModule(call: ts.CallExpression): boolean {
  let node: ts.Node = call;
  let assigned = false;
  while (
    ts.isBinaryExpression(node.parent) &&
    node.parent.right === node &&
    node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
  ) {
    const left = node.parent.left;
    if (isModuleExports(left)) assigned = true;
    else if (!(ts.isIdentifier(left) && left.text === 'exports')) return false;
    node = node.parent;
  }
  return assigned && ts.isExpressionStatement(node.parent) && ts.isSourceFile(node.parent.parent);
}

/** The export name under which a top-level `module.exports = { name: require('x') }` or `exports.name = require('x')` publishes a module. */
function reexportedAs(call: ts.CallExpression): string | undefined {
  const parent = call.parent;
  if (
    ts.isPropertyAssignment(parent) &&
    parent.initializer === call &&
    (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name))
  ) {
    const literal = parent.parent;
    const assignment = literal.parent;
    if (
      ts.isBinaryExpression(assignment) &&
      assignment.right === literal &&
      assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      isModuleExports(assignment.left) &&
      ts.isExpressionStatement(assignment.parent) &&
      ts.isSourceFile(assignment.parent.parent)
    )
      return parent.name.text;
    return undefined;
  }
  if (
    ts.isBinaryExpression(parent) &&
    parent.right === call &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isPropertyAccessExpression(parent.left) &&
    ts.isExpressionStatement(parent.parent) &&
    ts.isSourceFile(parent.parent.parent)
  ) {
    const target = parent.left.expression;
    if (isModuleExports(target) || (ts.isIdentifier(target) && target.text === 'exports')) return parent.left.name.text;
  }
  return undefined;
}

/**
 * Which exports a `require(...)`/`import(...)` reads: `require('x').a`, `const { a } = require('x')`,
 * `const m = require('x')` then only `m.a`; `await import('x')` likewise; a bare call reads none.
 */
function namesOfLoadedModule(call: ts.CallExpression, file: ts.SourceFile): UsedNames {
  let node: ts.Node = call;
  while (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isExpressionStatement(parent)) return new Set();
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return new Set([parent.name.text]);
  if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
    if (ts.isIdentifier(parent.name)) return usesOf(parent.name, file);
    if (ts.isObjectBindingPattern(parent.name)) {
      const names = new Set<string>();
      for (const element of parent.name.elements) {
        if (element.dotDotDotToken) return 'all';
        const key = element.propertyName ?? element.name;
        if (ts.isIdentifier(key) || ts.isStringLiteral(key)) names.add(key.text);
        else return 'all';
      }
      return names;
    }
  }
  if (
    ts.isCallExpression(parent) &&
    ts.isPropertyAccessExpression(parent.expression) &&
    parent.expression.name.text === 'then'
  )
    return 'all';
  return 'all';
}

/**
 * The properties read from a binding: every identifier of that name in the file (a superset,
 * since shadowing is ignored) must be `name.prop`, else the whole module is in use.
 */
function usesOf(name: ts.Identifier, file: ts.SourceFile): UsedNames {
  const names = new Set<string>();
  for (const node of identifiersOf(file).get(name.text) ?? []) {
    if (node === name || isPropertyNameOnly(node)) continue;
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === node) names.add(parent.name.text);
    else if (
      ts.isElementAccessExpression(parent) &&
      parent.expression === node &&
      ts.isStringLiteralLike(parent.argumentExpression)
    )
      names.add(parent.argumentExpression.text);
    else if (ts.isQualifiedName(parent) && parent.left === node) names.add(parent.right.text);
    else return 'all';
  }
  return names;
}

const identifierIndex = new WeakMap<ts.SourceFile, Map<string, ts.Identifier[]>>();

/** The identifiers of a file (JSDoc included) by spelling, gathered in one walk (a file has many bindings to look up). */
export function identifiersOf(file: ts.SourceFile): Map<string, ts.Identifier[]> {
  let index = identifierIndex.get(file);
  if (index) return index;
  const built = new Map<string, ts.Identifier[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const list = built.get(node.text);
      if (list) list.push(node);
      else built.set(node.text, [node]);
    }
    for (const doc of (node as ts.Node & { jsDoc?: ts.Node[] }).jsDoc ?? []) visit(doc);
    ts.forEachChild(node, visit);
  };
  visit(file);
  identifierIndex.set(file, built);
  index = built;
  return index;
}

function isPropertyNameOnly(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node) ||
    ((ts.isMethodDeclaration(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodSignature(parent)) &&
      parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node)
  );
}
