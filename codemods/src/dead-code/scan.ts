// The unused names and unreachable statements of one file, found from its syntax and the binder's
// scopes: only the identifiers spelled like a candidate declaration are resolved with the checker
// (a scope lookup, no type checking), so a file costs a walk instead of a full semantic check.
import { ts } from '../runner/engine.js';
import { identifiersOf } from './module-info.js';

export type ScanItem =
  /** an unused declaration: its name identifier; `written` when a `name = value;` assigns it */
  | { kind: 'name'; name: ts.Identifier; written: boolean }
  /** an import declaration none of whose bindings is used */
  | { kind: 'import'; declaration: ts.ImportDeclaration }
  /** a private member only ever written with `this.name = value;` statements (the writes go with it) */
  | { kind: 'member'; member: ts.ClassElement; writes: ts.ExpressionStatement[] }
  /** a private member nothing names, in a class that reads its own properties by computed name */
  | { kind: 'reflective-member'; member: ts.ClassElement; detail: string }
  /** a parameter after the last one the function reads */
  | { kind: 'parameter'; name: ts.Identifier }
  /** statements after a return, throw, break or continue of the same block */
  | { kind: 'unreachable'; statements: ts.Statement[] };

interface Candidate {
  name: ts.Identifier;
  symbol: ts.Symbol | undefined;
  used: boolean;
  written: boolean;
}

/** `x = value` where the value of the assignment itself is not used: a write, not a read. */
function isPlainWrite(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isExpressionStatement(parent.parent)
  );
}

/** What one walk of a file collects: the candidate declarations and the places dead code can hide. */
interface Collected {
  candidates: Map<ts.Identifier, Candidate>;
  byText: Map<string, Candidate[]>;
  imports: ts.ImportDeclaration[];
  functions: ts.SignatureDeclaration[];
  classes: ts.ClassLikeDeclaration[];
  unreachable: ts.Statement[][];
}

/**
 * The dead code of one file: unused declarations, imports, parameters and private members, and
 * statements after a jump. Resolves only identifiers spelled like a candidate (a scope lookup).
 */
export function scanFile(checker: ts.TypeChecker, file: ts.SourceFile, options: ts.CompilerOptions): ScanItem[] {
  const collected = collectCandidates(file);
  // JSX compiles to calls of the factory (`React.createElement`): its import is used by every tag
  const factories = jsxFactories(file, options);
  if (factories.length > 0 && containsJsx(file))
    for (const name of factories) for (const c of collected.byText.get(name) ?? []) c.used = true;
  markUsed(checker, file, collected);
  return itemsOf(file, collected);
}

/** The names JSX compiles to calls of: React, the configured factories, a `@jsx` pragma. */
function jsxFactories(file: ts.SourceFile, options: ts.CompilerOptions): string[] {
  const pragma = /@jsx(?:Frag)?\s+([\w$]+)/.exec(file.text)?.[1];
  return [
    ...new Set(
      ['React', options.jsxFactory?.split('.')[0], options.jsxFragmentFactory?.split('.')[0], pragma].filter(
        (n): n is string => n !== undefined,
      ),
    ),
  ];
}

/** One walk: every declaration that could be unused, the functions, classes and jumps of the file. */
function collectCandidates(file: ts.SourceFile): Collected {
  // a script's top-level declarations are globals other scripts may read: only a module's are local
  const isModule =
    ts.isExternalModule(file) ||
    (file as ts.SourceFile & { commonJsModuleIndicator?: ts.Node }).commonJsModuleIndicator !== undefined;
  const out: Collected = {
    candidates: new Map(),
    byText: new Map(),
    imports: [],
    functions: [],
    classes: [],
    unreachable: [],
  };
  const add = (name: ts.Identifier): void => {
    const candidate: Candidate = { name, symbol: undefined, used: false, written: false };
    out.candidates.set(name, candidate);
    const list = out.byText.get(name.text) ?? [];
    list.push(candidate);
    out.byText.set(name.text, list);
  };
  const collect = (node: ts.Node, topLevel: boolean): void => {
    if (isAmbient(node)) return;
    if (ts.isImportDeclaration(node)) {
      if (node.importClause && topLevel) {
        out.imports.push(node);
        for (const name of importBindings(node.importClause)) add(name);
      }
      return;
    }
    if (
      ts.isImportEqualsDeclaration(node) &&
      topLevel &&
      !hasModifier(node, ts.SyntaxKind.ExportKeyword) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node.name);
      return;
    }
    if (isModule || !topLevel) for (const name of localDeclarationNames(node)) add(name);
    if (ts.isFunctionLike(node) && 'body' in node && node.body) out.functions.push(node);
    if (ts.isClassLike(node)) out.classes.push(node);
    if (ts.isBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
      const dead = afterJump(node.statements);
      if (dead.length > 0) out.unreachable.push(dead);
    }
    ts.forEachChild(node, (child) => collect(child, false));
  };
  for (const statement of file.statements) collect(statement, true);
  const topDead = afterJump(file.statements);
  if (topDead.length > 0) out.unreachable.push(topDead);
  for (const fn of out.functions) {
    // a function reading `arguments` uses its parameters by position
    if (readsArguments(fn)) continue;
    for (const parameter of fn.parameters)
      if (ts.isIdentifier(parameter.name) && isRemovableParameterKind(parameter)) add(parameter.name);
  }
  return out;
}

