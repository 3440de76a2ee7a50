// Statements of function bodies: declarations (some never used), long if/else chains, loops,
// switches, empty catches and callback pyramids. `block` fills a line budget with them.
import {
  callExpr,
  condition,
  numberLiteral,
  objectLiteral,
  operand,
  pickBinding,
  propertyName,
  stringLiteral,
  valueExpr,
} from './expressions.mjs';

/**
 * @typedef {import('./expressions.mjs').ExprContext & {
 *   w: import('./code-writer.mjs').CodeWriter,
 *   names: import('./names.mjs').NameBook,
 *   flags: { async: boolean, loop: boolean },
 *   file: { callbackApis: ((ctx: any) => CallbackApi)[], logger: string },
 * }} StmtContext
 * @typedef {{ head: string, params: [string, import('./code-writer.mjs').ValueKind][], tail: string }} CallbackApi
 */

const MAX_DEPTH = 4;

/** Runs `body` with a nested scope (and optionally changed flags) and restores afterwards. */
function nested(ctx, body, flags = {}) {
  const inner = { ...ctx, scope: ctx.scope.child(), flags: { ...ctx.flags, ...flags } };
  body(inner);
}

/** @param {StmtContext} ctx @param {string[]} params */
function functionHead(ctx, params, async = false) {
  const prefix = async ? 'async ' : '';
  if (ctx.lang.esm && ctx.r.chance(0.5)) return `${prefix}(${params.join(', ')}) => {`;
  return `${prefix}function (${params.join(', ')}) {`;
}

/** @param {StmtContext} ctx */
function declarationKeyword(ctx) {
  if (!ctx.lang.esm)
    return ctx.r.weighted([
      ['var', 6],
      ['let', 1],
      ['const', 3],
    ]);
  return ctx.r.weighted([
    ['var', 1],
    ['let', 3],
    ['const', 6],
  ]);
}

const TS_TYPES = { num: 'number', str: 'string', bool: 'boolean', arr: 'any[]', obj: 'any', any: 'any' };

/** @param {StmtContext} ctx @param {import('./code-writer.mjs').ValueKind} kind */
function initializer(ctx, kind) {
  const r = ctx.r;
  switch (kind) {
    case 'num':
      return r.chance(0.5) ? numberLiteral(ctx) : `${operand(ctx)} + ${numberLiteral(ctx)}`;
    case 'str':
      return r.chance(0.5) ? stringLiteral(ctx) : `${stringLiteral(ctx)} + ${operand(ctx)}`;
    case 'bool':
      return condition(ctx);
    case 'arr':
      return r.pick([
        '[]',
        `[${operand(ctx)}, ${operand(ctx)}]`,
        `Object.keys(${operand(ctx)})`,
        `${operand(ctx)} || []`,
      ]);
    case 'obj':
      return r.pick(['{}', objectLiteral(ctx), `Object.assign({}, ${operand(ctx)})`, callExpr(ctx)]);
    default:
      return valueExpr(ctx);
  }
}

/** Declares a local; a share of them are never read again, as in real legacy code. @param {StmtContext} ctx */
function declare(ctx, kind = ctx.r.pick(['num', 'str', 'bool', 'arr', 'obj', 'any', 'any'])) {
  const keyword = declarationKeyword(ctx);
  const name = ctx.names.variable();
  const type = ctx.lang.ts && ctx.r.chance(0.3) ? `: ${TS_TYPES[kind]}` : '';
  ctx.w.line(`${keyword} ${name}${type} = ${initializer(ctx, kind)};`);
  if (!ctx.r.chance(0.12)) ctx.scope.add(name, kind, keyword !== 'const');
  return name;
}

/** @param {StmtContext} ctx */
function assign(ctx) {
  const target = pickBinding(ctx, ['num', 'str', 'arr', 'obj', 'any']);
  if (!target) return declare(ctx);
  const r = ctx.r;
  if (target.kind === 'arr') return ctx.w.line(`${target.text}.push(${valueExpr(ctx)});`);
  if (target.kind === 'obj' || target.kind === 'any')
    return ctx.w.line(`${target.text}.${propertyName(ctx)} = ${valueExpr(ctx)};`);
  if (!target.mutable) return ctx.w.line(`${ctx.file.logger}.log(${stringLiteral(ctx)}, ${target.text});`);
  if (target.kind === 'num')
    return ctx.w.line(
      r.pick([`${target.text}++;`, `${target.text} += ${operand(ctx)};`, `${target.text} = ${target.text} * 2;`]),
    );
  return ctx.w.line(`${target.text} = ${target.text} + ${stringLiteral(ctx)};`);
}

