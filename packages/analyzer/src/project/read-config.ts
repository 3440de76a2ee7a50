import stripJsonComments from 'strip-json-comments';
import { parse as parseYamlText } from 'yaml';
import { parseSync } from 'oxc-parser';

/** A config value read without running anything, with what could not be read. */
export interface ConfigRead {
  value: unknown;
  /** "files[2]: a call (path.join) cannot be read statically" */
  unreadable: string[];
}

export type ParsedText = { ok: true; value: unknown } | { ok: false; error: string };

/** JSON with the UTF-8 byte order mark removed; `jsonc` also allows comments and trailing commas (tsconfig, .mocharc.jsonc). */
export function parseJson(text: string, jsonc = false): ParsedText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(jsonc ? stripJsonComments(body, { trailingCommas: true }) : body) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export function parseYaml(text: string): ParsedText {
  try {
    return { ok: true, value: parseYamlText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message.split('\n')[0] ?? 'invalid YAML' };
  }
}

// ESTree as oxc-parser gives it; only the shapes read here are typed.
interface Node {
  type: string;
  [key: string]: unknown;
}

const UNREAD = Symbol('unread');

/**
 * The configuration object a JS/TS config file exports, read from its syntax without executing it:
 * `module.exports = {…}`, `export default {…}`, `export default defineConfig({…})`, an identifier
 * bound to an object at top level, and karma's `module.exports = function (config) { config.set({…}) }`.
 * Values that are not literals (calls, variables, conditions) are left out and named in `unreadable`.
 */
export function readStaticConfig(fileName: string, text: string, requireConfig?: RequireConfig): ConfigRead {
  const unreadable: string[] = [];
  let program: Node;
  try {
    const result = parseSync(fileName, text, { sourceType: 'unambiguous' });
    if (result.errors.length > 0)
      return { value: undefined, unreadable: [`does not parse: ${result.errors[0]!.message}`] };
    program = result.program as unknown as Node;
  } catch (error) {
    return { value: undefined, unreadable: [`does not parse: ${(error as Error).message}`] };
  }
  const body = program.body as Node[];
  const bindings = new Map<string, Node>();
  for (const statement of body) {
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations as Node[]) {
      const id = declarator.id as Node;
      if (id.type === 'Identifier' && declarator.init) bindings.set(id.name as string, declarator.init as Node);
    }
  }
  const exported = findExported(body, bindings);
  if (!exported) return { value: undefined, unreadable: ['no exported configuration object found'] };
  const value = evaluate(exported, '', { bindings, unreadable, requireConfig }, 0);
  return { value: value === UNREAD ? undefined : value, unreadable };
}

function findExported(body: Node[], bindings: Map<string, Node>): Node | undefined {
  for (const statement of body) {
    if (statement.type === 'ExportDefaultDeclaration') return unwrapConfig(statement.declaration as Node, bindings);
    if (statement.type !== 'ExpressionStatement') continue;
    const expression = statement.expression as Node;
    if (expression.type !== 'AssignmentExpression') continue;
    const left = expression.left as Node;
    if (isModuleExports(left)) return unwrapConfig(expression.right as Node, bindings);
  }
  return undefined;
}

function isModuleExports(node: Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  const object = node.object as Node;
  const property = node.property as Node;
  return (
    object.type === 'Identifier' &&
    object.name === 'module' &&
    property.type === 'Identifier' &&
    property.name === 'exports'
  );
}

/** Looks through `defineConfig(…)`, `satisfies`/`as`, identifiers bound at top level, and karma's `config.set({…})`. */
function unwrapConfig(node: Node, bindings: Map<string, Node>, depth = 0): Node {
  if (depth > 10) return node;
  if (node.type === 'Identifier' && bindings.has(node.name as string))
    return unwrapConfig(bindings.get(node.name as string)!, bindings, depth + 1);
  if (
    node.type === 'TSSatisfiesExpression' ||
    node.type === 'TSAsExpression' ||
    node.type === 'ParenthesizedExpression'
  ) {
    return unwrapConfig(node.expression as Node, bindings, depth + 1);
  }
  if (node.type === 'CallExpression') {
    const args = node.arguments as Node[];
    const callee = node.callee as Node;
    const name = callee.type === 'Identifier' ? (callee.name as string) : '';
    if (/^define|^mergeConfig$/.test(name) && args.length > 0) {
      // mergeConfig(base, { … }): the object literal given last is what this file adds
      return unwrapConfig(args[args.length - 1]!, bindings, depth + 1);
    }
  }
  if (
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'FunctionDeclaration'
  ) {
    const set = findConfigSet(node.body as Node);
    if (set) return set;
    if ((node.body as Node).type !== 'BlockStatement') return unwrapConfig(node.body as Node, bindings, depth + 1);
    const returned = (((node.body as Node).body as Node[]) ?? []).find((s) => s.type === 'ReturnStatement');
    if (returned?.argument) return unwrapConfig(returned.argument as Node, bindings, depth + 1);
  }
  return node;
}