/** The bindings an import clause declares (default, namespace, named). */
function importBindings(clause: ts.ImportClause): ts.Identifier[] {
  const bindings = clause.namedBindings;
  const names = bindings
    ? ts.isNamespaceImport(bindings)
      ? [bindings.name]
      : bindings.elements.map((e) => e.name)
    : [];
  return clause.name ? [clause.name, ...names] : names;
}

/** The names a non-exported variable statement or function/class/interface/type/enum declaration declares. */
function localDeclarationNames(node: ts.Node): ts.Identifier[] {
  if (ts.isVariableStatement(node)) {
    if (hasModifier(node, ts.SyntaxKind.ExportKeyword)) return [];
    const names: ts.Identifier[] = [];
    for (const declaration of node.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name)) names.push(declaration.name);
      else if (ts.isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements)
          if (ts.isIdentifier(element.name) && !element.dotDotDotToken) names.push(element.name);
      }
    }
    return names;
  }
  if (
    (ts.isFunctionDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isEnumDeclaration(node)) &&
    node.name &&
    ts.isIdentifier(node.name) &&
    !hasModifier(node, ts.SyntaxKind.ExportKeyword) &&
    !isOverloaded(node)
  )
    return [node.name];
  return [];
}

/** A candidate is used when another identifier of its spelling resolves to it (or cannot be resolved). */
function markUsed(checker: ts.TypeChecker, file: ts.SourceFile, collected: Collected): void {
  const resolve = (candidate: Candidate): ts.Symbol | undefined =>
    (candidate.symbol ??= checker.getSymbolAtLocation(candidate.name));
  // the file's identifiers by spelling come from one walk, shared with the module graph's reading
  const index = identifiersOf(file);
  for (const [text, list] of collected.byText) {
    for (const node of index.get(text) ?? []) {
      if (collected.candidates.has(node) || isPropertyName(node) || list.every((c) => c.used)) continue;
      const symbol =
        ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
          ? checker.getShorthandAssignmentValueSymbol(node.parent)
          : checker.getSymbolAtLocation(node);
      for (const candidate of list) {
        if (candidate.used || isInsideOwnDeclaration(node, candidate.name)) continue;
        const own = resolve(candidate);
        // a variable only assigned is still unread; the removal step keeps it, since the writes would stay
        if (symbol === undefined || own === undefined || symbol === own || aliasTarget(checker, symbol) === own) {
          if (
            isPlainWrite(node) &&
            (ts.isVariableDeclaration(candidate.name.parent) || ts.isBindingElement(candidate.name.parent))
          )
            candidate.written = true;
          else candidate.used = true;
        }
      }
    }
  }
}

/** The scan's items: whole unused imports, unused names, trailing unused parameters, private members, jumps. */
function itemsOf(file: ts.SourceFile, collected: Collected): ScanItem[] {
  const { candidates } = collected;
  const items: ScanItem[] = [];
  const reported = new Set<ts.Identifier>();
  for (const declaration of collected.imports) {
    const names = importBindings(declaration.importClause!);
    for (const name of names) reported.add(name);
    if (names.length === 0) continue;
    if (names.every((n) => !candidates.get(n)!.used)) items.push({ kind: 'import', declaration });
    else for (const name of names) if (!candidates.get(name)!.used) items.push({ kind: 'name', name, written: false });
  }
  for (const fn of collected.functions) {
    // only the parameters after the last one read can go: an earlier one keeps the positions of the others
    const parameters = fn.parameters;
    let last = parameters.length - 1;
    while (last >= 0) {
      const p = parameters[last]!;
      const candidate = ts.isIdentifier(p.name) ? candidates.get(p.name) : undefined;
      if (!candidate || candidate.used) break;
      last--;
    }
    for (let i = 0; i < parameters.length; i++) {
      const name = parameters[i]!.name;
      if (!ts.isIdentifier(name) || !candidates.has(name)) continue;
      reported.add(name);
      if (i > last) items.push({ kind: 'parameter', name });
    }
  }
  for (const candidate of candidates.values())
    if (!candidate.used && !reported.has(candidate.name))
      items.push({ kind: 'name', name: candidate.name, written: candidate.written });
  for (const cls of collected.classes) items.push(...unusedPrivateMembers(cls, file));
  for (const statements of collected.unreachable) items.push({ kind: 'unreachable', statements });
  return items;
}