/** @param {StmtContext} ctx */
function callStatement(ctx) {
  if (ctx.r.chance(0.3)) {
    const level = ctx.r.pick(['log', 'log', 'warn', 'error', 'info']);
    return ctx.w.line(`${ctx.file.logger}.${level}(${stringLiteral(ctx)} + ${operand(ctx)});`);
  }
  ctx.w.line(`${callExpr(ctx)};`);
}

/** @param {StmtContext} ctx @param {number} budget @param {number} depth */
function ifChain(ctx, budget, depth) {
  const r = ctx.r;
  const branches = r.weighted([
    [1, 4],
    [2, 4],
    [3, 2],
    [4, 1],
    [6, 1],
  ]);
  const share = Math.max(1, Math.floor(budget / (branches + 1)));
  ctx.w.open(`if (${condition(ctx)}) {`);
  nested(ctx, (inner) => block(inner, r.int(1, share), depth + 1));
  for (let i = 1; i < branches; i++) {
    ctx.w.close(`} else if (${condition(ctx)}) {`);
    ctx.w.depth += 1;
    nested(ctx, (inner) => block(inner, r.int(1, share), depth + 1));
  }
  if (r.chance(0.5)) {
    ctx.w.close('} else {');
    ctx.w.depth += 1;
    nested(ctx, (inner) => block(inner, r.int(1, share), depth + 1));
  }
  ctx.w.close('}');
}

/** @param {StmtContext} ctx */
function guard(ctx) {
  const r = ctx.r;
  const outcome = r.weighted([
    ['return;', 2],
    ['return null;', 3],
    ['return false;', 1],
    [`throw new Error(${stringLiteral(ctx)});`, 2],
    ['continue;', ctx.flags.loop ? 1 : 0],
  ]);
  if (r.chance(0.3)) return ctx.w.line(`if (${condition(ctx)}) ${outcome}`);
  ctx.w.open(`if (${condition(ctx)}) {`);
  ctx.w.line(outcome);
  ctx.w.close('}');
}

/** @param {StmtContext} ctx */
function arrayBinding(ctx) {
  return pickBinding(ctx, ['arr'])?.text ?? declare(ctx, 'arr');
}

/** @param {StmtContext} ctx @param {number} budget @param {number} depth */
function loop(ctx, budget, depth) {
  const r = ctx.r;
  const list = arrayBinding(ctx);
  const style = r.weighted([
    ['for', 4],
    ['forOf', ctx.lang.esm ? 3 : 0],
    ['forEach', 3],
    ['forIn', 1],
  ]);
  const item = ctx.names.claim(r.pick(['item', 'el', 'row', 'entry', 'x', 'obj']));
  if (style === 'forEach') {
    ctx.w.open(`${list}.forEach(${functionHead(ctx, [item])}`);
    nested(
      ctx,
      (inner) => {
        inner.scope.add(item, 'any');
        block(inner, r.int(2, Math.max(2, budget)), depth + 1);
      },
      { loop: false, async: false },
    );
    return ctx.w.close('});');
  }
  if (style === 'for') {
    const index = ctx.names.claim(r.pick(['i', 'j', 'k', 'idx']));
    ctx.w.open(`for (var ${index} = 0; ${index} < ${list}.length; ${index}++) {`);
    nested(
      ctx,
      (inner) => {
        inner.scope.add(index, 'num');
        inner.w.line(`var ${item} = ${list}[${index}];`);
        inner.scope.add(item, 'any');
        block(inner, r.int(2, Math.max(2, budget)), depth + 1);
      },
      { loop: true },
    );
    return ctx.w.close('}');
  }
  const header = style === 'forOf' ? `for (const ${item} of ${list}) {` : `for (var ${item} in ${list}) {`;
  ctx.w.open(header);
  nested(
    ctx,
    (inner) => {
      inner.scope.add(item, style === 'forOf' ? 'any' : 'str');
      block(inner, r.int(2, Math.max(2, budget)), depth + 1);
    },
    { loop: true },
  );
  ctx.w.close('}');
}

