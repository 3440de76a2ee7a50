// A jscodeshift transform: `var` → `const` where never reassigned, `let` where reassigned, and
// left alone wherever the block scope of let/const would change what the code does.
import type { API, ASTPath, FileInfo, Parser } from 'jscodeshift';
import { moduleKindOf, scriptAwareParser } from './module-kind.js';
import { referenceIndex, isAssignmentTarget, type AnyNode } from './references.js';

export const VAR_TO_LET_CONST_DESCRIPTION =
  '`var` → `const` where never reassigned, `let` where reassigned; left alone where hoisting or function scope matter';

/** Why a `var` was left alone (the `api.stats` key is `kept: <reason>`). */
export type KeepReason =
  | 'used-before-declaration'
  | 'read-before-declaration'
  | 'redeclared'
  | 'closure-in-loop'
  | 'loop-without-initializer'
  | 'used-outside-block'
  | 'single-statement-body'
  | 'script-global'
  | 'eval-or-with'
  | 'ambient';

export const KEEP_REASONS: Readonly<Record<KeepReason, string>> = {
  'used-before-declaration': 'used before its declaration (relies on hoisting)',
  'read-before-declaration':
    'read by a hoisted function that may run before the declaration is reached (let and const would throw there)',
  redeclared: 'declared more than once in its function, which let and const do not allow',
  'closure-in-loop': 'captured by a function inside a loop (one var binding is shared by every iteration)',
  'loop-without-initializer': 'declared without a value inside a loop (var keeps the previous iteration’s value)',
  'used-outside-block': 'declared in a block and used outside it',
  'single-statement-body': 'the body of an if, loop or label without braces, where let and const are not allowed',
  'script-global':
    'a top-level var of a script or an AMD file (not an ES or CommonJS module) is a property of the global object',
  'eval-or-with': 'its function uses eval or with, which can reach the name by its text',
  ambient: 'inside a declare or namespace block',
};

const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
  'ClassProperty',
  'ClassPrivateProperty',
  'PropertyDefinition',
  'StaticBlock',
  'Program',
]);
const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

interface Edit {
  start: number;
  kind: 'let' | 'const';
}

/**
 * `catch { … }` (ES2019, no binding): ast-types' scope analysis asserts that a catch clause has a
 * parameter and throws "null does not match type Pattern" on any lookup through it. The transform
 * edits the source text by offsets and never prints the tree, so each such clause gets a binding
 * whose name no source can contain, for the analysis only.
 */
function bindOptionalCatches(j: API['j'], root: ReturnType<API['j']>): void {
  root
    .find(j.CatchClause)
    .filter((path) => path.node.param == null)
    .forEach((path) => {
      path.node.param = j.identifier(' optional catch binding ');
    });
}

