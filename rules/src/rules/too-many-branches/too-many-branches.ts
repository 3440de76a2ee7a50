import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';
import { functionFrames, functionHead, functionName } from '../../utils/function-frames.js';
import { maxOptionSchema } from '../../utils/max-option.js';
import type { MaxOption } from '../../utils/max-option.js';

interface Frame {
  branches: number;
}

/** `cb && cb()` and `ok ? a() : b()` written as statements are if statements in disguise. */
function controlFlowBranches(node: TSESTree.ExpressionStatement): number {
  const expression = node.expression;
  if (expression.type === 'ConditionalExpression') return 2;
  if (expression.type === 'LogicalExpression') return 1;
  return 0;
}

export const tooManyBranches = createRule<[MaxOption], 'tooManyBranches'>({
  name: 'too-many-branches',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Limit the number of branches in a function (pylint R0912 too-many-branches)',
      category: 'R',
      pylint: 'R0912 too-many-branches',
      note: 'a function with more than 12 branches',
      preset: 'recommended',
    },
    schema: maxOptionSchema('the most branches a function may have (default 12)'),
    messages: { tooManyBranches: '{{name}} has too many branches ({{count}}/{{max}})' },
  },
  defaultOptions: [{ max: 12 }],
  create(context, [{ max }]) {
    const frames = functionFrames<Frame>(
      () => ({ branches: 0 }),
      (frame, node) => {
        if (frame.branches <= max) return;
        context.report({
          node,
          loc: functionHead(node, context.sourceCode),
          messageId: 'tooManyBranches',
          data: { name: functionName(node), count: frame.branches, max },
        });
      },
    );
    const add = (count: number): void => {
      const frame = frames.current();
      if (frame !== undefined) frame.branches += count;
    };
    return {
      ...frames.listeners,
      // An else-if is an IfStatement of its own, so only a final plain else adds a branch here.
      IfStatement: (node) => add(node.alternate === null || node.alternate.type === 'IfStatement' ? 1 : 2),
      SwitchCase: () => add(1),
      CatchClause: () => add(1),
      'TryStatement[finalizer]': () => add(1),
      ForStatement: () => add(1),
      ForInStatement: () => add(1),
      ForOfStatement: () => add(1),
      WhileStatement: () => add(1),
      DoWhileStatement: () => add(1),
      ExpressionStatement: (node) => add(controlFlowBranches(node)),
    };
  },
});
