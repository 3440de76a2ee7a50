import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ts } from '../runner/engine.js';

/** The package's public surface: files named by package.json main/module/exports/bin, and what they export. */
export interface PublicApi {
  entryFiles: Set<string>;
  /** symbols exported from an entry point under their own name (renaming them renames the public name) */
  exported: Set<ts.Symbol>;
  /** classes, interfaces, enums and objects reachable from an entry point: their members are public too */
  containers: Set<ts.Symbol>;
  /** names declared by a .d.ts the package publishes (package.json `types`/`typings`, or beside `main`) */
  declaredNames: Set<string>;
}

const RESOLVE_SUFFIXES = ['', '.js', '.ts', '.mjs', '.cjs', '.mts', '.cts', '.jsx', '.tsx', '/index.js', '/index.ts'];

export function findPublicApi(root: string, packageJsonPaths: readonly string[], program: ts.Program): PublicApi {
  const api: PublicApi = {
    entryFiles: new Set(),
    exported: new Set(),
    containers: new Set(),
    declaredNames: new Set(),
  };
  const checker = program.getTypeChecker();
  for (const packageJson of packageJsonPaths) {
    const dir = dirname(join(root, packageJson));
    let manifest: Record<string, unknown>;
    try {
      manifest = JSON.parse(readFileSync(join(root, packageJson), 'utf8')) as Record<string, unknown>;
    } catch {
      continue;
    }
    const targets = [manifest.main, manifest.module, manifest.browser, manifest.exports, manifest.bin].flatMap(
      stringsIn,
    );
    if (targets.length === 0 && manifest.private !== true) targets.push('index.js');
    for (const target of targets) {
      const file = RESOLVE_SUFFIXES.map((suffix) => resolve(dir, target + suffix)).find(
        (candidate) => existsSync(candidate) && program.getSourceFile(candidate),
      );
      if (file) api.entryFiles.add(file);
    }
    const typings = [manifest.types, manifest.typings].flatMap(stringsIn);
    for (const main of stringsIn(manifest.main)) typings.push(main.replace(/\.[cm]?js$/, '') + '.d.ts');
    for (const typing of typings) addDeclaredNames(resolve(dir, typing), api.declaredNames);
  }
  // everything an entry exposes: its exports, through `export *`, `export * as ns`, `export =`,
  // `module.exports = { ns: require('./x') }` and `exports.ns = require('./x')`, module by module
  const queue = [...api.entryFiles];
  const seenFiles = new Set(queue);
  const reach = (fileName: string | undefined): void => {
    if (!fileName || seenFiles.has(fileName) || !program.getSourceFile(fileName)) return;
    seenFiles.add(fileName);
    api.entryFiles.add(fileName);
    queue.push(fileName);
  };
  while (queue.length > 0) {
    const file = program.getSourceFile(queue.shift()!)!;
    // a CommonJS file is a module to the binder (its `symbol`) but not to getSymbolAtLocation: its
    // exports are found by name elsewhere (`role: 'export'`), the objects they hold are public here
    const esModule = checker.getSymbolAtLocation(file);
    const moduleSymbol = esModule ?? (file as { symbol?: ts.Symbol }).symbol;
    if (moduleSymbol) {
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if (esModule) api.exported.add(exported).add(target);
        if (target.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.Enum))
          api.containers.add(target);
        reach(moduleFileOf(target));
        for (const declaration of target.declarations ?? []) reach(requiredFile(declaration, checker));
        const typeSymbol =
          target.flags & ts.SymbolFlags.Value ? checker.getTypeOfSymbol(target).getSymbol() : undefined;
        if (typeSymbol) {
          reach(moduleFileOf(typeSymbol));
          if (typeSymbol.flags & CONTAINER) api.containers.add(typeSymbol);
        }
      }
    }
    for (const required of requiresOfExports(file, checker)) reach(required);
  }
  return api;
}

const CONTAINER =
  ts.SymbolFlags.ObjectLiteral |
  ts.SymbolFlags.Class |
  ts.SymbolFlags.Interface |
  ts.SymbolFlags.Enum |
  ts.SymbolFlags.TypeLiteral;

/** The file of a module symbol (`export * as ns`, an `import * as` re-exported), if it is one. */
function moduleFileOf(symbol: ts.Symbol): string | undefined {
  if (!(symbol.flags & ts.SymbolFlags.ValueModule)) return undefined;
  return symbol.declarations?.find(ts.isSourceFile)?.fileName;
}

/** `x: require('./x')`, `exports.x = require('./x')`: the file required as the value of a declaration. */
function requiredFile(declaration: ts.Declaration, checker: ts.TypeChecker): string | undefined {
  let value: ts.Expression | undefined;
  if (ts.isPropertyAssignment(declaration) || ts.isVariableDeclaration(declaration)) value = declaration.initializer;
  else if (ts.isBinaryExpression(declaration)) value = declaration.right;
  else if (ts.isPropertyAccessExpression(declaration) && ts.isBinaryExpression(declaration.parent))
    value = declaration.parent.right;
  return value ? requireTarget(value, checker) : undefined;
}

function requireTarget(value: ts.Expression, checker: ts.TypeChecker): string | undefined {
  let inner = value;
  while (ts.isParenthesizedExpression(inner) || ts.isPropertyAccessExpression(inner)) inner = inner.expression;
  if (!ts.isCallExpression(inner) || !ts.isIdentifier(inner.expression) || inner.expression.text !== 'require')
    return undefined;
  const argument = inner.arguments[0];
  if (!argument || !ts.isStringLiteralLike(argument)) return undefined;
  return checker.getSymbolAtLocation(argument)?.declarations?.find(ts.isSourceFile)?.fileName;
}

/** Files required anywhere in what a CommonJS module assigns to `module.exports` / `exports.x` (or `export =`). */
function requiresOfExports(file: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const out: string[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const target = requireTarget(node, checker);
      if (target) out.push(target);
    }
    ts.forEachChild(node, collect);
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      isExportsTarget(node.left)
    )
      collect(node.right);
    else if (ts.isExportAssignment(node)) collect(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

function isExportsTarget(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'exports';
  if (!ts.isPropertyAccessExpression(node)) return false;
  const object = node.expression;
  if (ts.isIdentifier(object))
    return object.text === 'exports' || (object.text === 'module' && node.name.text === 'exports');
  return isExportsTarget(object);
}

/** Every name a published .d.ts declares (its declarations and their members; parameters aside). */
function addDeclaredNames(path: string, names: Set<string>): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  const visit = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name) && !ts.isParameter(node) && !ts.isTypeParameterDeclaration(node))
      names.add(name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** Every string in a package.json field (exports maps and condition objects included). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