export default function varToLetConst(file: FileInfo, api: API): string | null {
  const scriptParser = scriptAwareParser(file.path);
  const j = scriptParser ? api.j.withParser(scriptParser as Parser) : api.j;
  const root = j(file.source);
  bindOptionalCatches(j, root);
  const lines = lineStarts(file.source);
  const offset = (node: AnyNode, edge: 'start' | 'end'): number => {
    const direct = (node as { start?: unknown; end?: unknown })[edge];
    if (typeof direct === 'number') return direct;
    const loc = (node as { loc?: { start: { line: number; column: number }; end: { line: number; column: number } } })
      .loc;
    if (!loc) return -1;
    return lines[loc[edge].line - 1]! + loc[edge].column;
  };
  const references = referenceIndex(j, root);
  const moduleKind = moduleKindOf(j, root, file.path);
  const isModule = moduleKind === 'module' || moduleKind === 'commonjs';
  const usesEvalOrWith = new Map<AnyNode, boolean>();
  const edits: Edit[] = [];

  root.find(j.VariableDeclaration, { kind: 'var' }).forEach((declarationPath) => {
    const path = declarationPath as unknown as ASTPath<AnyNode>;
    const node = path.node as unknown as AnyNode & { declarations: AnyNode[]; declare?: boolean };
    const start = offset(node, 'start');
    const line = (node as { loc?: { start: { line: number } } }).loc?.start.line ?? 1;
    const names = node.declarations.flatMap((declarator) => bindingNames(j, declarator));
    const verdict = decide();
    if (verdict !== 'let' && verdict !== 'const') {
      api.stats(`kept: ${verdict}`);
      api.report(`line ${line}: var ${names.join(', ')} kept: ${KEEP_REASONS[verdict]}`);
      return;
    }
    api.stats(`var → ${verdict}`);
    edits.push({ start, kind: verdict });

    function decide(): KeepReason | 'let' | 'const' {
      if (start < 0 || file.source.slice(start, start + 3) !== 'var') return 'ambient';
      if (
        node.declare === true ||
        ancestors(path).some((a) => a.node.type === 'TSModuleBlock' || a.node['declare'] === true)
      )
        return 'ambient';
      const parent = path.parent as ASTPath<AnyNode>;
      const inHead = isLoopHead(parent.node, node);
      if (
        !inHead &&
        !['Program', 'BlockStatement', 'SwitchCase', 'StaticBlock', 'ExportNamedDeclaration'].includes(parent.node.type)
      )
        return 'single-statement-body';
      const fn = enclosingFunction(path);
      const scope = path.scope as {
        lookup(name: string): unknown;
        getBindings(): Record<string, unknown[]>;
        isGlobal: boolean;
      } | null;
      const declScope = scope?.lookup(names[0] ?? '') as
        { getBindings(): Record<string, unknown[]>; isGlobal: boolean } | undefined;
      if (!declScope) return 'ambient';
      if (declScope.isGlobal && !isModule) return 'script-global';
      // a direct eval in this function or any function inside it can reach the name by its text;
      // a `with` in this function can make a name mean a property (one in an inner function only shadows it there)
      if (!usesEvalOrWith.has(fn.node))
        usesEvalOrWith.set(
          fn.node,
          j(fn as unknown as ASTPath)
            .find(j.WithStatement)
            .filter((w) => enclosingFunction(w as unknown as ASTPath<AnyNode>).node === fn.node)
            .size() > 0 ||
            j(fn as unknown as ASTPath)
              .find(j.CallExpression, { callee: { type: 'Identifier', name: 'eval' } })
              .size() > 0,
        );
      if (usesEvalOrWith.get(fn.node)) return 'eval-or-with';
      if (names.some((name) => (declScope.getBindings()[name]?.length ?? 0) > 1)) return 'redeclared';
      const loop = ancestors(path).find((a) => LOOP_TYPES.has(a.node.type) && isInside(a, fn));
      const block = enclosingBlock(path, fn);
      let reassigned = false;
      for (const declarator of node.declarations) {
        const id = declarator['id'] as AnyNode;
        const init = declarator['init'] as AnyNode | null | undefined;
        if (!init && !inHead && loop) return 'loop-without-initializer';
        if (!init && !(inHead && parent.node.type !== 'ForStatement')) reassigned = true;
        const idStart = offset(id, 'start');
        const idEnd = offset(id, 'end');
        const declaratorEnd = offset(declarator, 'end');
        for (const name of bindingNames(j, declarator)) {
          for (const ref of references.get(name) ?? []) {
            const refScope = (ref.scope as { lookup(name: string): unknown } | null)?.lookup(name);
            if (refScope !== declScope) continue;
            const at = offset(ref.node, 'start');
            if (at >= idStart && at < idEnd) continue;
            if (at < declaratorEnd) return 'used-before-declaration';
            if (hoistedEarly(ref, fn, declaratorEnd)) return 'read-before-declaration';
            if (block && (at < offset(block.node, 'start') || at >= offset(block.node, 'end')))
              return 'used-outside-block';
            if (loop && enclosingFunction(ref).node !== fn.node) return 'closure-in-loop';
            if (isAssignmentTarget(ref)) reassigned = true;
          }
        }
      }
      return reassigned ? 'let' : 'const';
    }
  });

  /**
   * Whether a reference sits in a function declaration (between it and the var's function) that
   * can be called before `before`: its name is used earlier in the text (a call, or a callback
   * registered earlier), or by another such function.
   */
  function hoistedEarly(ref: ASTPath<AnyNode>, fn: ASTPath<AnyNode>, before: number): boolean {
    for (const a of ancestors(ref)) {
      if (a === fn || a.node === fn.node) return false;
      if (a.node.type === 'FunctionDeclaration' && mayRunBefore(a, before, new Set())) return true;
    }
    return false;
  }

  function mayRunBefore(declaration: ASTPath<AnyNode>, before: number, visiting: Set<AnyNode>): boolean {
    if (visiting.has(declaration.node)) return false;
    visiting.add(declaration.node);
    const id = declaration.node['id'] as (AnyNode & { name?: string }) | null | undefined;
    if (!id || typeof id.name !== 'string') return true;
    const name = id.name;
    const outer = (declaration.scope as { parent?: { lookup(name: string): unknown } | null } | null)?.parent;
    const bindingScope = outer?.lookup(name);
    for (const use of references.get(name) ?? []) {
      if (use.node === id) continue;
      if ((use.scope as { lookup(name: string): unknown } | null)?.lookup(name) !== bindingScope) continue;
      if (offset(use.node, 'start') < before) return true;
      for (const a of ancestors(use)) {
        if (a.node === declaration.node) break;
        if (a.node.type === 'FunctionDeclaration' && mayRunBefore(a, before, visiting)) return true;
      }
    }
    return false;
  }

  if (edits.length === 0) return null;
  let output = file.source;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    output = output.slice(0, edit.start) + edit.kind + output.slice(edit.start + 3);
  return output;
}

