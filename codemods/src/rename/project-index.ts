import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ts } from '../runner/engine.js';

/** Facts about the whole program that the safety checks look names up in, built in one walk. */
export interface ProjectIndex {
  /** every identifier (and private identifier) by its text */
  identifiers: Map<string, (ts.Identifier | ts.PrivateIdentifier)[]>;
  /** string literals whose value is an identifier-like word: `obj['my_func']`, `'my_func' in obj` */
  strings: Map<string, ts.StringLiteralLike[]>;
  /** classes, enums, modules and objects read by computed names (`this[name]`, `Enum[key]`, `Object.keys(x)`, `for…in`, spread, `JSON.stringify`): their members may be reached by any name */
  dynamicContainers: Set<ts.Symbol>;
  /** every scope a direct `eval(…)` or a `with` sits in (the function, blocks and file around it): its names are reachable by their text */
  dynamicScopes: Set<ts.Node>;
  /** functions and classes whose source text the program reads, or that use `arguments.callee` */
  sourceRead: Set<ts.Node>;
  /** words of non-code files (JSON, HTML, YAML) and of JS/TS files the type checker does not see */
  externalWords: Map<string, string[]>;
}

const WORD = /^[A-Za-z_$][\w$]*$/;
const NON_CODE = /\.(json|html?|ya?ml)$/i;
const LOCK_FILES = /(^|\/)(package-lock\.json|pnpm-lock\.yaml|yarn\.lock|npm-shrinkwrap\.json)$/;
const MAX_TEXT_FILE = 2 * 1024 * 1024;

