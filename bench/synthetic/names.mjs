// Identifier vocabulary of a code base written by many hands over many years: snake_case next
// to camelCase, abbreviations, Hungarian leftovers. Every name produced here is a valid binding
// in strict-mode JavaScript and TypeScript.

export const VERBS = [
  'get',
  'set',
  'load',
  'save',
  'fetch',
  'parse',
  'build',
  'make',
  'update',
  'remove',
  'add',
  'check',
  'validate',
  'handle',
  'process',
  'format',
  'convert',
  'compute',
  'calc',
  'find',
  'resolve',
  'apply',
  'merge',
  'sync',
  'init',
  'setup',
  'render',
  'send',
  'read',
  'write',
  'normalize',
  'prepare',
  'flush',
  'reset',
  'register',
  'dispatch',
  'emit',
  'map',
  'filter',
  'do',
];

export const NOUNS = [
  'user',
  'account',
  'order',
  'invoice',
  'item',
  'cart',
  'price',
  'tax',
  'config',
  'options',
  'record',
  'row',
  'entry',
  'node',
  'tree',
  'list',
  'map',
  'cache',
  'session',
  'token',
  'request',
  'response',
  'payload',
  'result',
  'data',
  'value',
  'index',
  'count',
  'total',
  'status',
  'state',
  'event',
  'handler',
  'callback',
  'queue',
  'job',
  'task',
  'report',
  'file',
  'path',
  'buffer',
  'stream',
  'message',
  'error',
  'field',
  'column',
  'table',
  'query',
  'filter',
  'plugin',
  'adder',
  'setupper',
  'closer',
  'mapper',
  'reader',
  'writer',
  'service',
  'manager',
  'helper',
  'util',
  'widget',
  'panel',
  'form',
  'grid',
  'chart',
  'schema',
  'model',
  'store',
  'client',
  'server',
];

export const ADJECTIVES = [
  'old',
  'new',
  'raw',
  'tmp',
  'temp',
  'cur',
  'prev',
  'next',
  'last',
  'first',
  'default',
  'local',
  'global',
  'cached',
  'pending',
  'active',
  'parsed',
  'full',
  'base',
  'extra',
  'max',
  'min',
];

export const AREAS = [
  'dataservice',
  'handlers',
  'models',
  'utils',
  'views',
  'jobs',
  'plugins',
  'api',
  'services',
  'store',
  'components',
  'lib',
  'helpers',
  'legacy',
  'controllers',
  'middleware',
  'reports',
  'billing',
  'auth',
  'export',
  'import',
  'widgets',
  'common',
  'db',
];

export const PACKAGES = ['core', 'api', 'web', 'billing', 'shared', 'admin', 'worker', 'legacy'];

const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'let',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'await',
  'arguments',
  'eval',
  'undefined',
  'NaN',
  'Infinity',
  'Map',
  'Set',
  'Promise',
  'Error',
  'Object',
  'Array',
  'String',
  'Number',
  'Symbol',
  'JSON',
  'Math',
  'Date',
  'console',
  'process',
  'module',
  'require',
  'exports',
  'string',
  'number',
  'boolean',
  'any',
  'unknown',
  'never',
  'object',
  'type',
  'as',
  'of',
]);

/** @param {string} word */
export function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** @param {string[]} words */
export function camel(words) {
  return words.map((word, i) => (i === 0 ? word : capitalize(word))).join('');
}

/** @param {string[]} words */
export function pascal(words) {
  return words.map(capitalize).join('');
}

/** @param {string[]} words */
export function snake(words) {
  return words.join('_');
}

/**
 * Hands out names that are unique within one scope family, so that no `let`/`const`/parameter
 * is ever declared twice (a syntax error) however the random choices fall.
 */
export class NameBook {
  /** @param {import('./random.mjs').Random} random @param {Iterable<string>} [taken] */
  constructor(random, taken = []) {
    this.random = random;
    this.taken = new Set(taken);
  }

  /** A fresh NameBook that also avoids every name already handed out here. */
  fork() {
    return new NameBook(this.random, this.taken);
  }

  /** @param {string} candidate */
  claim(candidate) {
    let name = candidate;
    let suffix = 2;
    while (this.taken.has(name) || RESERVED.has(name)) {
      name = `${candidate}${suffix}`;
      suffix += 1;
    }
    this.taken.add(name);
    return name;
  }

  /** Local variable: camelCase or snake_case, one to three words. */
  variable() {
    const r = this.random;
    const words = r.weighted([
      [[r.pick(NOUNS)], 3],
      [[r.pick(ADJECTIVES), r.pick(NOUNS)], 4],
      [[r.pick(NOUNS), r.pick(NOUNS)], 2],
      [[r.pick(ADJECTIVES), r.pick(NOUNS), r.pick(NOUNS)], 1],
    ]);
    return this.claim(r.chance(0.45) ? snake(words) : camel(words));
  }

  /** Function or method name: verb plus one or two nouns. */
  func() {
    const r = this.random;
    const words = r.chance(0.7) ? [r.pick(VERBS), r.pick(NOUNS)] : [r.pick(VERBS), r.pick(NOUNS), r.pick(NOUNS)];
    return this.claim(r.chance(0.35) ? snake(words) : camel(words));
  }

  /** Class, interface, enum or component name. */
  type() {
    const r = this.random;
    const words = r.chance(0.5) ? [r.pick(NOUNS), r.pick(NOUNS)] : [r.pick(ADJECTIVES), r.pick(NOUNS)];
    return this.claim(pascal(words));
  }

  /** Module-level constant, SCREAMING_SNAKE. */
  constant() {
    const r = this.random;
    return this.claim([r.pick(ADJECTIVES), r.pick(NOUNS)].join('_').toUpperCase());
  }
}
