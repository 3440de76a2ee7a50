import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';

interface Options {
  /** A catch block that holds only a comment explaining why is accepted. */
  allowComment: boolean;
}

/** One `catch` being walked: whether its body rethrows, returns or logs, at its own function depth. */
interface CatchFrame {
  node: TSESTree.CatchClause;
  depth: number;
  handled: boolean;
}

const LOG_NAME = /^(?:log|warn|error|info|debug|trace|fatal|report|capture|notify|alert)/iu;
const LOGGER_OBJECT = /^(?:console|logger|log|.*Logger|sentry|Sentry)$/u;

function calleeName(callee: TSESTree.Node): { object?: string; name?: string } {
  if (callee.type === 'Identifier') return { name: callee.name };
  if (callee.type !== 'MemberExpression') return {};
  const property = !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
  const object =
    callee.object.type === 'Identifier'
      ? callee.object.name
      : callee.object.type === 'MemberExpression' && callee.object.property.type === 'Identifier'
        ? callee.object.property.name
        : undefined;
  return { object, name: property };
}

function isLoggingCall(node: TSESTree.CallExpression): boolean {
  const { object, name } = calleeName(node.callee);
  return (object !== undefined && LOGGER_OBJECT.test(object)) || (name !== undefined && LOG_NAME.test(name));
}

function isJsonParse(node: TSESTree.CallExpression): boolean {
  const { object, name } = calleeName(node.callee);
  return object === 'JSON' && name === 'parse';
}

/** `() => {}`, `() => null`, `() => undefined`, `() => void 0`, `function () {}`: a handler that drops what it gets. */
function isDroppingHandler(node: TSESTree.Node | undefined): boolean {
  if (node === undefined || (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression'))
    return false;
  if (node.params.length > 0) return false;
  const body = node.body;
  if (body.type === 'BlockStatement') {
    if (body.body.length === 0) return true;
    const [only] = body.body;
    return (
      body.body.length === 1 && only?.type === 'ReturnStatement' && (only.argument === null || isNothing(only.argument))
    );
  }
  return isNothing(body);
}

function isNothing(node: TSESTree.Expression): boolean {
  return (
    (node.type === 'Literal' && node.value === null && !('regex' in node)) ||
    (node.type === 'Identifier' && node.name === 'undefined') ||
    (node.type === 'UnaryExpression' && node.operator === 'void' && node.argument.type === 'Literal')
  );
}

function promiseHandlerDropped(node: TSESTree.CallExpression): boolean {
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return false;
  if (callee.property.name === 'catch') return isDroppingHandler(node.arguments[0]);
  if (callee.property.name === 'then') return node.arguments.length >= 2 && isDroppingHandler(node.arguments[1]);
  return false;
}

export const noSwallowedError = createRule<[Options], 'swallowedError' | 'swallowedJsonParse' | 'swallowedRejection'>({
  name: 'no-swallowed-error',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow catching an error and dropping it without using, rethrowing, logging or returning (pylint W0702/W0718)',
      category: 'W',
      pylint: 'W0718 broad-exception-caught',
      note: 'pylint W0702 bare-except and W0718: an error caught and silently dropped',
      preset: 'recommended',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowComment: {
            type: 'boolean',
            description: 'accept a catch block that holds only an explanatory comment (default false)',
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      swallowedError: 'This catch drops the error: use it, rethrow it, log it or return a value',
      swallowedJsonParse:
        'A failed JSON.parse is silently ignored here: warn when parsing fails, or return a value that says so',
      swallowedRejection: 'This handler drops the rejection: log it, rethrow it or return a value that says it failed',
    },
  },
  defaultOptions: [{ allowComment: false }],
  create(context, [{ allowComment }]) {
    const catches: CatchFrame[] = [];
    // Try blocks being walked, with whether a JSON.parse happens in them (at their own depth).
    const tryBlocks: Array<{ node: TSESTree.TryStatement; depth: number; parsesJson: boolean }> = [];
    const parsesJson = new WeakSet<TSESTree.TryStatement>();
    let depth = 0;

    const markHandled = (): void => {
      const frame = catches[catches.length - 1];
      if (frame !== undefined && frame.depth === depth) frame.handled = true;
    };
    const enterFunction = (): void => {
      depth += 1;
    };
    const exitFunction = (): void => {
      depth -= 1;
    };

    return {
      FunctionDeclaration: enterFunction,
      FunctionExpression: enterFunction,
      ArrowFunctionExpression: enterFunction,
      'FunctionDeclaration:exit': exitFunction,
      'FunctionExpression:exit': exitFunction,
      'ArrowFunctionExpression:exit': exitFunction,
      'TryStatement > BlockStatement.block'(node: TSESTree.BlockStatement) {
        tryBlocks.push({ node: node.parent as TSESTree.TryStatement, depth, parsesJson: false });
      },
      'TryStatement > BlockStatement.block:exit'() {
        const block = tryBlocks.pop();
        if (block?.parsesJson === true) parsesJson.add(block.node);
      },
      CatchClause(node) {
        catches.push({ node, depth, handled: false });
      },
      ThrowStatement: markHandled,
      ReturnStatement: markHandled,
      CallExpression(node) {
        if (isLoggingCall(node)) markHandled();
        const block = tryBlocks[tryBlocks.length - 1];
        if (block !== undefined && block.depth === depth && isJsonParse(node)) block.parsesJson = true;
        if (promiseHandlerDropped(node))
          context.report({
            node: node.arguments[node.arguments.length === 1 ? 0 : 1] ?? node,
            messageId: 'swallowedRejection',
          });
      },
      'CatchClause:exit'(node: TSESTree.CatchClause) {
        const frame = catches.pop();
        if (frame === undefined) return;
        const used = context.sourceCode.getDeclaredVariables(node).some((variable) => variable.references.length > 0);
        const handled = frame.handled || used;
        // A rethrow, return or log in a nested catch is also in the enclosing catch's body.
        const outer = catches[catches.length - 1];
        if (frame.handled && outer !== undefined && outer.depth === frame.depth) outer.handled = true;
        if (handled) return;
        if (allowComment && context.sourceCode.getCommentsInside(node.body).length > 0) return;
        const messageId = parsesJson.has(node.parent) ? 'swallowedJsonParse' : 'swallowedError';
        context.report({ node, loc: { start: node.loc.start, end: node.body.loc.start }, messageId });
      },
    };
  },
});
