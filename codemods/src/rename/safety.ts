import { ts } from '../runner/engine.js';
import type { TsProject } from '../runner/engine.js';
import type { Candidate } from './candidates.js';
import type { PublicApi } from './entry-points.js';
import type { ProjectIndex } from './project-index.js';

/** Why a rename was not done; ids are stable (they appear in `--format json`). */
export type SkipReason =
  | 'refused'
  | 'declaration-file'
  | 'unparsable-file'
  | 'public-api'
  | 'overrides-external'
  | 'reflection'
  | 'string-key'
  | 'non-code-use'
  | 'unresolved-access'
  | 'no-static-importer'
  | 'collision'
  | 'invalid-name'
  | 'dynamic-scope'
  | 'name-matches-property'
  | 'name-observable'
  | 'file-style'
  | 'kind-not-asked';

export interface Verdict {
  reason: SkipReason;
  detail: string;
}

export interface SafetyContext {
  project: TsProject;
  program: ts.Program;
  checker: ts.TypeChecker;
  index: ProjectIndex;
  api: PublicApi;
  includePublicApi: boolean;
  unparsable: Set<string>;
  importedFiles: Set<string>;
  /** the checker's symbol at a node, remembered: the same property reads are looked at for every member of that name */
  symbolAt(node: ts.Node): ts.Symbol | undefined;
}

const MEANING = ts.SymbolFlags.Value | ts.SymbolFlags.Type | ts.SymbolFlags.Namespace | ts.SymbolFlags.Alias;