function aliasTarget(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol | undefined {
  // `export { a }` resolves to the export specifier's alias of the local `a`
  if (!(symbol.flags & ts.SymbolFlags.Alias)) return undefined;
  const declaration = symbol.declarations?.[0];
  if (declaration && ts.isExportSpecifier(declaration) && !declaration.parent.parent.moduleSpecifier)
    return checker.getExportSpecifierLocalTargetSymbol(declaration);
  return undefined;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false);
}

function isAmbient(node: ts.Node): boolean {
  return hasModifier(node, ts.SyntaxKind.DeclareKeyword) || ts.isModuleDeclaration(node);
}

/** Parameters a function could drop: named, not `this`, not `_unused`, not a constructor's property, not a setter's value. */
function isRemovableParameterKind(parameter: ts.ParameterDeclaration): boolean {
  const name = parameter.name as ts.Identifier;
  if (name.text === 'this' || name.text.startsWith('_') || parameter.dotDotDotToken) return false;
  if (ts.isParameterPropertyDeclaration(parameter, parameter.parent)) return false;
  const fn = parameter.parent;
  if (ts.isSetAccessorDeclaration(fn)) return false;
  if (hasModifier(fn, ts.SyntaxKind.AbstractKeyword) || hasModifier(fn, ts.SyntaxKind.OverrideKeyword)) return false;
  return true;
}

/** Identifiers that name a property or a member, not a variable in scope. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node)
  )
    return true;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent) ||
      ts.isEnumMember(parent) ||
      ts.isJsxAttribute(parent)) &&
    parent.name === node
  )
    return true;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return true;
  if (ts.isImportSpecifier(parent) && parent.propertyName === node) return true;
  if ((ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) && parent.label === node) return true;
  return false;
}

/** The statements of a list after its first unconditional jump. */
function afterJump(statements: readonly ts.Statement[]): ts.Statement[] {
  const jump = statements.findIndex(
    (s) => ts.isReturnStatement(s) || ts.isThrowStatement(s) || ts.isBreakStatement(s) || ts.isContinueStatement(s),
  );
  return jump < 0 ? [] : statements.slice(jump + 1);
}

/**
 * Private members nothing reads: no `.name`/`#name`/`['name']` in the file other than
 * `this.name = value;` statements, which are removed with the member.
 */
function unusedPrivateMembers(cls: ts.ClassLikeDeclaration, file: ts.SourceFile): ScanItem[] {
  const items: ScanItem[] = [];
  let reflection: string | undefined;
  for (const member of cls.members) {
    if (!member.name || ts.isConstructorDeclaration(member)) continue;
    const isPrivate = ts.isPrivateIdentifier(member.name) || hasModifier(member, ts.SyntaxKind.PrivateKeyword);
    if (!isPrivate || !(ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name))) continue;
    if (!(
      ts.isPropertyDeclaration(member) ||
      ts.isMethodDeclaration(member) ||
      ts.isGetAccessor(member) ||
      ts.isSetAccessor(member)
    ))
      continue;
    const text = member.name.text;
    // a getter and a setter of one name are one property
    if (
      cls.members.some(
        (other) =>
          other !== member &&
          other.name &&
          (ts.isIdentifier(other.name) || ts.isPrivateIdentifier(other.name)) &&
          other.name.text === text,
      )
    )
      continue;
    const writes: ts.ExpressionStatement[] = [];
    let read = false;
    const visit = (node: ts.Node): void => {
      if (read) return;
      if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && node !== member.name && node.text === text) {
        const parent = node.parent;
        const access = ts.isPropertyAccessExpression(parent) && parent.name === node ? parent : undefined;
        const statement = access?.parent;
        if (
          access &&
          access.expression.kind === ts.SyntaxKind.ThisKeyword &&
          statement &&
          ts.isBinaryExpression(statement) &&
          statement.left === access &&
          statement.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
          ts.isExpressionStatement(statement.parent) &&
          ts.isPropertyDeclaration(member) &&
          thisIsInstanceOf(access, cls)
        ) {
          writes.push(statement.parent);
        } else if (access || ts.isPrivateIdentifier(node) || isMemberUse(node)) read = true;
      } else if (ts.isStringLiteralLike(node) && node.text === text) read = true;
      ts.forEachChild(node, visit);
    };
    visit(file);
    if (read) continue;
    if (!ts.isPrivateIdentifier(member.name)) reflection ??= reflectiveUse(cls, file) ?? '';
    if (reflection && !ts.isPrivateIdentifier(member.name))
      items.push({ kind: 'reflective-member', member, detail: reflection });
    else items.push({ kind: 'member', member, writes });
  }
  return items;
}