/** @param {StmtContext} ctx @param {number} budget @param {number} depth */
function whileLoop(ctx, budget, depth) {
  const counter = ctx.names.claim(ctx.r.pick(['retries', 'count', 'n', 'attempts', 'pos']));
  ctx.w.line(`${ctx.lang.esm ? 'let' : 'var'} ${counter} = 0;`);
  ctx.w.open(`while (${counter} < ${ctx.r.int(3, 50)}) {`);
  nested(
    ctx,
    (inner) => {
      inner.scope.add(counter, 'num', true);
      block(inner, ctx.r.int(1, Math.max(1, budget - 3)), depth + 1);
      inner.w.open(`if (${condition(inner)}) {`);
      inner.w.line('break;');
      inner.w.close('}');
      inner.w.line(`${counter}++;`);
    },
    { loop: true },
  );
  ctx.w.close('}');
}

/** @param {StmtContext} ctx @param {number} budget @param {number} depth */
function switchStatement(ctx, budget, depth) {
  const r = ctx.r;
  const cases = r.sample(
    ['active', 'pending', 'done', 'error', 'new', 'closed', 'draft', 'archived', 'A', 'B', 'C', 'X'],
    r.int(2, 7),
  );
  ctx.w.open(`switch (${operand(ctx)}) {`);
  for (const label of cases) {
    ctx.w.open(`case '${label}':`);
    nested(ctx, (inner) => block(inner, r.int(1, Math.max(1, Math.floor(budget / cases.length))), depth + 1));
    ctx.w.line(r.chance(0.85) ? 'break;' : `return ${operand(ctx)};`);
    ctx.w.depth -= 1;
  }
  if (r.chance(0.7)) {
    ctx.w.open('default:');
    nested(ctx, (inner) => block(inner, 1, depth + 1));
    ctx.w.depth -= 1;
  }
  ctx.w.close('}');
}

/** @param {StmtContext} ctx @param {number} budget @param {number} depth */
function tryCatch(ctx, budget, depth) {
  const r = ctx.r;
  ctx.w.open('try {');
  nested(ctx, (inner) => block(inner, r.int(1, Math.max(1, budget - 2)), depth + 1));
  const error = ctx.names.claim(r.pick(['e', 'err', 'ex', 'error']));
  const typed = ctx.lang.ts && r.chance(0.3) ? `${error}: any` : error;
  const shape = r.weighted([
    ['empty', 4],
    ['log', 3],
    ['rethrow', 1],
    ['comment', 1],
  ]);
  if (shape === 'empty') {
    ctx.w.close(`} catch (${typed}) {}`);
    return;
  }
  ctx.w.close(`} catch (${typed}) {`);
  ctx.w.depth += 1;
  if (shape === 'log') ctx.w.line(`${ctx.file.logger}.error(${stringLiteral(ctx)}, ${error});`);
  else if (shape === 'rethrow') ctx.w.line(`throw ${error};`);
  else ctx.w.line('// ignore, this never happens in production');
  ctx.w.close('}');
}

/** A pyramid of error-first callbacks, two to four levels deep. @param {StmtContext} ctx @param {number} budget @param {number} depth */
function callbackPyramid(ctx, budget, depth) {
  const r = ctx.r;
  const levels = Math.min(r.int(2, 4), MAX_DEPTH + 1 - depth);
  let current = { ...ctx, scope: ctx.scope.child(), flags: { async: false, loop: false } };
  const tails = [];
  for (let level = 0; level < levels; level++) {
    const api = r.pick(current.file.callbackApis)(current);
    tails.push(api.tail);
    const params = api.params.map(([name, kind]) => [current.names.claim(name), kind]);
    current.w.open(
      `${api.head}${functionHead(
        current,
        params.map(([name]) => name),
      )}`,
    );
    current = { ...current, scope: current.scope.child() };
    for (const [name, kind] of params) current.scope.add(name, kind);
    if (params[0]?.[0].startsWith('err')) {
      current.w.open(`if (${params[0][0]}) {`);
      current.w.line(r.chance(0.6) ? 'return;' : `${current.file.logger}.error(${params[0][0]});`);
      current.w.close('}');
    }
    block(current, r.int(1, Math.max(1, Math.floor(budget / levels))), MAX_DEPTH);
  }
  for (const tail of tails.reverse()) ctx.w.close(tail);
}

