/**
 * The one definition of a "statement", the denominator of every score. The scorer counts by adding
 * listeners for COUNTED_STATEMENT_TYPES to the ESLint run it already makes (no second walk over the
 * tree); countStatements walks a tree it is given and must agree with those listeners exactly.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

/** Node types that count wherever they appear (statements, declarations and class members). */
const ALWAYS_COUNTED: readonly string[] = [
  'ExpressionStatement',
  'IfStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
  'SwitchStatement',
  'TryStatement',
  'ReturnStatement',
  'ThrowStatement',
  'BreakStatement',
  'ContinueStatement',
  'LabeledStatement',
  'DebuggerStatement',
  'WithStatement',
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
  'ExportAllDeclaration',
  'TSExportAssignment',
  'TSNamespaceExportDeclaration',
  'MethodDefinition',
  'TSAbstractMethodDefinition',
  'PropertyDefinition',
  'TSAbstractPropertyDefinition',
  'AccessorProperty',
  'TSAbstractAccessorProperty',
];

/**
 * Declarations that count on their own, but not when they are the declaration of an `export`
 * wrapper: `export function f() {}` is one statement, and the wrapper is the one that counts
 * because `export { a }` and `export * from 'm'` have no inner declaration.
 */
const DECLARATIONS: readonly string[] = [
  'VariableDeclaration',
  'FunctionDeclaration',
  'ClassDeclaration',
  'TSDeclareFunction',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSEnumDeclaration',
  'TSModuleDeclaration',
  'TSImportEqualsDeclaration',
];

export const COUNTED_STATEMENT_TYPES: readonly string[] = Object.freeze([...ALWAYS_COUNTED, ...DECLARATIONS]);

const always = new Set(ALWAYS_COUNTED);
const declarations = new Set(DECLARATIONS);

function isExportedDeclaration(node: TSESTree.Node, parent: TSESTree.Node): boolean {
  return (
    (parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportDefaultDeclaration') &&
    parent.declaration === node
  );
}

/** `for (let i = 0; ...)`, `for (const k in o)`, `for (const v of a)`: the declaration is part of the loop. */
function isLoopHead(node: TSESTree.Node, parent: TSESTree.Node): boolean {
  if (parent.type === 'ForStatement') return parent.init === node;
  if (parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') return parent.left === node;
  return false;
}

function countsUnder(node: TSESTree.Node, parent: TSESTree.Node | undefined): boolean {
  if (always.has(node.type)) return true;
  if (!declarations.has(node.type)) return false;
  if (parent === undefined) return true;
  return !isExportedDeclaration(node, parent) && !isLoopHead(node, parent);
}

/** Whether `node` is one statement; reads `node.parent`, which ESLint sets before rules run. */
export function isCountedStatement(node: TSESTree.Node): boolean {
  return countsUnder(node, node.parent);
}

type Keyed = Record<string, unknown>;

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as Keyed)['type'] === 'string';
}

function childrenOf(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Keyed)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

/**
 * Counts the statements of a tree from any ESTree parser (typescript-estree, espree). Parents are
 * tracked during the walk, so the tree does not need `parent` links.
 */
export function countStatements(program: TSESTree.Program): number {
  let count = 0;
  const stack: Array<[TSESTree.Node, TSESTree.Node | undefined]> = [[program, undefined]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, parent] = entry;
    if (countsUnder(node, parent)) count += 1;
    for (const child of childrenOf(node)) stack.push([child, node]);
  }
  return count;
}
