import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleListener, SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { isConstructorTag, isInheritsCall, type ConstructorEvidence } from '../../naming/function-kind.js';

/**
 * A file's evidence that a function is used as a constructor, by name (ESTree side of
 * `functionNameKind` in `../../naming/function-kind.ts`; the rename codemod collects the same
 * evidence with TypeScript's symbols): `new F`, `F.prototype`, `util.inherits(F, G)`,
 * `class X extends F`, and a JSDoc `@constructor`/`@class` on the function. A name counts through
 * a member too (`new app.Router()` is evidence for `app.Router = function Router() {}`).
 */
export class ConstructorUses {
  private readonly byName = new Map<string, Set<ConstructorEvidence>>();

  constructor(private readonly sourceCode: Readonly<SourceCode>) {}

  /** The visitors that gather the evidence; ask `of` only at `Program:exit`. */
  visitors(): RuleListener {
    return {
      NewExpression: (node) => this.note(node.callee, 'new'),
      MemberExpression: (node) => {
        if (!node.computed && node.property.type === 'Identifier' && node.property.name === 'prototype')
          this.note(node.object, 'prototype');
      },
      CallExpression: (node) => {
        if (!isInheritsCall(this.sourceCode.getText(node.callee))) return;
        for (const argument of node.arguments.slice(0, 2)) this.note(argument, 'inherits');
      },
      'ClassDeclaration[superClass], ClassExpression[superClass]': (
        node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
      ) => this.note(node.superClass, 'extends'),
    };
  }

  /** The evidence for a function: uses of its own name or of the name it is assigned to, and its JSDoc. */
  of(fn: TSESTree.FunctionLike): Set<ConstructorEvidence> {
    const out = new Set<ConstructorEvidence>();
    for (const name of [fn.id?.name, fn.type === 'FunctionExpression' ? ConstructorUses.holderName(fn) : undefined])
      for (const evidence of (name && this.byName.get(name)) || []) out.add(evidence);
    if (this.hasConstructorTag(fn)) out.add('jsdoc');
    return out;
  }

  /** The property or variable a function expression is assigned to (`o.m = function`, `var m = function`, `{ m: function }`). */
  static holderName(fn: TSESTree.FunctionExpression): string | undefined {
    const parent = fn.parent;
    if (parent.type === 'VariableDeclarator' && parent.init === fn && parent.id.type === 'Identifier')
      return parent.id.name;
    if (parent.type === 'Property' && parent.value === fn && !parent.computed && parent.key.type === 'Identifier')
      return parent.key.name;
    if (parent.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === fn) {
      if (parent.left.type === 'Identifier') return parent.left.name;
      if (
        parent.left.type === 'MemberExpression' &&
        !parent.left.computed &&
        parent.left.property.type === 'Identifier'
      )
        return parent.left.property.name;
    }
    return undefined;
  }

  private note(node: TSESTree.Node | null, evidence: ConstructorEvidence): void {
    let name: string | undefined;
    if (node?.type === 'Identifier') name = node.name;
    else if (node?.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier')
      name = node.property.name;
    if (name === undefined) return;
    const known = this.byName.get(name);
    if (known) known.add(evidence);
    else this.byName.set(name, new Set([evidence]));
  }

  /** A `/** … @constructor … *\/` block before the function, or before the statement that assigns it. */
  private hasConstructorTag(fn: TSESTree.FunctionLike): boolean {
    let host: TSESTree.Node = fn;
    while (
      host.parent &&
      (host.parent.type === 'VariableDeclarator' ||
        host.parent.type === 'VariableDeclaration' ||
        host.parent.type === 'AssignmentExpression' ||
        host.parent.type === 'ExpressionStatement' ||
        host.parent.type === 'ExportNamedDeclaration' ||
        host.parent.type === 'ExportDefaultDeclaration')
    )
      host = host.parent;
    return this.sourceCode
      .getCommentsBefore(host)
      .some(
        (comment) =>
          comment.type === 'Block' &&
          comment.value.startsWith('*') &&
          [...comment.value.matchAll(/@(\w+)/g)].some((match) => isConstructorTag(match[1]!)),
      );
  }
}
