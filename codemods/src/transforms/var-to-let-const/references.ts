import type { API, ASTPath, Collection } from 'jscodeshift';

/** Any AST node (jscodeshift's parsers produce babel, TypeScript and flow node types). */
export interface AnyNode {
  type: string;
  [field: string]: unknown;
}

const PATTERN_TYPES = new Set([
  'ObjectPattern',
  'ArrayPattern',
  'RestElement',
  'AssignmentPattern',
  'Property',
  'ObjectProperty',
]);

/** Every identifier that reads or writes a variable (not property keys, labels or member names), by name. */
export function referenceIndex(j: API['j'], root: Collection): Map<string, ASTPath<AnyNode & { name: string }>[]> {
  const index = new Map<string, ASTPath<AnyNode & { name: string }>[]>();
  const add = (path: ASTPath<AnyNode & { name: string }>): void => {
    if (!isReference(path)) return;
    const list = index.get(path.node.name);
    if (list) list.push(path);
    else index.set(path.node.name, [path]);
  };
  root.find(j.Identifier).forEach((path) => add(path as unknown as ASTPath<AnyNode & { name: string }>));
  root.find(j.JSXIdentifier).forEach((path) => add(path as unknown as ASTPath<AnyNode & { name: string }>));
  return index;
}

function isReference(path: ASTPath<AnyNode & { name: string }>): boolean {
  const parent = path.parent?.node as (AnyNode & Record<string, unknown>) | undefined;
  if (!parent) return true;
  const node = path.node;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
    case 'JSXMemberExpression':
      return parent['object'] === node || parent['computed'] === true;
    case 'Property':
    case 'ObjectProperty':
    case 'ClassProperty':
    case 'ClassPrivateProperty':
    case 'PropertyDefinition':
    case 'MethodDefinition':
    case 'ClassMethod':
    case 'ObjectMethod':
    case 'TSPropertySignature':
    case 'TSMethodSignature':
    case 'TSEnumMember':
      return parent['key'] !== node || parent['computed'] === true || parent['shorthand'] === true;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    case 'JSXAttribute':
      return false;
    case 'TSQualifiedName':
      return parent['left'] === node;
    case 'ImportSpecifier':
      return parent['local'] === node;
    case 'ExportSpecifier':
      return parent['local'] === node;
    default:
      return true;
  }
}

/** Whether the identifier is written: `x = …`, `x += …`, `x++`, `[x] = …`, `for (x of …)`. */
export function isAssignmentTarget(path: ASTPath<AnyNode>): boolean {
  let child: AnyNode = path.node;
  let current = path.parent as ASTPath<AnyNode> | null;
  while (current && PATTERN_TYPES.has(current.node.type)) {
    const node = current.node as AnyNode & Record<string, unknown>;
    if ((node.type === 'Property' || node.type === 'ObjectProperty') && node['value'] !== child) return false;
    if (node.type === 'AssignmentPattern' && node['left'] !== child) return false;
    child = current.node;
    current = current.parent as ASTPath<AnyNode> | null;
  }
  if (!current) return false;
  const node = current.node as AnyNode & Record<string, unknown>;
  if (node.type === 'AssignmentExpression') return node['left'] === child;
  if (node.type === 'UpdateExpression') return true;
  if (node.type === 'ForInStatement' || node.type === 'ForOfStatement') return node['left'] === child;
  return false;
}
