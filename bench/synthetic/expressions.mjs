// Expressions over the bindings in scope: the comparisons, concatenations and calls that fill
// legacy code. Each builder returns source text that parses in every file kind it is used in.
import { ADJECTIVES, NOUNS, VERBS, camel } from './names.mjs';

/**
 * @typedef {import('./code-writer.mjs').Binding} Binding
 * @typedef {import('./code-writer.mjs').ValueKind} ValueKind
 * @typedef {{ ts: boolean, jsx: boolean, esm: boolean }} Lang
 * @typedef {{ r: import('./random.mjs').Random, scope: import('./code-writer.mjs').Scope, lang: Lang }} ExprContext
 */

const MESSAGES = ['invalid', 'missing', 'failed to load', 'cannot parse', 'unexpected', 'no', 'bad', 'unknown'];
const STATUS = ['active', 'pending', 'done', 'error', 'new', 'closed', 'draft', 'archived'];

/** @param {ExprContext} ctx */
export function stringLiteral(ctx) {
  const r = ctx.r;
  const text = r.weighted([
    [() => r.pick(STATUS), 4],
    [() => `${r.pick(MESSAGES)} ${r.pick(NOUNS)}`, 3],
    [() => `/api/${r.pick(NOUNS)}/${r.pick(VERBS)}`, 1],
    [() => r.pick(NOUNS), 3],
    [() => '', 1],
    [() => `${r.pick(ADJECTIVES)}_${r.pick(NOUNS)}`, 2],
  ])();
  return `'${text}'`;
}

/** @param {ExprContext} ctx */
export function numberLiteral(ctx) {
  return String(
    ctx.r.weighted([
      [0, 4],
      [1, 4],
      [-1, 2],
      [2, 2],
      [10, 1],
      [100, 1],
      [1000, 1],
      [3600, 1],
      [ctx.r.int(3, 99), 3],
    ]),
  );
}

/** @param {ExprContext} ctx @param {readonly ValueKind[]} kinds */
export function pickBinding(ctx, kinds) {
  const candidates = ctx.scope.visible((binding) => kinds.includes(binding.kind));
  if (candidates.length === 0) return undefined;
  // nearer bindings come first in `visible`; favour them the way real code favours its locals
  const nearHalf = candidates.slice(0, Math.max(1, Math.ceil(candidates.length / 2)));
  return ctx.r.chance(0.65) ? ctx.r.pick(nearHalf) : ctx.r.pick(candidates);
}

/** @param {ExprContext} ctx */
export function propertyName(ctx) {
  const r = ctx.r;
  return r.weighted([
    [r.pick(NOUNS), 5],
    [camel([r.pick(ADJECTIVES), r.pick(NOUNS)]), 2],
    [`${r.pick(NOUNS)}_${r.pick(NOUNS)}`, 2],
    ['id', 2],
    ['name', 2],
    ['type', 1],
  ]);
}

/** Something to read: a binding, a member of one, or a literal. @param {ExprContext} ctx */
export function operand(ctx) {
  const r = ctx.r;
  const binding = pickBinding(ctx, ['num', 'str', 'bool', 'arr', 'obj', 'any']);
  if (!binding || r.chance(0.2)) return r.chance(0.5) ? numberLiteral(ctx) : stringLiteral(ctx);
  switch (binding.kind) {
    case 'obj':
    case 'any':
      return r.chance(0.6) ? `${binding.text}.${propertyName(ctx)}` : binding.text;
    case 'arr':
      return r.weighted([
        [`${binding.text}.length`, 3],
        [`${binding.text}[0]`, 1],
        [binding.text, 1],
        [`${binding.text}[${binding.text}.length - 1]`, 1],
      ]);
    default:
      return binding.text;
  }
}