function bindingNames(j: API['j'], declarator: AnyNode): string[] {
  const id = declarator['id'] as AnyNode;
  if (id.type === 'Identifier') return [id['name'] as string];
  const names: string[] = [];
  j(id as unknown as ASTPath)
    .find(j.Identifier)
    .forEach((p) => {
      const parent = p.parent?.node as AnyNode | undefined;
      // in `{ key: local }` only `local` is bound; type annotations bind nothing
      if (
        parent &&
        (parent.type === 'Property' || parent.type === 'ObjectProperty') &&
        parent['key'] === p.node &&
        parent['shorthand'] !== true
      )
        return;
      if (ancestors(p as unknown as ASTPath<AnyNode>).some((a) => a.node.type.startsWith('TS'))) return;
      names.push(p.node.name);
    });
  return [...new Set(names)];
}

function isLoopHead(parent: AnyNode, node: AnyNode): boolean {
  if (parent.type === 'ForStatement') return (parent as { init?: unknown }).init === node;
  if (parent.type === 'ForInStatement' || parent.type === 'ForOfStatement')
    return (parent as { left?: unknown }).left === node;
  return false;
}

function ancestors(path: ASTPath<AnyNode>): ASTPath<AnyNode>[] {
  const out: ASTPath<AnyNode>[] = [];
  for (
    let current = path.parent as ASTPath<AnyNode> | null;
    current;
    current = current.parent as ASTPath<AnyNode> | null
  )
    out.push(current);
  return out;
}

function enclosingFunction(path: ASTPath<AnyNode>): ASTPath<AnyNode> {
  return ancestors(path).find((a) => FUNCTION_TYPES.has(a.node.type)) ?? path;
}

function isInside(ancestor: ASTPath<AnyNode>, fn: ASTPath<AnyNode>): boolean {
  return ancestors(ancestor).includes(fn) || ancestor === fn;
}

/** The block a let/const in place of this var would be scoped to, or undefined when that is the function (or file) itself. */
function enclosingBlock(path: ASTPath<AnyNode>, fn: ASTPath<AnyNode>): ASTPath<AnyNode> | undefined {
  let child: AnyNode = path.node;
  for (const a of ancestors(path)) {
    if (a === fn) return undefined;
    const type = a.node.type;
    if (type === 'BlockStatement' || type === 'StaticBlock') return a.parent?.node === fn.node ? undefined : a;
    if (type === 'SwitchCase') return a;
    if (
      (type === 'ForStatement' || type === 'ForInStatement' || type === 'ForOfStatement') &&
      isLoopHead(a.node, child)
    )
      return a;
    child = a.node;
  }
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
