import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';
import { maxOptionSchema } from '../../utils/max-option.js';
import type { MaxOption } from '../../utils/max-option.js';

/**
 * The operands of the `&&`/`||` tree at the top of a condition, as pylint counts the values of
 * nested BoolOps: `a && (b || c)` has 3. Anything else (`!x`, `a ?? b`, a call) is one operand
 * and is not entered, so each node is visited once.
 */
function countOperands(test: TSESTree.Expression): number {
  let count = 0;
  const pending: TSESTree.Expression[] = [test];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type === 'LogicalExpression' && node.operator !== '??') {
      pending.push(node.left, node.right);
    } else {
      count += 1;
    }
  }
  return count;
}

export const tooManyBooleanExpressions = createRule<[MaxOption], 'tooManyBooleanExpressions'>({
  name: 'too-many-boolean-expressions',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Limit the number of boolean operands in one condition (pylint R0916 too-many-boolean-expressions)',
      category: 'R',
      pylint: 'R0916 too-many-boolean-expressions',
      note: 'a condition with more than 5 boolean operands',
      preset: 'recommended',
    },
    schema: maxOptionSchema('the most operands of && and || one condition may have (default 5)'),
    messages: { tooManyBooleanExpressions: 'This condition has too many boolean expressions ({{count}}/{{max}})' },
  },
  defaultOptions: [{ max: 5 }],
  create(context, [{ max }]) {
    const check = (test: TSESTree.Expression | null): void => {
      if (test?.type !== 'LogicalExpression') return;
      const count = countOperands(test);
      if (count > max) context.report({ node: test, messageId: 'tooManyBooleanExpressions', data: { count, max } });
    };
    return {
      IfStatement: (node) => check(node.test),
      WhileStatement: (node) => check(node.test),
      DoWhileStatement: (node) => check(node.test),
      ForStatement: (node) => check(node.test),
      ConditionalExpression: (node) => check(node.test),
    };
  },
});
