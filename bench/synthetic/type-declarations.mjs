// TypeScript-only declarations: interfaces, type aliases and enums, and the type annotations that
// refer to them. Legacy TS leans on `any`, optional members and index signatures; so does this.
import { NOUNS, capitalize } from './names.mjs';
import { propertyName } from './expressions.mjs';

const PRIMITIVES = [
  'string',
  'number',
  'boolean',
  'any',
  'any',
  'Date',
  'string[]',
  'number[]',
  'Record<string, any>',
  'Function',
];

/**
 * @param {{ r: import('./random.mjs').Random, typeNames: string[] }} ctx
 * @returns {string}
 */
export function typeAnnotation(ctx) {
  const r = ctx.r;
  if (ctx.typeNames.length > 0 && r.chance(0.35)) {
    const named = r.pick(ctx.typeNames);
    return r.chance(0.2) ? `${named}[]` : named;
  }
  return r.pick(PRIMITIVES);
}

/** @param {{ r: import('./random.mjs').Random, w: import('./code-writer.mjs').CodeWriter, typeNames: string[], lang: any, scope: any }} ctx @param {string} name @param {string} prefix */
export function writeInterface(ctx, name, prefix) {
  const r = ctx.r;
  const base = ctx.typeNames.length > 0 && r.chance(0.2) ? ` extends ${r.pick(ctx.typeNames)}` : '';
  ctx.w.open(`${prefix}interface ${name}${base} {`);
  const seen = new Set();
  const members = r.int(2, 12);
  for (let i = 0; i < members; i++) {
    const key = propertyName(ctx);
    if (seen.has(key)) continue;
    seen.add(key);
    const shape = r.weighted([
      ['prop', 7],
      ['optional', 3],
      ['readonly', 1],
      ['method', 2],
    ]);
    if (shape === 'method')
      ctx.w.line(
        `${key}(${r.pick(NOUNS)}: ${typeAnnotation(ctx)}): ${r.pick(['void', 'boolean', 'any', 'Promise<any>'])};`,
      );
    else if (shape === 'optional') ctx.w.line(`${key}?: ${typeAnnotation(ctx)};`);
    else if (shape === 'readonly') ctx.w.line(`readonly ${key}: ${typeAnnotation(ctx)};`);
    else ctx.w.line(`${key}: ${typeAnnotation(ctx)};`);
  }
  if (r.chance(0.2)) ctx.w.line('[key: string]: any;');
  ctx.w.close('}');
}

/** @param {{ r: import('./random.mjs').Random, w: import('./code-writer.mjs').CodeWriter, typeNames: string[], lang: any, scope: any }} ctx @param {string} name @param {string} prefix */
export function writeTypeAlias(ctx, name, prefix) {
  const r = ctx.r;
  if (r.chance(0.5)) {
    const labels = r.sample(['active', 'pending', 'done', 'error', 'new', 'closed', 'draft', 'archived'], r.int(2, 6));
    ctx.w.line(`${prefix}type ${name} = ${labels.map((label) => `'${label}'`).join(' | ')};`);
    return;
  }
  if (r.chance(0.3) && ctx.typeNames.length > 0) {
    ctx.w.line(
      `${prefix}type ${name} = Partial<${r.pick(ctx.typeNames)}> & { ${propertyName(ctx)}?: ${typeAnnotation(ctx)} };`,
    );
    return;
  }
  ctx.w.open(`${prefix}type ${name} = {`);
  const keys = new Set();
  for (let i = r.int(2, 6); i > 0; i--) keys.add(propertyName(ctx));
  for (const key of keys) ctx.w.line(`${key}${r.chance(0.3) ? '?' : ''}: ${typeAnnotation(ctx)};`);
  ctx.w.close('};');
}

/** @param {{ r: import('./random.mjs').Random, w: import('./code-writer.mjs').CodeWriter }} ctx @param {string} name @param {string} prefix */
export function writeEnum(ctx, name, prefix) {
  const r = ctx.r;
  const members = r.sample(
    ['Active', 'Pending', 'Done', 'Error', 'New', 'Closed', 'Draft', 'Archived', 'Unknown', 'Legacy'],
    r.int(2, 8),
  );
  const style = r.weighted([
    ['plain', 3],
    ['string', 3],
    ['numbered', 1],
  ]);
  ctx.w.open(`${prefix}${r.chance(0.1) ? 'const ' : ''}enum ${name} {`);
  members.forEach((member, i) => {
    if (style === 'string') ctx.w.line(`${member} = '${member.toUpperCase()}',`);
    else if (style === 'numbered') ctx.w.line(`${member} = ${(i + 1) * 10},`);
    else ctx.w.line(`${member},`);
  });
  ctx.w.close('}');
  return members;
}

/** Name of a props interface for a component. @param {string} component */
export function propsTypeName(component) {
  return `${capitalize(component)}Props`;
}