/** A call to something callable in scope, or to a global utility. @param {ExprContext} ctx @param {number} depth */
export function callExpr(ctx, depth = 0) {
  const r = ctx.r;
  const fn = pickBinding(ctx, ['fn']);
  const argCount = r.int(0, 3);
  const args = [];
  for (let i = 0; i < argCount; i++) args.push(depth < 1 && r.chance(0.2) ? valueExpr(ctx, depth + 1) : operand(ctx));
  if (fn && r.chance(0.75)) return `${fn.text}(${args.join(', ')})`;
  const arg = operand(ctx);
  return r.pick([
    `JSON.stringify(${arg})`,
    `JSON.parse(JSON.stringify(${arg}))`,
    `parseInt(${arg}, 10)`,
    `String(${arg})`,
    `Math.max(${arg}, ${numberLiteral(ctx)})`,
    `Math.round(${arg} * 100) / 100`,
    `Object.keys(${arg})`,
    `Array.isArray(${arg})`,
    `Number(${arg}) || 0`,
  ]);
}

/** A boolean test, with the loose comparisons legacy code is full of. @param {ExprContext} ctx */
export function condition(ctx) {
  const r = ctx.r;
  let left = operand(ctx);
  // tests read variables; a literal on the left only when nothing is in scope
  for (let retry = 0; retry < 3 && /^['\d-]/.test(left); retry++) left = operand(ctx);
  const simple = r.weighted([
    [() => `${left} == ${r.chance(0.5) ? stringLiteral(ctx) : numberLiteral(ctx)}`, 5],
    [() => `${left} === ${r.chance(0.5) ? stringLiteral(ctx) : numberLiteral(ctx)}`, 3],
    [() => `${left} != null`, 2],
    [() => `${left} !== undefined`, 1],
    [() => `!${left}`, 3],
    [() => `${left} > ${numberLiteral(ctx)}`, 2],
    [() => `${left} <= ${operand(ctx)}`, 1],
    [() => `typeof ${left} == 'undefined'`, 1],
    [() => `typeof ${left} === 'string'`, 1],
    [() => left, 2],
  ])();
  if (r.chance(0.15)) return `${simple} ${r.chance(0.6) ? '&&' : '||'} ${condition(ctx)}`;
  return simple;
}

/** Any value, possibly compound. @param {ExprContext} ctx @param {number} depth */
export function valueExpr(ctx, depth = 0) {
  const r = ctx.r;
  const build = r.weighted([
    [() => operand(ctx), 6],
    [() => callExpr(ctx, depth), depth < 2 ? 4 : 0],
    [() => `${operand(ctx)} + ${operand(ctx)}`, 3],
    [() => `${stringLiteral(ctx).slice(0, -1)}: ' + ${operand(ctx)}`, 2],
    [() => `${operand(ctx)} || ${r.chance(0.5) ? '{}' : stringLiteral(ctx)}`, 2],
    [() => `${condition(ctx)} ? ${operand(ctx)} : ${operand(ctx)}`, depth < 1 ? 1 : 0],
    [() => `[${operand(ctx)}, ${operand(ctx)}]`, 1],
    [() => objectLiteral(ctx), 1],
    [() => newExpr(ctx), 1],
    [() => `\`${r.pick(NOUNS)}-\${${operand(ctx)}}\``, ctx.lang.esm ? 1 : 0],
  ]);
  return build();
}

/** @param {ExprContext} ctx */
function newExpr(ctx) {
  const cls = pickBinding(ctx, ['cls']);
  if (cls) return `new ${cls.text}(${operand(ctx)})`;
  return ctx.r.pick([
    `new Date()`,
    `new Error(${stringLiteral(ctx)})`,
    `new Array(${numberLiteral(ctx)})`,
    `new Object()`,
  ]);
}

/** One-line object literal with distinct keys. @param {ExprContext} ctx */
export function objectLiteral(ctx) {
  const first = propertyName(ctx);
  let second = propertyName(ctx);
  if (second === first) second = `${second}_2`;
  return `{ ${first}: ${operand(ctx)}, ${second}: ${operand(ctx)} }`;
}
