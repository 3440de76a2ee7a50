import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';
import { maxOptionSchema } from '../../utils/max-option.js';
import type { MaxOption } from '../../utils/max-option.js';

/** A class, or an ES5 constructor function with its prototype methods, and the attribute names seen. */
interface Owner {
  label: string;
  node: TSESTree.Node | undefined;
  attributes: Set<string>;
}

type FunctionLike = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

const CONSTRUCTOR_NAME = /^\p{Lu}/u;

function memberName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number'))
    return String(key.value);
  return undefined;
}

/** `X.prototype` → X. */
function prototypeOwnerName(node: TSESTree.Node): string | undefined {
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return undefined;
  if (node.property.name !== 'prototype' || node.object.type !== 'Identifier') return undefined;
  return node.object.name;
}

/** The ES5 constructor a function is, or belongs to: `function Person()`, `var Person = function ()`, `Person.prototype.m = function ()`. */
function es5OwnerName(node: FunctionLike): { name: string; isConstructor: boolean } | undefined {
  const owner = es5OwnerFunctionName(node);
  if (owner !== undefined) return { name: owner, isConstructor: true };
  const prototypeOwner = es5PrototypeOwnerName(node);
  return prototypeOwner === undefined ? undefined : { name: prototypeOwner, isConstructor: false };
}

function es5OwnerFunctionName(node: FunctionLike): string | undefined {
  const ownName = node.id?.name;
  if (ownName !== undefined) return CONSTRUCTOR_NAME.test(ownName) ? ownName : undefined;
  const parent = node.parent;
  if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && CONSTRUCTOR_NAME.test(parent.id.name))
    return parent.id.name;
  return undefined;
}

function es5PrototypeOwnerName(node: FunctionLike): string | undefined {
  const parent = node.parent;
  if (parent.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression') {
    return prototypeOwnerName(parent.left.object);
  }
  // Person.prototype = { m: function () {} }
  const object = parent.type === 'Property' ? parent.parent : undefined;
  if (object?.type === 'ObjectExpression' && object.parent.type === 'AssignmentExpression') {
    return prototypeOwnerName(object.parent.left);
  }
  return undefined;
}

export const tooManyInstanceAttributes = createRule<[MaxOption], 'tooManyInstanceAttributes'>({
  name: 'too-many-instance-attributes',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Limit the number of instance attributes of a class or constructor function (pylint R0902 too-many-instance-attributes)',
      category: 'R',
      pylint: 'R0902 too-many-instance-attributes',
      note: 'a class or constructor function with more than 7 instance attributes',
      preset: 'recommended',
    },
    schema: maxOptionSchema('the most instance attributes a class may have (default 7)'),
    messages: { tooManyInstanceAttributes: '{{name}} has too many instance attributes ({{count}}/{{max}})' },
  },
  defaultOptions: [{ max: 7 }],
  create(context, [{ max }]) {
    const owners: Owner[] = [];
    const classOwners = new WeakMap<TSESTree.Node, Owner>();
    const es5Owners = new Map<string, Owner>();
    // What `this` is in the function being walked: an owner, or null where it is unknown or static.
    const thisStack: Array<Owner | null> = [null];
    const currentThis = (): Owner | null => thisStack[thisStack.length - 1] ?? null;

    /** `isConstructor`: the function is the constructor itself, the node to report, not a prototype method. */
    const es5Owner = (name: string, node: FunctionLike, isConstructor: boolean): Owner => {
      let owner = es5Owners.get(name);
      if (owner === undefined) {
        owner = { label: `Constructor function '${name}'`, node: undefined, attributes: new Set() };
        es5Owners.set(name, owner);
        owners.push(owner);
      }
      if (isConstructor) owner.node = node;
      return owner;
    };

    const enterClass = (node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void => {
      const owner: Owner = {
        label: node.id ? `Class '${node.id.name}'` : 'Class',
        node: node.id ?? node,
        attributes: new Set(),
      };
      classOwners.set(node, owner);
      owners.push(owner);
      for (const member of node.body.body) {
        const isField = member.type === 'PropertyDefinition' || member.type === 'AccessorProperty';
        if (isField && !member.static) {
          const name = memberName(member.key, member.computed);
          if (name !== undefined) owner.attributes.add(name);
        }
        if (member.type === 'MethodDefinition' && member.kind === 'constructor') {
          for (const param of member.value.params) {
            if (param.type !== 'TSParameterProperty') continue;
            const bound = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
            if (bound.type === 'Identifier') owner.attributes.add(bound.name);
          }
        }
      }
    };

    const enterFunction = (node: FunctionLike): void => {
      const parent = node.parent;
      if (parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') {
        thisStack.push(parent.static ? null : (classOwners.get(parent.parent.parent) ?? null));
        return;
      }
      const es5 = es5OwnerName(node);
      thisStack.push(es5 === undefined ? null : es5Owner(es5.name, node, es5.isConstructor));
    };

    const enterArrow = (node: TSESTree.ArrowFunctionExpression): void => {
      const parent = node.parent;
      // A field initialiser runs with `this` bound to the instance.
      if (parent.type === 'PropertyDefinition')
        thisStack.push(parent.static ? null : (classOwners.get(parent.parent.parent) ?? null));
      else thisStack.push(currentThis());
    };
    const leave = (): void => {
      thisStack.pop();
    };

    return {
      ClassDeclaration: enterClass,
      ClassExpression: enterClass,
      FunctionDeclaration: enterFunction,
      FunctionExpression: enterFunction,
      ArrowFunctionExpression: enterArrow,
      StaticBlock: () => thisStack.push(null),
      'FunctionDeclaration:exit': leave,
      'FunctionExpression:exit': leave,
      'ArrowFunctionExpression:exit': leave,
      'StaticBlock:exit': leave,
      AssignmentExpression(node) {
        const left = node.left;
        if (left.type !== 'MemberExpression' || left.object.type !== 'ThisExpression') return;
        const owner = currentThis();
        const name = memberName(left.property, left.computed);
        if (owner !== null && name !== undefined) owner.attributes.add(name);
      },
      'Program:exit'() {
        for (const owner of owners) {
          if (owner.attributes.size <= max || owner.node === undefined) continue;
          const data = { name: owner.label, count: owner.attributes.size, max };
          const node =
            owner.node.type === 'FunctionDeclaration' || owner.node.type === 'FunctionExpression'
              ? (owner.node.id ?? owner.node)
              : owner.node;
          context.report({ node, messageId: 'tooManyInstanceAttributes', data });
        }
      },
    };
  },
});