export function buildProjectIndex(
  files: readonly ts.SourceFile[],
  checker: ts.TypeChecker,
  root: string,
  unseenModules: readonly string[],
): ProjectIndex {
  const index: ProjectIndex = {
    identifiers: new Map(),
    strings: new Map(),
    dynamicContainers: new Set(),
    dynamicScopes: new Set(),
    sourceRead: new Set(),
    externalWords: new Map(),
  };
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  /** the object (and, `depth` levels down, the objects it holds) is read by names the program computes */
  const reflected = (expression: ts.Expression, depth = 0): void => {
    let inner = expression;
    while (
      ts.isParenthesizedExpression(inner) ||
      ts.isAsExpression(inner) ||
      ts.isTypeAssertionExpression(inner) ||
      ts.isNonNullExpression(inner) ||
      ts.isSatisfiesExpression(inner)
    )
      inner = inner.expression;
    const types = [checker.getTypeAtLocation(inner)];
    const symbol = checker.getSymbolAtLocation(inner);
    if (symbol?.valueDeclaration) types.push(checker.getTypeOfSymbolAtLocation(symbol, inner));
    for (const type of types) {
      for (const part of type.isUnionOrIntersection() ? type.types : [type]) {
        const container = part.getSymbol();
        if (!container || index.dynamicContainers.has(container)) continue;
        index.dynamicContainers.add(container);
        if (depth > 0)
          for (const member of part.getProperties()) {
            const held = checker.getTypeOfSymbol(member).getSymbol();
            if (
              held &&
              held.flags &
                (ts.SymbolFlags.ObjectLiteral | ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.ValueModule)
            )
              index.dynamicContainers.add(held);
          }
      }
    }
  };
  // names of the project's enums, and identifiers used as a whole value (an enum object passed on)
  const enumNames = new Set<string>();
  const wholeValues: ts.Identifier[] = [];
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isEnumDeclaration(node)) enumNames.add(node.name.text);
      if (ts.isIdentifier(node) && passesOnItsValue(node)) wholeValues.push(node);
      if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) push(index.identifiers, node.text, node);
      else if (
        ts.isStringLiteralLike(node) &&
        WORD.test(node.text) &&
        !ts.isImportDeclaration(node.parent) &&
        !isRequireArgument(node)
      )
        push(index.strings, node.text, node);
      else if (
        ts.isElementAccessExpression(node) &&
        !ts.isStringLiteralLike(node.argumentExpression) &&
        !ts.isNumericLiteral(node.argumentExpression)
      ) {
        const argumentType = checker.getTypeAtLocation(node.argumentExpression);
        if (!(argumentType.flags & ts.TypeFlags.NumberLike)) reflected(node.expression);
      } else if (ts.isCallExpression(node) && isEnumeratingCall(node)) {
        for (const argument of node.arguments)
          reflected(argument, (node.expression as ts.PropertyAccessExpression).name.text === 'stringify' ? 1 : 0);
      } else if (ts.isForInStatement(node)) reflected(node.expression);
      else if (ts.isSpreadAssignment(node) || ts.isSpreadElement(node)) reflected(node.expression);
      if (isDirectEval(node) || ts.isWithStatement(node))
        for (let scope: ts.Node | undefined = node.parent; scope; scope = scope.parent) index.dynamicScopes.add(scope);
      else if (isArgumentsCallee(node)) {
        const fn = ts.findAncestor(node.parent, (n) => ts.isFunctionLike(n) && !ts.isArrowFunction(n));
        if (fn) index.sourceRead.add(fn);
      } else {
        const source = sourceReadOf(node);
        for (const declaration of source ? (checker.getSymbolAtLocation(source)?.declarations ?? []) : []) {
          const fn = functionOf(declaration);
          if (ts.isFunctionLike(fn) || ts.isClassLike(fn)) index.sourceRead.add(fn);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  // an enum given to a function (`isEnum(value, MyEnum)`, `keysOf(MyEnum)`), stored, returned or
  // spread: what receives it can enumerate its keys, so its members are read by name
  for (const node of wholeValues) {
    if (!enumNames.has(node.text)) continue;
    let symbol = ts.isShorthandPropertyAssignment(node.parent)
      ? checker.getShorthandAssignmentValueSymbol(node.parent)
      : checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    if (symbol && symbol.flags & ts.SymbolFlags.RegularEnum) index.dynamicContainers.add(symbol);
  }
  for (const path of [...listNonCodeFiles(root), ...unseenModules]) {
    const file = join(root, path);
    try {
      if (statSync(file).size > MAX_TEXT_FILE) continue;
      for (const word of wordsOf(path, readFileSync(file, 'utf8'))) push(index.externalWords, word, path);
    } catch {
      // unreadable: nothing to learn from it
    }
  }
  return index;
}

/**
 * An identifier in expression position whose whole value goes somewhere: anything but the object of
 * a member access (`E.x`, `E[k]`, judged on its own), a type position, a declaration's name, an
 * import/export clause, or an operand that only tests or compares it.
 */
function passesOnItsValue(node: ts.Identifier): boolean {
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node)
    return false;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (
    ts.isTypeReferenceNode(parent) ||
    ts.isTypeQueryNode(parent) ||
    ts.isQualifiedName(parent) ||
    ts.isExpressionWithTypeArguments(parent) ||
    ts.isImportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent) ||
    ts.isExportSpecifier(parent) ||
    ts.isEnumDeclaration(parent) ||
    ts.isEnumMember(parent) ||
    ts.isTypeOfExpression(parent) ||
    ts.isDeleteExpression(parent)
  )
    return false;
  // `{ E }` passes it on; otherwise a node's own name (`{ E: 1 }`, `function E() {}`, `class X { E }`) is no value
  if (ts.isShorthandPropertyAssignment(parent)) return true;
  if ((parent as { name?: ts.Node }).name === node) return false;
  if (ts.isBinaryExpression(parent)) {
    // `x === E`, `x instanceof E`, `k in E` read nothing out of it; `a = E`, `a ?? E` pass it on
    const op = parent.operatorToken.kind;
    return op === ts.SyntaxKind.EqualsToken
      ? parent.right === node
      : op === ts.SyntaxKind.BarBarToken ||
          op === ts.SyntaxKind.QuestionQuestionToken ||
          op === ts.SyntaxKind.AmpersandAmpersandToken ||
          op === ts.SyntaxKind.CommaToken;
  }
  return true;
}