/** @param {StmtContext} ctx @param {number} budget @param {number} depth */
function promiseChain(ctx, budget, depth) {
  const r = ctx.r;
  const result = ctx.names.claim(r.pick(['res', 'result', 'response', 'resp']));
  const source = pickBinding(ctx, ['fn']);
  const promise = source ? `${source.text}(${operand(ctx)})` : `Promise.resolve(${operand(ctx)})`;
  ctx.w.open(`${promise}.then(${functionHead(ctx, [result])}`);
  nested(
    ctx,
    (inner) => {
      inner.scope.add(result, 'any');
      block(inner, r.int(1, Math.max(1, budget - 2)), depth + 1);
    },
    { loop: false, async: false },
  );
  const error = ctx.names.claim('err');
  ctx.w.close(`}).catch(${functionHead(ctx, [error])}`);
  ctx.w.depth += 1;
  if (r.chance(0.5)) ctx.w.line(`${ctx.file.logger}.error(${error});`);
  else ctx.w.line('// swallow');
  ctx.w.close('});');
}

/** @param {StmtContext} ctx */
function awaitStatement(ctx) {
  const name = ctx.names.variable();
  ctx.w.line(`const ${name} = await ${callExpr(ctx)};`);
  ctx.scope.add(name, 'any');
}

/** @param {StmtContext} ctx */
function comment(ctx) {
  ctx.w.line(
    ctx.r.pick([
      '// HACK: the old API returns strings here',
      '// keep in sync with the billing module',
      '// see ticket 4711',
      '// do not remove, used by the nightly job',
      '// legacy behaviour, customers depend on it',
      '// copied from the v1 implementation',
      '/* fallthrough to the default handling */',
    ]),
  );
}

/** One statement, of a kind suited to the nesting depth. @param {StmtContext} ctx @param {number} budget @param {number} depth */
function statement(ctx, budget, depth) {
  const deep = depth >= MAX_DEPTH;
  const roomy = budget >= 6 && !deep;
  const kind = ctx.r.weighted([
    ['declare', 8],
    ['assign', 5],
    ['call', 5],
    ['guard', 2],
    ['comment', 1],
    ['if', deep ? 0 : 7],
    ['loop', roomy ? 3 : 0],
    ['while', roomy ? 1 : 0],
    ['switch', roomy ? 1.5 : 0],
    ['try', deep ? 0 : 2],
    ['pyramid', roomy ? 1.5 : 0],
    ['promise', roomy ? 1 : 0],
    ['await', ctx.flags.async ? 3 : 0],
  ]);
  switch (kind) {
    case 'declare':
      return void declare(ctx);
    case 'assign':
      return void assign(ctx);
    case 'call':
      return callStatement(ctx);
    case 'guard':
      return guard(ctx);
    case 'comment':
      return comment(ctx);
    case 'if':
      return ifChain(ctx, budget, depth);
    case 'loop':
      return loop(ctx, budget, depth);
    case 'while':
      return whileLoop(ctx, budget, depth);
    case 'switch':
      return switchStatement(ctx, budget, depth);
    case 'try':
      return tryCatch(ctx, budget, depth);
    case 'pyramid':
      return callbackPyramid(ctx, budget, depth);
    case 'promise':
      return promiseChain(ctx, budget, depth);
    default:
      return awaitStatement(ctx);
  }
}

/** Writes statements until about `budget` lines are used (always at least one). @param {StmtContext} ctx @param {number} budget @param {number} depth */
export function block(ctx, budget, depth) {
  const start = ctx.w.count;
  do {
    // blank lines split long bodies into paragraphs, as people write them
    if (ctx.w.count > start && depth < 2 && ctx.r.chance(0.12)) ctx.w.line('');
    statement(ctx, budget - (ctx.w.count - start), depth);
  } while (ctx.w.count - start < budget);
}
