// Code loaded without an import statement: workers, child processes, `new URL(…, import.meta.url)`,
// paths built from `__dirname`, glob strings, directories read with `readdirSync`. Each is read from
// the syntax here and matched against the project's files in graph.ts.
import { ts } from '../runner/engine.js';

/** How a file names code it loads. */
export type LoadHow = 'worker' | 'child-process' | 'url' | 'path' | 'glob' | 'readdir' | 'resolve';

export interface Load {
  how: LoadHow;
  argument: ts.Expression;
  line: number;
}

const WORKERS = new Set(['Worker', 'SharedWorker']);
const FORKS = new Set(['fork']);
const SPAWNS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);
const READDIRS = new Set(['readdirSync', 'readdir', 'opendirSync', 'opendir']);
const NODE_COMMANDS = /^(?:process\.execPath|process\.argv\[0\]|process\.argv0|['"`](?:node|nodejs|ts-node|tsx)['"`])$/;
/** A string that reads as a file glob: a `*` or a `{a,b}` with a path separator or an extension. */
const GLOB_STRING = /(?:\*|\{[^}]*,[^}]*\})/;
const FILE_LIKE = /(?:\/|\.[cm]?[jt]sx?\b|\{[^}]*\.[cm]?[jt]sx?)/;

/** The loads of a file; `seen` skips arguments an outer load already covers. */
export function collectLoads(file: ts.SourceFile, node: ts.Node, loads: Load[]): boolean {
  const add = (how: LoadHow, argument: ts.Expression | undefined): boolean => {
    if (!argument) return false;
    loads.push({ how, argument, line: file.getLineAndCharacterOfPosition(argument.getStart(file)).line + 1 });
    return true;
  };
  if (ts.isNewExpression(node)) {
    const callee = calleeName(node.expression);
    if (callee && WORKERS.has(callee)) return add('worker', node.arguments?.[0]);
    if (callee === 'URL' && node.arguments?.[1] && isImportMetaUrl(node.arguments[1], file)) return add('url', node);
    return false;
  }
  if (ts.isCallExpression(node)) {
    const callee = calleeName(node.expression);
    if (!callee) return false;
    if (FORKS.has(callee) && node.arguments[0] && !isBuiltinModuleName(node.arguments[0]))
      return add('child-process', node.arguments[0]);
    if (SPAWNS.has(callee) && node.arguments[0] && NODE_COMMANDS.test(node.arguments[0].getText(file))) {
      const list = node.arguments[1];
      if (list && ts.isArrayLiteralExpression(list)) {
        const script = list.elements.find((e) => !(ts.isStringLiteralLike(e) && e.text.startsWith('-')));
        if (script && !ts.isSpreadElement(script)) return add('child-process', script);
      }
      return false;
    }
    if (READDIRS.has(callee) && node.arguments[0]) return add('readdir', node.arguments[0]);
    if (
      (callee === 'join' || callee === 'resolve') &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.getText(file) === 'require'
    )
      return false;
    if ((callee === 'join' || callee === 'resolve') && node.arguments.some((a) => startsFromHere(a, file)))
      return add('path', node);
    return false;
  }
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    startsFromHere(leftmost(node), file)
  )
    return add('path', node);
  if (
    ts.isTemplateExpression(node) &&
    node.head.text === '' &&
    node.templateSpans[0] &&
    startsFromHere(node.templateSpans[0].expression, file)
  )
    return add('path', node);
  if (
    ts.isStringLiteralLike(node) &&
    GLOB_STRING.test(node.text) &&
    FILE_LIKE.test(node.text) &&
    !isModuleSpecifier(node) &&
    node.text.length < 300
  )
    return add('glob', node);
  return false;
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function isImportMetaUrl(node: ts.Expression, file: ts.SourceFile): boolean {
  return node.getText(file) === 'import.meta.url';
}

function isBuiltinModuleName(node: ts.Expression): boolean {
  return ts.isStringLiteralLike(node) && !/[/.]/.test(node.text);
}

/** `__dirname`, `__filename`, `import.meta.dirname` (what a path computed relative to the file starts from). */
function startsFromHere(node: ts.Expression, file: ts.SourceFile): boolean {
  if (ts.isIdentifier(node)) return node.text === '__dirname' || node.text === '__filename';
  if (ts.isPropertyAccessExpression(node)) return /^import\.meta\.(?:dirname|filename)$/.test(node.getText(file));
  return false;
}

function leftmost(node: ts.BinaryExpression): ts.Expression {
  let current: ts.Expression = node;
  while (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.PlusToken)
    current = current.left;
  return current;
}

export function isModuleSpecifier(node: ts.StringLiteralLike): boolean {
  const parent = node.parent;
  if (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    ts.isLiteralTypeNode(parent)
  )
    return true;
  return (
    ts.isCallExpression(parent) &&
    (parent.expression.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(parent.expression) && parent.expression.text === 'require'))
  );
}
