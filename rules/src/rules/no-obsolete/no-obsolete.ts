import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';

export interface ObsoleteName {
  /** An identifier, a module's file name (without extension) or a word in strings, e.g. a SQL table. */
  name: string;
  reason: string;
  replacement?: string;
}

interface Options {
  names: ObsoleteName[];
}

type MessageId = 'obsoleteName' | 'obsoleteModule' | 'obsoleteMention';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The last path segment of a module specifier without its extension: `../legacy/old_tax_table.js` → `old_tax_table`. */
function moduleBaseName(specifier: string): string {
  const segment = specifier.split(/[\\/]/u).pop() ?? specifier;
  return segment.replace(/\.[cm]?[jt]sx?$/u, '');
}

function isModuleSpecifier(node: TSESTree.Literal): boolean {
  const parent = node.parent;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
      return parent.source === node;
    case 'TSExternalModuleReference':
      return true;
    case 'CallExpression':
      return parent.callee.type === 'Identifier' && parent.callee.name === 'require' && parent.arguments[0] === node;
    default:
      return false;
  }
}

export const noObsolete = createRule<[Options], MessageId>({
  name: 'no-obsolete',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Report every reference to names, modules and tables declared obsolete: identifiers, imports, member accesses and mentions in strings',
      category: 'W',
      note: 'a reference to a name the team declared obsolete; no pylint twin (W as pylint W4901 deprecated-module)',
      preset: 'recommended',
    },
    schema: [
      {
        type: 'object',
        properties: {
          names: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: {
                  type: 'string',
                  minLength: 1,
                  description: 'the obsolete identifier, module file name or word',
                },
                reason: { type: 'string', minLength: 1, description: 'why it is obsolete, shown in every message' },
                replacement: { type: 'string', minLength: 1, description: 'what to use instead' },
              },
              required: ['name', 'reason'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      obsoleteName: "'{{name}}' is obsolete: {{reason}}{{instead}}",
      obsoleteModule: "Module '{{specifier}}' is obsolete: {{reason}}{{instead}}",
      obsoleteMention: "This string mentions obsolete '{{name}}': {{reason}}{{instead}}",
    },
  },
  defaultOptions: [{ names: [] }],
  create(context, [{ names }]) {
    if (names.length === 0) return {};
    const byName = new Map(names.map((entry) => [entry.name, entry]));
    // One pass per string for all names; a "word" is bounded by anything but letters, digits, `_` and `$`.
    const mention = new RegExp(
      `(?<![\\p{L}\\p{N}_$])(?:${names.map((entry) => escapeRegExp(entry.name)).join('|')})(?![\\p{L}\\p{N}_$])`,
      'iu',
    );
    const dataOf = (entry: ObsoleteName): Record<string, string> => ({
      name: entry.name,
      reason: entry.reason,
      instead: entry.replacement === undefined ? '' : `; use '${entry.replacement}' instead`,
    });
    const checkText = (node: TSESTree.Node, text: string): void => {
      const found = mention.exec(text);
      if (found === null) return;
      const entry =
        byName.get(found[0]) ?? names.find((candidate) => candidate.name.toLowerCase() === found[0].toLowerCase());
      if (entry !== undefined) context.report({ node, messageId: 'obsoleteMention', data: dataOf(entry) });
    };
    const checkIdentifier = (node: TSESTree.Identifier | TSESTree.JSXIdentifier | TSESTree.PrivateIdentifier): void => {
      const entry = byName.get(node.name);
      if (entry !== undefined) context.report({ node, messageId: 'obsoleteName', data: dataOf(entry) });
    };
    return {
      Identifier: checkIdentifier,
      JSXIdentifier: checkIdentifier,
      PrivateIdentifier: checkIdentifier,
      Literal(node) {
        if (typeof node.value !== 'string') return;
        if (isModuleSpecifier(node)) {
          const entry = byName.get(moduleBaseName(node.value)) ?? byName.get(node.value);
          if (entry !== undefined)
            context.report({ node, messageId: 'obsoleteModule', data: { ...dataOf(entry), specifier: node.value } });
          return;
        }
        checkText(node, node.value);
      },
      TemplateElement(node) {
        checkText(node, node.value.cooked ?? node.value.raw);
      },
      JSXText(node) {
        checkText(node, node.value);
      },
    };
  },
});
