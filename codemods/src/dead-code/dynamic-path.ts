// What a `require(expr)` / `import(expr)` with a computed argument could load. The argument is
// evaluated as far as the file itself tells (string pieces, consts, __dirname, path.join, a local
// function returning a path); whatever is unknown becomes a wildcard.
import { posix } from 'node:path';
import { ts } from '../runner/engine.js';
import type { LoadHow } from './loads.js';

const WILD = '\u0000';
const MAX_DEPTH = 6;

/** A pattern over absolute paths, or `any` when nothing about the target is known. */
export type DynamicTarget =
  { kind: 'pattern'; regex: RegExp; text: string } | { kind: 'any'; text: string } | { kind: 'package' };

export function dynamicTarget(argument: ts.Expression, file: ts.SourceFile): DynamicTarget {
  const dir = posix.dirname(file.fileName);
  const value = evaluate(argument, file, dir, 0);
  const text = value.replaceAll(WILD, '*');
  if (value.replaceAll(WILD, '') === '' || value.startsWith(WILD)) return { kind: 'any', text };
  let absolute: string;
  if (value.startsWith('/')) absolute = normalize(value);
  else if (value.startsWith('./') || value.startsWith('../')) absolute = normalize(posix.join(dir, value));
  else return { kind: 'package' };
  const shown = absolute.replaceAll(WILD, '*');
  const source = absolute
    .split(WILD)
    .map((part) => part.replace(/[.+?^${}()|[\]\\*]/g, '\\$&'))
    .join('.*');
  return { kind: 'pattern', regex: new RegExp(`^${source}(?:\\.[cm]?[jt]sx?|/index\\.[cm]?[jt]sx?)?$`), text: shown };
}

function normalize(path: string): string {
  // a wildcard followed by `..` could be any depth: keep what precedes the wildcard only
  const wild = path.indexOf(WILD);
  if (wild !== -1 && path.slice(wild).includes('/..')) return path.slice(0, wild) + WILD;
  return posix.normalize(path);
}

/**
 * The path a load names, root-relative, as picomatch globs: the file itself (with the extensions and
 * index files a loader tries), the glob it spells, or, where part of it is unknown, everything under
 * the nearest directory it names. `undefined` when nothing about it is known.
 */
