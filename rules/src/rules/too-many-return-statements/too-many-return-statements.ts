import { createRule } from '../../utils/create-rule.js';
import { functionFrames, functionHead, functionName } from '../../utils/function-frames.js';
import { maxOptionSchema } from '../../utils/max-option.js';
import type { MaxOption } from '../../utils/max-option.js';

interface Frame {
  returns: number;
}

export const tooManyReturnStatements = createRule<[MaxOption], 'tooManyReturns'>({
  name: 'too-many-return-statements',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Limit the number of return statements in a function (pylint R0911 too-many-return-statements)',
      category: 'R',
      pylint: 'R0911 too-many-return-statements',
      note: 'a function with more than 6 returns',
      preset: 'recommended',
    },
    schema: maxOptionSchema('the most return statements a function may have (default 6)'),
    messages: { tooManyReturns: '{{name}} has too many return statements ({{count}}/{{max}})' },
  },
  defaultOptions: [{ max: 6 }],
  create(context, [{ max }]) {
    const frames = functionFrames<Frame>(
      () => ({ returns: 0 }),
      (frame, node) => {
        if (frame.returns <= max) return;
        context.report({
          node,
          loc: functionHead(node, context.sourceCode),
          messageId: 'tooManyReturns',
          data: { name: functionName(node), count: frame.returns, max },
        });
      },
    );
    return {
      ...frames.listeners,
      ReturnStatement: () => {
        const frame = frames.current();
        if (frame !== undefined) frame.returns += 1;
      },
    };
  },
});