function isDirectEval(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval';
}

function isArgumentsCallee(node: ts.Node): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'arguments' &&
    node.name.text === 'callee'
  );
}

/** The expression whose source text is read: `f` in `f.toString()`, `String(f)`, `'' + f`, `` `${f}` ``. */
function sourceReadOf(node: ts.Node): ts.Expression | undefined {
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'toString' && node.arguments.length === 0)
      return callee.expression;
    if (ts.isIdentifier(callee) && callee.text === 'String' && node.arguments.length === 1) return node.arguments[0];
    if (
      ts.isPropertyAccessExpression(callee) &&
      callee.name.text === 'call' &&
      ts.isPropertyAccessExpression(callee.expression) &&
      callee.expression.name.text === 'toString'
    )
      return node.arguments[0];
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    if (ts.isStringLiteralLike(node.left) && ts.isIdentifier(node.right)) return node.right;
    if (ts.isStringLiteralLike(node.right) && ts.isIdentifier(node.left)) return node.left;
  }
  if (ts.isTemplateSpan(node) && ts.isIdentifier(node.expression)) return node.expression;
  return undefined;
}

/** A function's node from its declaration (`function f`, `const f = function…`, `f: () => …`). */
function functionOf(declaration: ts.Node): ts.Node {
  if (
    (ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration)) &&
    declaration.initializer &&
    ts.isFunctionLike(declaration.initializer)
  )
    return declaration.initializer;
  return declaration;
}

const ENUMERATING = new Set([
  'keys',
  'values',
  'entries',
  'getOwnPropertyNames',
  'assign',
  'fromEntries',
  'getOwnPropertyDescriptors',
  'ownKeys',
  'stringify',
]);

/** `Object.keys(x)` and the like, `JSON.stringify(x)`, `Reflect.ownKeys(x)`: calls that read an object's names. */
function isEnumeratingCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return false;
  const owner = callee.expression.text;
  return (
    (owner === 'Object' || owner === 'JSON' || owner === 'Reflect' || owner === '_' || owner === 'lodash') &&
    ENUMERATING.has(callee.name.text)
  );
}

function isRequireArgument(node: ts.Node): boolean {
  return (
    ts.isCallExpression(node.parent) &&
    ts.isIdentifier(node.parent.expression) &&
    node.parent.expression.text === 'require'
  );
}

/** package.json sections that name packages and versions: a dependency's name is no use of a code name */
const PACKAGE_SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'peerDependenciesMeta',
  'optionalDependencies',
  'bundleDependencies',
  'bundledDependencies',
  'overrides',
  'resolutions',
  'engines',
];

/**
 * The words of a non-code file that could name code. In a package.json, everything but its
 * dependency sections (its scripts and tools' settings can name code; `@scope/some_name` as a
 * dependency cannot); a package.json that is not JSON is read whole.
 */
function wordsOf(path: string, text: string): Set<string> {
  let scanned = text;
  if (path === 'package.json' || path.endsWith('/package.json')) {
    try {
      const manifest = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
      if (manifest !== null && typeof manifest === 'object') {
        for (const section of PACKAGE_SECTIONS) delete manifest[section];
        scanned = JSON.stringify(manifest);
      }
    } catch {
      // not JSON: every word counts
    }
  }
  return new Set(scanned.match(/[A-Za-z_$][\w$]*/g) ?? []);
}

function listNonCodeFiles(root: string): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\0')
      .filter(
        (path) =>
          NON_CODE.test(path) &&
          !LOCK_FILES.test(path) &&
          !path.split('/').includes('node_modules') &&
          !path.startsWith('.upkeep/'),
      );
  } catch {
    return [];
  }
}
