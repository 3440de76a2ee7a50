import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';

interface Options {
  /** Functions and classes shorter than this many lines need no doc (pylint's docstring-min-length). */
  minLines: number;
  /** Require a comment at the top of every module that exports something (pylint C0114). */
  module: boolean;
}

type MessageId = 'missingModuleDoc' | 'missingClassDoc' | 'missingFunctionDoc' | 'missingMethodDoc';

const DIRECTIVE = /^\s*(?:eslint|global|exported|jshint|jslint|istanbul|prettier-ignore|@ts-|#!)/u;

function hasJsDoc(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): boolean {
  const comments = sourceCode.getCommentsBefore(node);
  const last = comments[comments.length - 1];
  return last?.type === 'Block' && last.value.startsWith('*');
}

function lineCount(node: TSESTree.Node): number {
  return node.loc.end.line - node.loc.start.line + 1;
}

/** The node whose leading comment documents `node`: the `export` wrapper or the declaration list. */
function documentedNode(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  if (current.parent?.type === 'VariableDeclarator') current = current.parent.parent;
  if (current.parent?.type === 'ExportNamedDeclaration' || current.parent?.type === 'ExportDefaultDeclaration')
    current = current.parent;
  if (current.parent?.type === 'AssignmentExpression' && current.parent.parent.type === 'ExpressionStatement')
    current = current.parent.parent;
  return current;
}

/** `module.exports = …`, `module.exports.x = …`, `exports.x = …`. */
function isCommonJsExport(node: TSESTree.Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  if (node.object.type === 'Identifier')
    return (
      node.object.name === 'exports' ||
      (node.object.name === 'module' &&
        !node.computed &&
        node.property.type === 'Identifier' &&
        node.property.name === 'exports')
    );
  return isCommonJsExport(node.object);
}

function isExported(node: TSESTree.Node): boolean {
  const documented = documentedNode(node);
  if (documented.type === 'ExportNamedDeclaration' || documented.type === 'ExportDefaultDeclaration') return true;
  return (
    documented.type === 'ExpressionStatement' &&
    documented.expression.type === 'AssignmentExpression' &&
    isCommonJsExport(documented.expression.left)
  );
}

export const requireDocs = createRule<[Options], MessageId>({
  name: 'require-docs',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Require a doc comment on modules, exported functions and classes, and their public methods (pylint C0114, C0115, C0116)',
      category: 'C',
      pylint: 'C0116 missing-function-docstring',
      note: 'pylint C0114 module, C0115 class and C0116 function docstrings',
      preset: 'strict',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minLines: {
            type: 'integer',
            minimum: 0,
            description: 'functions and classes shorter than this many lines need no doc (default 0: all do)',
          },
          module: {
            type: 'boolean',
            description: 'require a comment at the top of modules that export something (default true)',
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missingModuleDoc: 'Missing module doc: say what this module is for in a comment at its top',
      missingClassDoc: "Missing JSDoc comment for exported class '{{name}}'",
      missingFunctionDoc: "Missing JSDoc comment for exported function '{{name}}'",
      missingMethodDoc: "Missing JSDoc comment for public method '{{name}}'",
    },
  },
  defaultOptions: [{ minLines: 0, module: true }],
  create(context, [{ minLines, module }]) {
    const sourceCode = context.sourceCode;
    let exportsSomething = false;
    const longEnough = (node: TSESTree.Node): boolean => lineCount(node) >= minLines;

    const checkFunction = (
      node: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression,
    ): void => {
      if (node.parent.type === 'MethodDefinition' || node.parent.type === 'Property' || !isExported(node)) return;
      exportsSomething = true;
      if (!longEnough(node) || hasJsDoc(sourceCode, documentedNode(node))) return;
      const name =
        node.id?.name ??
        (node.parent.type === 'VariableDeclarator' && node.parent.id.type === 'Identifier'
          ? node.parent.id.name
          : 'default');
      context.report({ node: node.id ?? node, messageId: 'missingFunctionDoc', data: { name } });
    };

    const checkClass = (node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void => {
      if (!isExported(node)) return;
      exportsSomething = true;
      const name = node.id?.name ?? 'default';
      if (longEnough(node) && !hasJsDoc(sourceCode, documentedNode(node))) {
        context.report({ node: node.id ?? node, messageId: 'missingClassDoc', data: { name } });
      }
      for (const member of node.body.body) {
        if (member.type !== 'MethodDefinition' || member.kind === 'constructor' || member.override) continue;
        if (
          member.accessibility === 'private' ||
          member.accessibility === 'protected' ||
          member.key.type !== 'Identifier'
        )
          continue;
        if (member.key.name.startsWith('_') || member.value.type === 'TSEmptyBodyFunctionExpression') continue;
        if (longEnough(member) && !hasJsDoc(sourceCode, member)) {
          context.report({ node: member.key, messageId: 'missingMethodDoc', data: { name: member.key.name } });
        }
      }
    };

    return {
      FunctionDeclaration: checkFunction,
      FunctionExpression: checkFunction,
      ArrowFunctionExpression: checkFunction,
      ClassDeclaration: checkClass,
      ClassExpression: checkClass,
      'ExportNamedDeclaration, ExportDefaultDeclaration, ExportAllDeclaration'() {
        exportsSomething = true;
      },
      AssignmentExpression(node) {
        if (isCommonJsExport(node.left)) exportsSomething = true;
      },
      'Program:exit'(program: TSESTree.Program) {
        if (!module || !exportsSomething || program.body.length === 0) return;
        const first = program.body[0]!;
        const header = sourceCode.getCommentsBefore(first).filter((comment) => !DIRECTIVE.test(comment.value));
        // The JSDoc just above the first declaration documents that declaration, not the module.
        const last = header[header.length - 1];
        if (last?.type === 'Block' && last.value.startsWith('*') && first.type !== 'ExpressionStatement') header.pop();
        if (header.length === 0) context.report({ loc: { line: 1, column: 0 }, messageId: 'missingModuleDoc' });
      },
    };
  },
});
