import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export type FunctionNode =
  TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * Listeners that keep one counter per function on a stack while ESLint walks the tree once:
 * `current()` is the innermost function's frame (undefined at module level), and `onExit` gets
 * each frame when its function ends. Nested functions have frames of their own.
 */
export function functionFrames<Frame>(
  create: (node: FunctionNode) => Frame,
  onExit: (frame: Frame, node: FunctionNode) => void,
): { listeners: TSESLint.RuleListener; current: () => Frame | undefined } {
  const stack: Frame[] = [];
  const enter = (node: FunctionNode): void => {
    stack.push(create(node));
  };
  const exit = (node: FunctionNode): void => {
    const frame = stack.pop();
    if (frame !== undefined) onExit(frame, node);
  };
  return {
    current: () => stack[stack.length - 1],
    listeners: {
      FunctionDeclaration: enter,
      FunctionExpression: enter,
      ArrowFunctionExpression: enter,
      'FunctionDeclaration:exit': exit,
      'FunctionExpression:exit': exit,
      'ArrowFunctionExpression:exit': exit,
    },
  };
}

/** A plain-words name of a function for messages: "function 'load'", "method 'save'", "arrow function". */
export {
  getFunctionNameWithKind as functionName,
  getFunctionHeadLocation as functionHead,
} from '@typescript-eslint/utils/ast-utils';
