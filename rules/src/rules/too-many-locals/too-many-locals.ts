import type { TSESLint } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';
import { functionHead, functionName } from '../../utils/function-frames.js';
import type { FunctionNode } from '../../utils/function-frames.js';
import { maxOptionSchema } from '../../utils/max-option.js';
import type { MaxOption } from '../../utils/max-option.js';

type Scope = TSESLint.Scope.Scope;

/** Scopes that belong to another function (or to a class body), whose names are not this function's locals. */
const FOREIGN_SCOPES: ReadonlySet<string> = new Set([
  'function',
  'function-expression-name',
  'class',
  'class-field-initializer',
  'class-static-block',
]);

/** A runtime name: declared by a value declaration, not only by a type, interface or the implicit `arguments`. */
function isValueVariable(variable: TSESLint.Scope.Variable): boolean {
  return variable.defs.some((def) => def.type !== 'Type' && def.type !== 'ImplicitGlobalVariable');
}

/**
 * Counts the names of a function scope and of its block scopes (if, for, catch, switch…), stopping
 * at nested functions and classes: each scope is visited by exactly one function, so the whole file
 * costs one pass over its scopes.
 */
function countLocals(scope: Scope): number {
  let count = 0;
  const pending: Scope[] = [scope];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const variable of current.variables) if (isValueVariable(variable)) count += 1;
    for (const child of current.childScopes) if (!FOREIGN_SCOPES.has(child.type)) pending.push(child);
  }
  return count;
}

export const tooManyLocals = createRule<[MaxOption], 'tooManyLocals'>({
  name: 'too-many-locals',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Limit the number of local names (parameters and variables) of a function (pylint R0914 too-many-locals)',
      category: 'R',
      pylint: 'R0914 too-many-locals',
      note: 'a function with more than 15 local names',
      preset: 'recommended',
    },
    schema: maxOptionSchema('the most local names a function may declare (default 15)'),
    messages: { tooManyLocals: '{{name}} has too many local names ({{count}}/{{max}})' },
  },
  defaultOptions: [{ max: 15 }],
  create(context, [{ max }]) {
    const check = (node: FunctionNode): void => {
      const scope = context.sourceCode.getScope(node);
      if (scope.block !== node) return;
      const count = countLocals(scope);
      if (count <= max) return;
      context.report({
        node,
        loc: functionHead(node, context.sourceCode),
        messageId: 'tooManyLocals',
        data: { name: functionName(node), count, max },
      });
    };
    return {
      'FunctionDeclaration:exit': check,
      'FunctionExpression:exit': check,
      'ArrowFunctionExpression:exit': check,
    };
  },
});
