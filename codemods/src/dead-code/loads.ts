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
  /** a glob named only by its spelling (a directory, no extension, no path context): it counts only where its directory holds project files */
  needsDirectory?: boolean;
}

const WORKERS = new Set(['Worker', 'SharedWorker']);
const FORKS = new Set(['fork']);
const SPAWNS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync']);
const READDIRS = new Set(['readdirSync', 'readdir', 'opendirSync', 'opendir']);
const NODE_COMMANDS = /^(?:process\.execPath|process\.argv\[0\]|process\.argv0|['"`](?:node|nodejs|ts-node|tsx)['"`])$/;
/** A string that reads as a glob: a `*` or a `{a,b}`. */
const GLOB_STRING = /(?:\*|\{[^}]*,[^}]*\})/;
/** A code file extension spelled in a glob: `.js`, `*.{ts,js}`, `{.js,.ts}`. */
const CODE_EXTENSION = /\.(?:[cm]?[jt]sx?\b|\{[^}]*\b[cm]?[jt]sx?\b)|\{[^}]*\.[cm]?[jt]sx?\b/;
/** `text/*`, `*\/*`, `application/vnd.api+json`: a media type (an Accept header, `res.format`), not a path. */
const MEDIA_TYPE =
  /^(?:\*|application|audio|font|image|message|model|multipart|text|video|example)\/[\w.+*-]+(?:\s*;.*)?$/i;
/** Calls whose string arguments are file globs or paths (glob, fast-glob, globby, tinyglobby, fs). */
const GLOB_CALLS = new Set(['glob', 'globSync', 'globby', 'globbySync', 'fg', 'fastGlob', 'sync', 'async', 'stream']);
/** Config keys whose values are globs of modules a known loader requires (TypeORM, Sequelize, Knex, test runners). */
const LOADER_KEYS = new Set([
  'entities',
  'migrations',
  'subscribers',
  'seeds',
  'seeders',
  'factories',
  'models',
  'modelPaths',
  'plugins',
  'spec',
  'specs',
  'files',
  'include',
  'testMatch',
  'routes',
  'controllers',
  'resolvers',
  'typeDefs',
  'directory',
]);

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
  if (ts.isStringLiteralLike(node) && !isModuleSpecifier(node)) {
    const use = globUse(node, file);
    if (use === 'no') return false;
    add('glob', node);
    if (use === 'directory') loads[loads.length - 1]!.needsDirectory = true;
    return true;
  }
  return false;
}

/**
 * Whether a string literal is a glob that names files: `path` when it is used as one (an argument of
 * a glob or fs call, the value of a loader's config key such as `entities`/`migrations`) or spells a
 * directory and a code file extension (`'src/migration/*.js'`, `'plugins/*{.js,.ts}'`); `directory` when it
 * spells a directory only (`'lib/plugins/*'`: a glob only where that directory holds files); `no` for
 * everything else that holds a `*`: media types (`'*\/*'`, `'text/*'`), cron lines, `'**'` alone,
 * regular expressions, route patterns without an extension.
 */
export function globUse(node: ts.StringLiteralLike, file: ts.SourceFile): 'path' | 'directory' | 'no' {
  const text = node.text;
  if (text.length >= 300 || !GLOB_STRING.test(text)) return 'no';
  if (/\s/.test(text) || /[\\^$()|]|\.\*|\.\+/.test(text) || MEDIA_TYPE.test(text)) return 'no';
  // nothing but wildcards and separators (`'*'`, `'**'`, `'*/*'`, `'**/*'`) names no file in particular
  if (!/[\w@-]/.test(text.replace(/\*\*?/g, ''))) return 'no';
  if (inPathContext(node, file)) return 'path';
  if (!text.includes('/')) return 'no';
  if (CODE_EXTENSION.test(text)) return 'path';
  // a literal directory before the first wildcard (`lib/plugins/*`); graph.ts checks that it holds files
  return /^(?:\.{1,2}\/)*[\w@.-]+\/[^*{?]*[*{?]/.test(text) ? 'directory' : 'no';
}

/** The string (or the array holding it) is a glob/fs call's argument or a loader config key's value. */
function inPathContext(node: ts.Node, file: ts.SourceFile): boolean {
  let at: ts.Node = node;
  if (ts.isArrayLiteralExpression(at.parent)) at = at.parent;
  const parent = at.parent;
  if (ts.isCallExpression(parent) && parent.arguments.includes(at as ts.Expression)) {
    const callee = calleeName(parent.expression);
    if (callee && GLOB_CALLS.has(callee)) {
      // `x.sync(…)` only of a glob library's binding (`fg.sync`, `glob.sync`)
      if (!['sync', 'async', 'stream'].includes(callee)) return true;
      const object = ts.isPropertyAccessExpression(parent.expression) ? parent.expression.expression.getText(file) : '';
      return /glob|^fg$/i.test(object);
    }
    return false;
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === at) {
    const key = parent.name;
    return (ts.isIdentifier(key) || ts.isStringLiteral(key)) && LOADER_KEYS.has(key.text);
  }
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
