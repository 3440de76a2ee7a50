import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { COUNTED_STATEMENT_TYPES, isCountedStatement } from '../../statements/count-statements.js';
import { createRule } from '../../utils/create-rule.js';
import { functionFrames, functionHead, functionName } from '../../utils/function-frames.js';
import { maxOptionSchema } from '../../utils/max-option.js';
import type { MaxOption } from '../../utils/max-option.js';

interface Frame {
  statements: number;
}

export const tooManyStatements = createRule<[MaxOption], 'tooManyStatements'>({
  name: 'too-many-statements',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Limit the number of statements in a function, counted as the score counts them (pylint R0915 too-many-statements)',
      category: 'R',
      pylint: 'R0915 too-many-statements',
      note: 'a function with more than 50 statements, counted as the scorer counts',
      preset: 'recommended',
    },
    schema: maxOptionSchema('the most statements a function may have (default 50)'),
    messages: { tooManyStatements: '{{name}} has too many statements ({{count}}/{{max}})' },
  },
  defaultOptions: [{ max: 50 }],
  create(context, [{ max }]) {
    const frames = functionFrames<Frame>(
      () => ({ statements: 0 }),
      (frame, node) => {
        if (frame.statements <= max) return;
        context.report({
          node,
          loc: functionHead(node, context.sourceCode),
          messageId: 'tooManyStatements',
          data: { name: functionName(node), count: frame.statements, max },
        });
      },
    );
    const count = (node: TSESTree.Node): void => {
      const frame = frames.current();
      if (frame !== undefined && isCountedStatement(node)) frame.statements += 1;
    };
    const listeners: TSESLint.RuleListener = { ...frames.listeners };
    const counting = listeners as Record<string, (node: TSESTree.Node) => void>;
    for (const type of COUNTED_STATEMENT_TYPES) {
      const existing = counting[type];
      // FunctionDeclaration also opens a frame: count it in the enclosing function first.
      counting[type] = existing === undefined ? count : (node) => (count(node), existing(node));
    }
    return listeners;
  },
});