/** Checks that need no rename locations: what the symbol is and how the program can reach it by name. */
export function checkSymbol(c: Candidate, ctx: SafetyContext): Verdict | undefined {
  const where = (node: ts.Node): string =>
    `${ctx.project.relativePath(node.getSourceFile().fileName)}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const foreign = c.symbol.declarations?.find((d) => !ctx.project.isOwnFile(d.getSourceFile().fileName));
  if (foreign)
    return {
      reason: 'declaration-file',
      detail: `also declared in ${where(foreign)} (a .d.ts or a dependency), which is not renamed`,
    };
  const dynamic = dynamicScopeOf(c, ctx);
  if (dynamic) return { reason: 'dynamic-scope', detail: `${dynamic} can reach it by its name` };
  const receiver = externalReceiverOf(c.node, ctx);
  if (receiver)
    return {
      reason: 'name-observable',
      detail: `a named function passed to ${receiver} at ${where(c.node)}, code outside the project that can read its \`.name\``,
    };
  if (c.role === 'local' || c.role === 'import') {
    const strings = ctx.index.strings.get(c.oldName);
    if (strings) return { reason: 'string-key', detail: `its name is also a string at ${where(strings[0]!)}` };
  }
  if (c.role === 'member' || c.role === 'export' || c.role === 'module') {
    const exportedHere =
      ctx.api.exported.has(c.symbol) ||
      (c.role === 'export' && ctx.api.entryFiles.has(c.file.fileName)) ||
      (c.role === 'member' && c.container !== undefined && ctx.api.containers.has(c.container));
    if (exportedHere && !ctx.includePublicApi)
      return {
        reason: 'public-api',
        detail:
          'part of the public API (exported from a package.json entry point); pass --include-public-api to rename it',
      };
    if (c.container && ctx.index.dynamicContainers.has(c.container)) {
      return {
        reason: 'reflection',
        detail:
          'its object is read by computed names (obj[name], Object.keys, for…in, spread or JSON.stringify), or is an enum passed on as a value (to a function, stored or returned), which could reach it by its name',
      };
    }
    // a script's top-level names are global and reachable by name; any name written as a string may be looked up by it
    const reachableByName = c.role !== 'module' || !isModuleFile(c.file);
    const strings = ctx.index.strings.get(c.oldName);
    if (strings) return { reason: 'string-key', detail: `used as a string at ${where(strings[0]!)}` };
    const external = reachableByName ? ctx.index.externalWords.get(c.oldName.replace(/^#/, '')) : undefined;
    if (external)
      return {
        reason: 'non-code-use',
        detail: `appears in ${external.slice(0, 3).join(', ')}, which the type checker does not read`,
      };
  }
  if (c.role === 'member' && (c.kind === 'method' || c.kind === 'property')) {
    const external = overriddenOutside(c, ctx);
    if (external) return { reason: 'overrides-external', detail: external };
  }
  if (c.role === 'export' && !ctx.api.entryFiles.has(c.file.fileName) && !ctx.importedFiles.has(c.file.fileName)) {
    return {
      reason: 'no-static-importer',
      detail: 'no file imports or requires this module by a static path, so its users cannot be followed',
    };
  }
  return undefined;
}

/** What reaches the candidate by its text: an `eval`/`with` in the scope that binds it, or its function's source read. */
function dynamicScopeOf(c: Candidate, ctx: SafetyContext): string | undefined {
  const { dynamicScopes, sourceRead } = ctx.index;
  if (dynamicScopes.size === 0 && sourceRead.size === 0) return undefined;
  for (const declaration of c.symbol.declarations ?? [c.node]) {
    if (declaration.getSourceFile() !== c.file) continue;
    // the block and the function (or file) that bind it: a `var` is the function's, a `let` the block's
    const block = ts.findAncestor(
      declaration.parent,
      (n) =>
        ts.isBlock(n) ||
        ts.isModuleBlock(n) ||
        ts.isCaseBlock(n) ||
        ts.isFunctionLike(n) ||
        ts.isSourceFile(n) ||
        ts.isClassLike(n),
    );
    const fn = ts.findAncestor(
      declaration.parent,
      (n) => ts.isFunctionLike(n) || ts.isSourceFile(n) || ts.isModuleBlock(n),
    );
    if ((block && dynamicScopes.has(block)) || (fn && dynamicScopes.has(fn)))
      return 'an eval or with in the scope that declares it';
    if (ts.findAncestor(declaration, (n) => sourceRead.has(n)))
      return "reading its function's source (toString) or arguments.callee";
  }
  return undefined;
}

/**
 * Property reads the type checker links to the symbol but the language service leaves out (it
 * misses `mod.f` for a CommonJS `module.exports.f = …`): they are renamed too.
 */
export function linkedPropertyReads(
  c: Candidate,
  locations: readonly ts.RenameLocation[],
  ctx: SafetyContext,
): ts.RenameLocation[] {
  if (c.role !== 'member' && c.role !== 'export') return [];
  const keys = new Set(locations.map((l) => `${l.fileName}\0${l.textSpan.start}`));
  return (ctx.index.identifiers.get(c.oldName) ?? [])
    .filter((node) => ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)
    .filter(
      (node) => !keys.has(`${node.getSourceFile().fileName}\0${node.getStart()}`) && ctx.symbolAt(node) === c.symbol,
    )
    .map((node) => ({
      fileName: node.getSourceFile().fileName,
      textSpan: { start: node.getStart(), length: node.getWidth() },
    }));
}

/** Checks on the places the rename would touch. */
export function checkLocations(
  c: Candidate,
  newName: string,
  locations: readonly ts.RenameLocation[],
  ctx: SafetyContext,
): Verdict | undefined {
  const keys = new Set(locations.map((l) => `${l.fileName}\0${l.textSpan.start}`));
  for (const location of locations) {
    if (!ctx.project.isOwnFile(location.fileName))
      return {
        reason: 'declaration-file',
        detail: `referenced in ${ctx.project.relativePath(location.fileName)}, which is not renamed`,
      };
    if (ctx.unparsable.has(location.fileName))
      return {
        reason: 'unparsable-file',
        detail: `used in ${ctx.project.relativePath(location.fileName)}, which does not parse`,
      };
  }
  if (c.role === 'member' || c.role === 'export') {
    const unresolved = (ctx.index.identifiers.get(c.oldName) ?? []).find(
      (node) =>
        isPropertyName(node) &&
        !keys.has(`${node.getSourceFile().fileName}\0${node.getStart()}`) &&
        ctx.symbolAt(node) === undefined,
    );
    if (unresolved) {
      const file = unresolved.getSourceFile();
      return {
        reason: 'unresolved-access',
        detail: `\`.${c.oldName}\` at ${ctx.project.relativePath(file.fileName)}:${file.getLineAndCharacterOfPosition(unresolved.getStart()).line + 1} is read from a value of unknown type, which may be this one`,
      };
    }
  }
  const jsx = jsxTagUse(newName, locations, ctx);
  if (jsx) return jsx;
  return collision(c, newName, locations, ctx);
}

/** `<my_widget />` is an intrinsic element unless its name starts with a capital: a rename to lower case would change what it renders. */
function jsxTagUse(newName: string, locations: readonly ts.RenameLocation[], ctx: SafetyContext): Verdict | undefined {
  if (!/^[a-z]/.test(newName)) return undefined;
  for (const location of locations) {
    if (!/\.[jt]sx$/i.test(location.fileName)) continue;
    const file = ctx.program.getSourceFile(location.fileName);
    const node = file && identifierAt(file, location.textSpan.start);
    const parent = node?.parent;
    if (
      file &&
      parent &&
      (ts.isJsxOpeningElement(parent) || ts.isJsxSelfClosingElement(parent) || ts.isJsxClosingElement(parent)) &&
      parent.tagName === node
    ) {
      return {
        reason: 'invalid-name',
        detail: `used as a JSX tag at ${ctx.project.relativePath(location.fileName)}:${file.getLineAndCharacterOfPosition(location.textSpan.start).line + 1}, where a lower-case name means an HTML element`,
      };
    }
  }
  return undefined;
}

function collision(
  c: Candidate,
  newName: string,
  locations: readonly ts.RenameLocation[],
  ctx: SafetyContext,
): Verdict | undefined {
  const clash = (node: ts.Node, what: string): Verdict => ({
    reason: 'collision',
    detail: `\`${newName}\` ${what} at ${ctx.project.relativePath(node.getSourceFile().fileName)}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
  });
  if (c.container && (c.role === 'member' || c.role === 'export')) {
    const existing =
      c.container.members?.get(newName as ts.__String) ?? c.container.exports?.get(newName as ts.__String);
    if (existing && existing !== c.symbol) return clash(c.node, 'already exists beside it');
  }
  for (const location of locations) {
    if (location.suffixText) continue; // only the property or export name changes there
    const file = ctx.program.getSourceFile(location.fileName);
    const node = file && identifierAt(file, location.textSpan.start);
    if (!node) continue;
    if (ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) {
      if (ctx.checker.getTypeAtLocation(node.parent.expression).getProperty(newName))
        return clash(node, 'is already a property of that object');
      continue;
    }
    if (isPropertyName(node) && !location.prefixText) continue;
    const resolved = ctx.checker.resolveName(newName, node, MEANING, false);
    if (resolved && resolved !== c.symbol) return clash(node, 'already names something else in scope');
  }
  if (c.role === 'local' || c.role === 'module' || c.role === 'import') {
    const scope = scopeOf(c.node);
    const captured = (ctx.index.identifiers.get(newName) ?? []).find(
      (node) =>
        node.getSourceFile() === c.file &&
        node.pos >= scope.pos &&
        node.end <= scope.end &&
        !isPropertyName(node) &&
        ctx.checker.getSymbolAtLocation(node) !== c.symbol,
    );
    if (captured) return clash(captured, 'is used in the same scope and would be shadowed');
  }
  return undefined;
}

/** A member that overrides or implements one declared outside the project must keep its name. */
function overriddenOutside(c: Candidate, ctx: SafetyContext): string | undefined {
  const declaration = c.container?.declarations?.find((d) => ts.isClassLike(d) || ts.isInterfaceDeclaration(d));
  if (!declaration || !(ts.isClassLike(declaration) || ts.isInterfaceDeclaration(declaration))) return undefined;
  for (const clause of declaration.heritageClauses ?? []) {
    for (const heritage of clause.types) {
      const type = ctx.checker.getTypeAtLocation(heritage);
      if (type.flags & ts.TypeFlags.Any)
        return `its class extends ${heritage.expression.getText()}, whose members are unknown`;
      const member = type.getProperty(c.oldName);
      const outside = member?.declarations?.find((d) => !ctx.project.isOwnFile(d.getSourceFile().fileName));
      if (outside)
        return `overrides or implements ${heritage.expression.getText()}.${c.oldName}, declared outside the project`;
    }
  }
  return undefined;
}

/** An ES module (as TypeScript detects it) or a CommonJS one. */
export function isModuleFile(file: ts.SourceFile): boolean {
  return ts.isExternalModule(file) || /\brequire\s*\(|\bmodule\.exports\b|\bexports\.[\w$]+\s*=/.test(file.text);
}

function isPropertyName(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node) ||
    ((ts.isMethodDeclaration(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodSignature(parent)) &&
      parent.name === node)
  );
}

function scopeOf(node: ts.Node): ts.Node {
  let current = node.parent;
  while (
    !ts.isSourceFile(current) &&
    !ts.isFunctionLike(current) &&
    !ts.isBlock(current) &&
    !ts.isModuleBlock(current) &&
    !ts.isClassLike(current)
  )
    current = current.parent;
  // a function's own name lives in the enclosing scope; its parameters in the function
  if (ts.isFunctionLike(current) && (current as ts.FunctionLikeDeclaration).name === node) return scopeOf(current);
  return current;
}

function identifierAt(file: ts.SourceFile, position: number): ts.Identifier | ts.PrivateIdentifier | undefined {
  let found: ts.Identifier | ts.PrivateIdentifier | undefined;
  const visit = (node: ts.Node): void => {
    if (found || position < node.pos || position >= node.end) return;
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node.getStart(file) === position) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Array and promise methods that take a callback and never read its `.name`. */
const CALLBACK_BUILTINS = new Set([
  'map',
  'forEach',
  'filter',
  'reduce',
  'reduceRight',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'sort',
  'toSorted',
  'then',
  'catch',
  'finally',
]);

/**
 * The callee, as written, when `name` names a function or class expression passed straight to a
 * call (or `new`) of code declared outside the project (a dependency, or a callee the checker
 * cannot resolve): such code can read the function's `.name` (Express's router names a mounted
 * app's layer `mounted_app` from it, and tools that list routes match that name). Built-ins
 * declared by TypeScript's own lib files do not count.
 */
function externalReceiverOf(name: ts.Node, ctx: SafetyContext): string | undefined {
  const fn = name.parent;
  if (!(ts.isFunctionExpression(fn) || ts.isClassExpression(fn)) || fn.name !== name) return undefined;
  let argument: ts.Node = fn;
  while (ts.isParenthesizedExpression(argument.parent)) argument = argument.parent;
  const call = argument.parent;
  if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments?.some((arg) => arg === argument))
    return undefined;
  const callee = call.expression;
  let symbol = ctx.symbolAt(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const declarations = symbol?.declarations ?? [];
  // an untyped receiver: its method is taken for the built-in of that name when it is an array's
  // or a promise's callback taker (`list.map(function map_item…)`), which never reads `.name`
  if (declarations.length === 0 && ts.isPropertyAccessExpression(callee) && CALLBACK_BUILTINS.has(callee.name.text))
    return undefined;
  const outside =
    declarations.length === 0 ||
    declarations.some((declaration) => {
      const file = declaration.getSourceFile();
      return !ctx.project.isOwnFile(file.fileName) && !ctx.program.isSourceFileDefaultLibrary(file);
    });
  return outside ? `\`${callee.getText()}\`` : undefined;
}
