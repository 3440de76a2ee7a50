// Node built-ins and npm packages a legacy module pulls in: how each is imported, what can be
// called on it, and which of its APIs take error-first callbacks (the stuff of callback pyramids).
import { operand, stringLiteral } from './expressions.mjs';

/**
 * @typedef {import('./statements.mjs').CallbackApi} CallbackApi
 * @typedef {{ module: string, binding: string, calls: string[], classes?: string[], callbacks?: ((ctx: any) => CallbackApi)[] }} External
 */

/** @type {External[]} */
export const NODE_BUILTINS = [
  {
    module: 'fs',
    binding: 'fs',
    calls: ['fs.existsSync', 'fs.readFileSync', 'fs.readdirSync'],
    callbacks: [
      (ctx) => ({
        head: `fs.readFile(${operand(ctx)}, 'utf8', `,
        params: [
          ['err', 'any'],
          ['data', 'str'],
        ],
        tail: '});',
      }),
      (ctx) => ({
        head: `fs.stat(${operand(ctx)}, `,
        params: [
          ['err', 'any'],
          ['stats', 'obj'],
        ],
        tail: '});',
      }),
      (ctx) => ({ head: `fs.writeFile(${operand(ctx)}, ${operand(ctx)}, `, params: [['err', 'any']], tail: '});' }),
    ],
  },
  { module: 'path', binding: 'path', calls: ['path.join', 'path.resolve', 'path.basename', 'path.extname'] },
  { module: 'util', binding: 'util', calls: ['util.format', 'util.inspect'] },
  { module: 'events', binding: 'EventEmitter', calls: [], classes: ['EventEmitter'] },
  { module: 'crypto', binding: 'crypto', calls: ['crypto.randomBytes', 'crypto.createHash'] },
  { module: 'os', binding: 'os', calls: ['os.hostname', 'os.tmpdir'] },
  { module: 'url', binding: 'url', calls: ['url.parse', 'url.format'] },
  {
    module: 'http',
    binding: 'http',
    calls: ['http.createServer'],
    callbacks: [(ctx) => ({ head: `http.get(${stringLiteral(ctx)}, `, params: [['res', 'any']], tail: '});' })],
  },
];

/** @type {External[]} */
export const NPM_PACKAGES = [
  {
    module: 'lodash',
    binding: '_',
    calls: ['_.get', '_.map', '_.isEmpty', '_.cloneDeep', '_.merge', '_.uniq', '_.pick'],
  },
  { module: 'moment', binding: 'moment', calls: ['moment'] },
  { module: 'axios', binding: 'axios', calls: ['axios.get', 'axios.post'] },
  {
    module: 'async',
    binding: 'async',
    calls: [],
    callbacks: [
      (ctx) => ({
        head: `async.eachSeries(${operand(ctx)}, `,
        params: [
          ['item', 'any'],
          ['next', 'fn'],
        ],
        tail: '});',
      }),
    ],
  },
  {
    module: 'request',
    binding: 'request',
    calls: [],
    callbacks: [
      (ctx) => ({
        head: `request(${stringLiteral(ctx)}, `,
        params: [
          ['error', 'any'],
          ['response', 'obj'],
          ['body', 'str'],
        ],
        tail: '});',
      }),
    ],
  },
  { module: 'underscore', binding: 'us', calls: ['us.pluck', 'us.extend', 'us.each'] },
  { module: 'bluebird', binding: 'Bluebird', calls: ['Bluebird.resolve', 'Bluebird.all'] },
];

/** Callback APIs every module has without importing anything. @type {((ctx: any) => CallbackApi)[]} */
export const GLOBAL_CALLBACKS = [
  (ctx) => ({ head: 'setTimeout(', params: [], tail: `}, ${ctx.r.pick([0, 10, 100, 1000])});` }),
  () => ({ head: 'process.nextTick(', params: [], tail: '});' }),
  (ctx) => {
    const local = ctx.scope.visible((binding) => binding.kind === 'fn' && !binding.text.includes('.'));
    if (local.length === 0) return { head: 'setImmediate(', params: [], tail: '});' };
    return {
      head: `${ctx.r.pick(local).text}(${operand(ctx)}, `,
      params: [
        ['err', 'any'],
        ['result', 'any'],
      ],
      tail: '});',
    };
  },
];

/**
 * How the module is imported, in the file's own module system.
 * @param {External} external @param {'cjs' | 'esm' | 'ts'} system @param {import('./random.mjs').Random} r
 */
export function importLine(external, system, r) {
  if (system === 'cjs')
    return `${r.chance(0.7) ? 'var' : 'const'} ${external.binding} = require('${external.module}');`;
  if (system === 'ts' && r.chance(0.08)) return `import ${external.binding} = require('${external.module}');`;
  const namespace = ['fs', 'path', 'util', 'crypto', 'os', 'url', 'http'].includes(external.module);
  if (namespace && r.chance(0.5)) return `import * as ${external.binding} from '${external.module}';`;
  if (external.module === 'events') return `import { EventEmitter } from 'events';`;
  return `import ${external.binding} from '${external.module}';`;
}
