import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';
import { maxOptionSchema } from '../../utils/max-option.js';
import type { MaxOption } from '../../utils/max-option.js';

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

function isFunctionValue(value: TSESTree.Node | null): boolean {
  return value?.type === 'ArrowFunctionExpression' || value?.type === 'FunctionExpression';
}

/** The public name of a method-like member, or undefined (constructor, private, protected, computed, `_name`). */
function publicMethodName(member: TSESTree.ClassElement): string | undefined {
  const isMethod = member.type === 'MethodDefinition' || member.type === 'TSAbstractMethodDefinition';
  const isFunctionField = member.type === 'PropertyDefinition' && isFunctionValue(member.value);
  if (!isMethod && !isFunctionField) return undefined;
  if (member.type !== 'PropertyDefinition' && member.kind === 'constructor') return undefined;
  if (member.accessibility === 'private' || member.accessibility === 'protected') return undefined;
  if (member.computed || member.key.type !== 'Identifier') return undefined;
  // pylint's convention: a leading underscore marks a member as not public.
  return member.key.name.startsWith('_') ? undefined : member.key.name;
}

export const tooManyPublicMethods = createRule<[MaxOption], 'tooManyPublicMethods'>({
  name: 'too-many-public-methods',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Limit the number of public methods of a class (pylint R0904 too-many-public-methods)',
      category: 'R',
      pylint: 'R0904 too-many-public-methods',
      note: 'a class with more than 20 public methods',
      preset: 'recommended',
    },
    schema: maxOptionSchema('the most public methods a class may have (default 20)'),
    messages: { tooManyPublicMethods: '{{name}} has too many public methods ({{count}}/{{max}})' },
  },
  defaultOptions: [{ max: 20 }],
  create(context, [{ max }]) {
    const check = (node: ClassNode): void => {
      const names = new Set<string>();
      for (const member of node.body.body) {
        const name = publicMethodName(member);
        if (name !== undefined) names.add(name); // overloads and get/set pairs are one method
      }
      if (names.size <= max) return;
      const name = node.id === null ? 'Class' : `Class '${node.id.name}'`;
      context.report({
        node: node.id ?? node,
        messageId: 'tooManyPublicMethods',
        data: { name, count: names.size, max },
      });
    };
    return { ClassDeclaration: check, ClassExpression: check };
  },
});