/**
 * Where a class reads its own members by a computed name: `this[name]`, `Object.keys(this)`,
 * `for (k in this)`, `{ ...this }` (a TypeScript `private` member is an ordinary property at run time).
 */
function reflectiveUse(cls: ts.ClassLikeDeclaration, file: ts.SourceFile): string | undefined {
  let found: ts.Node | undefined;
  const isThis = (node: ts.Node | undefined): boolean => {
    while (
      node &&
      (ts.isParenthesizedExpression(node) ||
        ts.isAsExpression(node) ||
        ts.isTypeAssertionExpression(node) ||
        ts.isNonNullExpression(node) ||
        ts.isSatisfiesExpression(node))
    )
      node = node.expression;
    return node?.kind === ts.SyntaxKind.ThisKeyword;
  };
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      ts.isElementAccessExpression(node) &&
      isThis(node.expression) &&
      !ts.isStringLiteralLike(node.argumentExpression) &&
      !ts.isNumericLiteral(node.argumentExpression)
    )
      found = node;
    else if (
      ts.isCallExpression(node) &&
      /^Object\.(?:keys|values|entries|getOwnPropertyNames|assign)$/.test(node.expression.getText(file)) &&
      node.arguments.some(isThis)
    )
      found = node;
    else if (ts.isForInStatement(node) && isThis(node.expression)) found = node;
    else if ((ts.isSpreadAssignment(node) || ts.isSpreadElement(node)) && isThis(node.expression)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(cls);
  if (!found) return undefined;
  const line = file.getLineAndCharacterOfPosition(found.getStart(file)).line + 1;
  return `line ${line} reads the instance's members by computed name (\`${found.getText(file).slice(0, 40)}\`)`;
}

/** `{ name } = this`, `obj.name` in a type, shorthand `{ name }` and the like: any other spelling counts as a read. */
function isMemberUse(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isBindingElement(parent) || ts.isQualifiedName(parent) || ts.isShorthandPropertyAssignment(parent))
    return true;
  return (
    ts.isPropertyAssignment(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isIndexedAccessTypeNode(parent)
  );
}

/** Whether `this` at this node is an instance of the class: the nearest non-arrow function is one of its members. */
function thisIsInstanceOf(node: ts.Node, cls: ts.ClassLikeDeclaration): boolean {
  let current = node.parent;
  while (current && !(ts.isFunctionLike(current) && !ts.isArrowFunction(current)) && !ts.isPropertyDeclaration(current))
    current = current.parent;
  return current !== undefined && current.parent === cls && !hasModifier(current, ts.SyntaxKind.StaticKeyword);
}

function isOverloaded(node: ts.Node): boolean {
  if (!ts.isFunctionDeclaration(node)) return false;
  if (!node.body) return true;
  const siblings = (node.parent as ts.Node & { statements?: readonly ts.Statement[] }).statements ?? [];
  return siblings.some((s) => s !== node && ts.isFunctionDeclaration(s) && s.name?.text === node.name?.text);
}

function readsArguments(fn: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && node.text === 'arguments') found = true;
    else if (node === fn || ts.isArrowFunction(node) || !ts.isFunctionLike(node)) ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}

function containsJsx(file: ts.SourceFile): boolean {
  if (!/\.[jt]sx$/.test(file.fileName) && !file.text.includes('<')) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A recursive call or a self-reference of a function, class, interface, type or enum does not make it used. */
function isInsideOwnDeclaration(node: ts.Node, name: ts.Identifier): boolean {
  const declaration = name.parent;
  if (!(
    ts.isFunctionDeclaration(declaration) ||
    ts.isClassDeclaration(declaration) ||
    ts.isInterfaceDeclaration(declaration) ||
    ts.isTypeAliasDeclaration(declaration) ||
    ts.isEnumDeclaration(declaration)
  ))
    return false;
  return node.pos >= declaration.pos && node.end <= declaration.end;
}
