import { createRequire } from 'node:module';
import type { API, ASTPath, Collection } from 'jscodeshift';
import type { AnyNode } from './references.js';

/** How the runtime loads a file, which decides whether its top-level `var`s are globals. */
export type ModuleKind = 'module' | 'commonjs' | 'amd' | 'script';

/**
 * An ES module (import/export, or a .mjs/.mts extension), CommonJS (`require('literal')`,
 * `module.exports`, `exports.x` with none of these names declared in the file, or .cjs/.cts),
 * AMD (`define(…)` or `require([…], fn)`, which load the file as a script), else a script. A
 * declaration named `require`, `module` or `exports` is no sign of anything.
 */
export function moduleKindOf(j: API['j'], root: Collection, path: string): ModuleKind {
  if (/\.m[jt]s$/i.test(path)) return 'module';
  const esm =
    root.find(j.ImportDeclaration).size() > 0 ||
    root
      .find(j.Node)
      .filter(
        (p) =>
          /^Export/.test((p.node as AnyNode).type) ||
          p.node.type === 'TSExportAssignment' ||
          p.node.type === 'TSImportEqualsDeclaration',
      )
      .size() > 0;
  if (esm) return 'module';
  const freeName = (p: ASTPath, name: string): boolean =>
    (p.scope as { lookup(n: string): unknown } | null)?.lookup(name) == null;
  let commonjs = /\.c[jt]s$/i.test(path);
  let amd = false;
  root.find(j.CallExpression).forEach((p) => {
    const call = p.node as unknown as AnyNode & { callee: AnyNode; arguments: AnyNode[] };
    if (call.callee.type !== 'Identifier') return;
    const name = call.callee['name'];
    const first = call.arguments[0];
    if (name === 'define' && freeName(p, 'define')) amd = true;
    if (name === 'require' && freeName(p, 'require') && first) {
      if (first.type === 'ArrayExpression') amd = true;
      else if (isStringLiteral(first) && call.arguments.length === 1) commonjs = true;
    }
  });
  root.find(j.MemberExpression).forEach((p) => {
    const member = p.node as unknown as AnyNode & { object: AnyNode; property: AnyNode; computed: boolean };
    const object = member.object;
    if (object.type !== 'Identifier') return;
    const property =
      !member.computed && member.property.type === 'Identifier' ? (member.property['name'] as string) : undefined;
    if (object['name'] === 'module' && property === 'exports' && freeName(p, 'module')) commonjs = true;
    if (object['name'] === 'exports' && freeName(p, 'exports')) {
      const parent = p.parent?.node as AnyNode | undefined;
      if (parent?.type === 'AssignmentExpression' && parent['left'] === p.node) commonjs = true;
    }
  });
  if (amd) return 'amd';
  return commonjs ? 'commonjs' : 'script';
}

function isStringLiteral(node: AnyNode): boolean {
  return (node.type === 'StringLiteral' || node.type === 'Literal') && typeof node['value'] === 'string';
  // a template literal without expressions is a literal too
}

// jscodeshift's `babel` parser options (parser/babel5Compat.js) with the source type left to the file
const BABEL_OPTIONS = {
  allowHashBang: true,
  ecmaVersion: Infinity,
  allowImportExportEverywhere: true,
  allowReturnOutsideFunction: true,
  startLine: 1,
  tokens: true,
  plugins: [
    'estree',
    'jsx',
    'asyncGenerators',
    'classProperties',
    'doExpressions',
    'exportExtensions',
    'functionBind',
    'functionSent',
    'objectRestSpread',
    'dynamicImport',
    'nullishCoalescingOperator',
    'optionalChaining',
    ['decorators', { decoratorsBeforeExport: false }],
  ],
};

interface BabelParser {
  parse(code: string, options: Record<string, unknown>): unknown;
}
let babel: BabelParser | undefined;

/**
 * The parser for a JavaScript file as Node reads it: a file without import or export is a
 * script (CommonJS included), where sloppy-mode code (`var package`, `with`, octal literals)
 * is valid. TypeScript files keep the runner's parser.
 */
export function scriptAwareParser(path: string): { parse(code: string): unknown } | undefined {
  if (!/\.(c?js|jsx)$/i.test(path)) return undefined;
  babel ??= createRequire(createRequire(import.meta.url).resolve('jscodeshift'))('@babel/parser') as BabelParser;
  const parser = babel;
  return { parse: (code: string) => parser.parse(code, { ...BABEL_OPTIONS, sourceType: 'unambiguous' }) };
}