export function loadPatterns(
  argument: ts.Expression,
  file: ts.SourceFile,
  root: string,
  how: LoadHow,
): string[] | undefined {
  const dir = posix.dirname(file.fileName);
  const value = evaluate(argument, file, dir, 0);
  if (value.replaceAll(WILD, '').trim() === '' || /^[a-z][\w+.-]*:\/\//i.test(value)) return undefined;
  const bases = value.startsWith('/') ? [''] : value.startsWith(WILD) ? [] : how === 'url' ? [dir] : [dir, root];
  if (value.startsWith(WILD)) {
    // only the file name is known: any file of that name
    const tail = /\/([^/*{}]+\.[cm]?[jt]sx?)$/.exec(value.replaceAll(WILD, '*'))?.[1];
    return tail ? [`**/${tail}`] : undefined;
  }
  // a relative path whose first segment is unknown names no directory ('archived: ' + x is no path at all)
  const firstWild = value.indexOf(WILD);
  if (!value.startsWith('/') && firstWild !== -1 && !value.slice(0, firstWild).includes('/')) return undefined;
  if (!/^[\w@./{},*?-]*$/.test(value.replaceAll(WILD, ''))) return undefined;
  const out: string[] = [];
  for (const base of bases) {
    const absolute = posix.normalize(base ? posix.join(base, value) : value);
    const relative = posix.relative(root, absolute);
    if (relative.startsWith('..') || posix.isAbsolute(relative)) continue;
    const wild = relative.indexOf(WILD);
    if (wild !== -1) {
      const known = relative.slice(0, wild);
      const parent = known.includes('/') ? known.slice(0, known.lastIndexOf('/')) : '';
      if (parent === '' && !value.startsWith('/')) continue;
      out.push(parent === '' ? '**' : `${parent}/**`);
    } else if (/[*{?]/.test(relative)) out.push(relative);
    else if (how === 'readdir') out.push(relative === '' ? '*' : `${relative}/*`);
    else {
      const stem = relative.replace(/\.[cm]?[jt]sx?$/, '');
      out.push(
        relative,
        `${stem}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`,
        `${relative}/index.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`,
      );
    }
  }
  const patterns = out.filter((p) => p !== '');
  return patterns.length > 0 ? patterns : undefined;
}

function evaluate(
  node: ts.Expression,
  file: ts.SourceFile,
  dir: string,
  depth: number,
  params = new Set<string>(),
): string {
  if (depth > MAX_DEPTH) return WILD;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node))
    return evaluate(node.expression, file, dir, depth, params);
  if (ts.isTemplateExpression(node)) {
    return (
      node.head.text +
      node.templateSpans
        .map((span) => evaluate(span.expression, file, dir, depth + 1, params) + span.literal.text)
        .join('')
    );
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return evaluate(node.left, file, dir, depth + 1, params) + evaluate(node.right, file, dir, depth + 1, params);
  }
  if (ts.isIdentifier(node)) {
    if (node.text === '__dirname') return dir;
    if (node.text === '__filename') return file.fileName;
    if (params.has(node.text)) return WILD;
    const init = constantInitializer(node, file);
    return init ? evaluate(init, file, dir, depth + 1) : WILD;
  }
  if (ts.isPropertyAccessExpression(node) && node.getText(file) === 'import.meta.dirname') return dir;
  if (ts.isCallExpression(node)) {
    const callee = node.expression.getText(file);
    const args = node.arguments.map((arg) => evaluate(arg, file, dir, depth + 1, params));
    if (/^(?:path\.)?(?:join|resolve)$/.test(callee) || /^path\.posix\.(?:join|resolve)$/.test(callee)) {
      const joined = args.join('/').replace(/\/{2,}/g, '/');
      return callee.endsWith('resolve') && !joined.startsWith('/') ? posix.join(dir, joined) : joined;
    }
    if (ts.isIdentifier(node.expression)) {
      const returned = singleReturn(node.expression.text, file);
      if (returned) return evaluate(returned.expression, file, dir, depth + 1, returned.params);
    }
  }
  if (ts.isNewExpression(node) && node.expression.getText(file) === 'URL' && node.arguments?.[0]) {
    const relativeTo = node.arguments[1]?.getText(file);
    if (relativeTo === 'import.meta.url')
      return posix.join(dir, evaluate(node.arguments[0], file, dir, depth + 1, params));
  }
  return WILD;
}

/**
 * The initializer of the variable `name` refers to, found in the nearest enclosing function or
 * file that declares it (nested functions excluded); none when it is a parameter or declared twice.
 */
function constantInitializer(name: ts.Identifier, file: ts.SourceFile): ts.Expression | undefined {
  for (let scope: ts.Node | undefined = name.parent; scope; scope = scope.parent) {
    if (!ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) continue;
    if (ts.isFunctionLike(scope) && scope.parameters.some((p) => p.name.getText(file) === name.text)) return undefined;
    const found: ts.VariableDeclaration[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name.text)
        found.push(node);
      if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    if (ts.isSourceFile(scope)) scope.statements.forEach(visit);
    else if ('body' in scope && scope.body) ts.forEachChild(scope.body, visit);
    if (found.length > 0) return found.length === 1 ? found[0]?.initializer : undefined;
  }
  return undefined;
}

function singleReturn(
  name: string,
  file: ts.SourceFile,
): { expression: ts.Expression; params: Set<string> } | undefined {
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement) || statement.name?.text !== name || !statement.body) continue;
    const body = statement.body.statements;
    const last = body[body.length - 1];
    if (body.length !== 1 || !last || !ts.isReturnStatement(last) || !last.expression) return undefined;
    const params = new Set(statement.parameters.map((p) => p.name.getText(file)));
    return { expression: last.expression, params };
  }
  return undefined;
}