function findConfigSet(body: Node): Node | undefined {
  if (body.type !== 'BlockStatement') return undefined;
  for (const statement of body.body as Node[]) {
    if (statement.type !== 'ExpressionStatement') continue;
    const call = statement.expression as Node;
    if (call.type !== 'CallExpression') continue;
    const callee = call.callee as Node;
    if (callee.type === 'MemberExpression' && (callee.property as Node).name === 'set')
      return (call.arguments as Node[])[0];
  }
  return undefined;
}

/** Reads the value a local `require('./base.config')` gives, statically; undefined when it cannot. */
export type RequireConfig = (specifier: string) => unknown;

interface Scope {
  bindings: Map<string, Node>;
  unreadable: string[];
  requireConfig: RequireConfig | undefined;
}

function requiredSpecifier(node: Node): string | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as Node;
  const [arg] = node.arguments as Node[];
  return callee.type === 'Identifier' &&
    callee.name === 'require' &&
    arg?.type === 'Literal' &&
    typeof arg.value === 'string'
    ? arg.value
    : undefined;
}

function evaluate(node: Node, where: string, scope: Scope, depth: number): unknown {
  const { bindings } = scope;
  const fail = (what: string): typeof UNREAD => {
    scope.unreadable.push(`${where || '(the exported value)'}: ${what} cannot be read statically`);
    return UNREAD;
  };
  if (depth > 20) return fail('a deeply nested value');
  switch (node.type) {
    case 'Literal':
      return node.value instanceof RegExp ? String(node.raw) : node.value;
    case 'TemplateLiteral':
      if ((node.expressions as Node[]).length === 0)
        return ((node.quasis as Node[])[0]!.value as { cooked: string }).cooked;
      return fail('a template with expressions');
    case 'ArrayExpression': {
      const out: unknown[] = [];
      (node.elements as Array<Node | null>).forEach((element, index) => {
        if (!element) return;
        if (element.type === 'SpreadElement') return void fail('a spread');
        const value = evaluate(element, `${where}[${index}]`, scope, depth + 1);
        if (value !== UNREAD) out.push(value);
      });
      return out;
    }
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const property of node.properties as Node[]) {
        if (property.type === 'SpreadElement') {
          const spread = evaluate(property.argument as Node, `${where || '(the exported value)'}…`, scope, depth + 1);
          if (spread && typeof spread === 'object' && !Array.isArray(spread)) Object.assign(out, spread);
          else if (spread !== UNREAD) fail(`a spread in ${where || 'the object'}`);
          continue;
        }
        if (property.type !== 'Property' || property.computed) {
          fail(
            property.type === 'SpreadElement'
              ? `a spread in ${where || 'the object'}`
              : `a computed key in ${where || 'the object'}`,
          );
          continue;
        }
        const key = property.key as Node;
        const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
        if (property.kind !== 'init' || property.method) continue; // methods and accessors are code, not configuration
        const value = evaluate(property.value as Node, where ? `${where}.${name}` : name, scope, depth + 1);
        if (value !== UNREAD) out[name] = value;
      }
      return out;
    }
    case 'UnaryExpression':
      if (node.operator === '-' && (node.argument as Node).type === 'Literal')
        return -((node.argument as Node).value as number);
      if (node.operator === '!' && (node.argument as Node).type === 'Literal') return !(node.argument as Node).value;
      return fail('an expression');
    case 'Identifier':
      if (node.name === 'undefined') return undefined;
      if (bindings.has(node.name as string) && depth < 20)
        return evaluate(bindings.get(node.name as string)!, where, scope, depth + 1);
      return fail(`the variable ${String(node.name)}`);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'ParenthesizedExpression':
      return evaluate(node.expression as Node, where, scope, depth + 1);
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return UNREAD; // a function value (a hook, a transform) is code, not configuration
    case 'CallExpression': {
      const callee = node.callee as Node;
      const name =
        callee.type === 'Identifier'
          ? callee.name
          : callee.type === 'MemberExpression'
            ? `${String(((callee.object as Node).name as string) ?? '…')}.${String((callee.property as Node).name)}`
            : '…';
      if (name === 'require') {
        // a local config it builds on is read too; a plugin or preset module is code, not configuration
        const specifier = requiredSpecifier(node);
        const value = specifier?.startsWith('.') ? scope.requireConfig?.(specifier) : undefined;
        if (value !== undefined) return value;
        return specifier?.startsWith('.') ? fail(`require('${specifier}')`) : UNREAD;
      }
      return fail(`a call (${String(name)})`);
    }
    default:
      return fail(`an expression (${node.type})`);
  }
}
