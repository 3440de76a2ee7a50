// Top-level units of a module: functions, classes (ES classes and prototype-style constructors),
// React components and constant tables. Each writes itself through the file's CodeWriter.
import { numberLiteral, operand, propertyName, stringLiteral, valueExpr } from './expressions.mjs';
import { block } from './statements.mjs';
import { typeAnnotation } from './type-declarations.mjs';

/**
 * @typedef {import('./statements.mjs').StmtContext & {
 *   typeNames: string[], components: string[], system: 'cjs' | 'esm' | 'ts', remaining: () => number
 * }} FileContext
 */

const PARAM_NAMES = [
  ['options', 'obj'],
  ['opts', 'obj'],
  ['cb', 'fn'],
  ['callback', 'fn'],
  ['done', 'fn'],
  ['id', 'num'],
  ['data', 'any'],
  ['req', 'obj'],
  ['res', 'obj'],
  ['items', 'arr'],
  ['list', 'arr'],
  ['name', 'str'],
  ['force', 'bool'],
  ['value', 'any'],
  ['key', 'str'],
  ['config', 'obj'],
  ['params', 'obj'],
  ['row', 'obj'],
];

/**
 * Function-body length in lines: mostly short, with a long tail of huge functions, but never far
 * beyond what the module has left of its planned length.
 * @param {FileContext} ctx
 */
function bodySize(ctx, share = 1) {
  const r = ctx.r;
  const wanted = r
    .weighted([
      [[2, 10], 35],
      [[10, 30], 40],
      [[30, 80], 20],
      [[80, 180], 5],
    ])
    .reduce((min, max) => r.int(min, max));
  return Math.max(2, Math.min(wanted, Math.floor(ctx.remaining() * share) - 3));
}

/** @param {FileContext} ctx */
function unitContext(ctx, async = false) {
  return { ...ctx, names: ctx.names.fork(), scope: ctx.scope.child(), flags: { async, loop: false } };
}

/** Declares parameters in the unit's scope and returns their source text. @param {FileContext} unit */
function parameters(unit, count) {
  const r = unit.r;
  const texts = [];
  // TypeScript refuses a required parameter after an optional one (TS1016), so once one parameter
  // is optional every later one is too (`b?: T` or `b?`); the random draws stay the same
  let optionalSeen = false;
  for (const [base, kind] of r.sample(PARAM_NAMES, count)) {
    const name = unit.names.claim(r.chance(0.3) ? `${base}_${r.pick(['in', 'obj', 'list', 'val'])}` : base);
    unit.scope.add(name, kind, true);
    optionalSeen = (unit.lang.ts && r.chance(0.15)) || optionalSeen;
    const optional = optionalSeen ? '?' : '';
    texts.push(unit.lang.ts && r.chance(0.6) ? `${name}${optional}: ${typeAnnotation(unit)}` : `${name}${optional}`);
  }
  return texts.join(', ');
}

/** @param {FileContext} unit */
function finalReturn(unit) {
  const r = unit.r;
  const callback = unit.scope.visible(
    (binding) => binding.kind === 'fn' && ['cb', 'callback', 'done'].some((prefix) => binding.text.startsWith(prefix)),
  );
  if (callback.length > 0 && r.chance(0.6)) unit.w.line(`${callback[0].text}(null, ${operand(unit)});`);
  else if (r.chance(0.6)) unit.w.line(`return ${valueExpr(unit)};`);
}

/** @param {FileContext} ctx @param {string} name @param {string} prefix `export ` or '' */
export function writeFunction(ctx, name, prefix) {
  const r = ctx.r;
  const async = ctx.lang.esm && r.chance(0.2);
  const unit = unitContext(ctx, async);
  const params = parameters(
    unit,
    r.weighted([
      [0, 1],
      [1, 3],
      [2, 3],
      [3, 2],
      [4, 1],
      [6, 0.5],
    ]),
  );
  const returnType =
    ctx.lang.ts && r.chance(0.35) ? `: ${async ? 'Promise<any>' : r.pick(['any', 'void', 'boolean', 'string'])}` : '';
  unit.w.open(`${prefix}${async ? 'async ' : ''}function ${name}(${params})${returnType} {`);
  block(unit, bodySize(ctx), 0);
  if (!returnType.includes('void')) finalReturn(unit);
  unit.w.close('}');
}

/** @param {FileContext} ctx @param {string} owner */
function fields(ctx, owner) {
  const r = ctx.r;
  const chosen = [];
  const seen = new Set();
  for (let i = r.int(2, 6); i > 0; i--) {
    const base = propertyName(ctx);
    const field = r.chance(0.2) ? `_${base}` : base;
    if (seen.has(field)) continue;
    seen.add(field);
    chosen.push([field, r.pick(['num', 'str', 'arr', 'obj', 'any', 'bool'])]);
  }
  return chosen.map(([field, kind]) => ({ field, kind, text: `this.${field}`, owner }));
}

const INITIAL = { num: '0', str: "''", arr: '[]', obj: '{}', any: 'null', bool: 'false' };

/** @param {FileContext} ctx @param {ReturnType<typeof fields>} props */
function methodContext(ctx, props, async = false) {
  const unit = unitContext(ctx, async);
  for (const prop of props) unit.scope.add(prop.text, prop.kind, true);
  return unit;
}

/** An ES class with fields, constructor, methods, a getter and a static factory. @param {FileContext} ctx @param {string} name @param {string} prefix */
export function writeClass(ctx, name, prefix) {
  const r = ctx.r;
  const bases = ctx.scope.visible((binding) => binding.kind === 'cls' && binding.text !== name);
  const base = bases.length > 0 && r.chance(0.3) ? r.pick(bases).text : '';
  const props = fields(ctx, name);
  ctx.w.open(`${prefix}class ${name}${base ? ` extends ${base}` : ''} {`);
  if (ctx.lang.ts) {
    for (const prop of props) {
      const modifier = r.weighted([
        ['', 3],
        ['private ', 2],
        ['public ', 1],
        ['protected ', 1],
      ]);
      ctx.w.line(`${modifier}${prop.field}: ${r.chance(0.5) ? 'any' : typeAnnotation(ctx)};`);
    }
    ctx.w.line('');
  }
  const ctor = methodContext(ctx, []);
  ctx.w.open(`constructor(${parameters(ctor, r.int(0, 3))}) {`);
  if (base) ctx.w.line(`super(${r.chance(0.5) ? operand(ctor) : ''});`);
  for (const prop of props) ctx.w.line(`${prop.text} = ${r.chance(0.5) ? operand(ctor) : INITIAL[prop.kind]};`);
  ctx.w.close('}');
  const wantedMethods = r
    .weighted([
      [[1, 3], 4],
      [[3, 8], 4],
      [[8, 16], 1],
    ])
    .reduce((min, max) => r.int(min, max));
  const methods = Math.max(1, Math.min(wantedMethods, Math.floor(ctx.remaining() / 8)));
  const methodNames = ctx.names.fork();
  for (let i = 0; i < methods; i++) {
    ctx.w.line('');
    const async = ctx.lang.esm && r.chance(0.15);
    const method = methodContext(ctx, props, async);
    const visibility = ctx.lang.ts
      ? r.weighted([
          ['', 4],
          ['private ', 1],
          ['public ', 1],
        ])
      : '';
    ctx.w.open(`${visibility}${async ? 'async ' : ''}${methodNames.func()}(${parameters(method, r.int(0, 3))}) {`);
    block(method, bodySize(ctx, 1 / Math.max(1, methods - i)), 1);
    finalReturn(method);
    ctx.w.close('}');
  }
  if (r.chance(0.4)) {
    ctx.w.line('');
    const prop = r.pick(props);
    ctx.w.open(`get ${methodNames.claim(`${prop.field.replace(/^_/, '')}Value`)}() {`);
    ctx.w.line(`return ${prop.text};`);
    ctx.w.close('}');
  }
  if (r.chance(0.3)) {
    ctx.w.line('');
    const factory = methodContext(ctx, []);
    ctx.w.open(
      `static ${methodNames.claim(r.pick(['create', 'fromJSON', 'getInstance', 'build']))}(${parameters(factory, 1)}) {`,
    );
    ctx.w.line(`return new ${name}(${operand(factory)});`);
    ctx.w.close('}');
  }
  ctx.w.close('}');
}

/** A pre-ES2015 "class": constructor function plus prototype methods. @param {FileContext} ctx @param {string} name */
export function writePrototypeClass(ctx, name) {
  const r = ctx.r;
  const props = fields(ctx, name);
  const ctor = methodContext(ctx, []);
  ctx.w.open(`function ${name}(${parameters(ctor, r.int(0, 3))}) {`);
  ctx.w.line(`var self = this;`);
  for (const prop of props) ctx.w.line(`${prop.text} = ${r.chance(0.5) ? operand(ctor) : INITIAL[prop.kind]};`);
  ctx.w.close('}');
  const methodNames = ctx.names.fork();
  const methods = Math.max(1, Math.min(r.int(1, 8), Math.floor(ctx.remaining() / 8)));
  for (let i = methods; i > 0; i--) {
    ctx.w.line('');
    const method = methodContext(ctx, props);
    ctx.w.open(`${name}.prototype.${methodNames.func()} = function (${parameters(method, r.int(0, 3))}) {`);
    block(method, bodySize(ctx, 1 / i), 1);
    finalReturn(method);
    ctx.w.close('};');
  }
}

/** A function component with hooks, conditionals and a mapped list. @param {FileContext} ctx @param {string} name @param {string} prefix @param {string} propsType */
export function writeComponent(ctx, name, prefix, propsType) {
  const r = ctx.r;
  const unit = unitContext(ctx);
  const props = unit.names.claim('props');
  unit.scope.add(props, 'obj');
  unit.w.open(`${prefix}function ${name}(${props}${propsType ? `: ${propsType}` : ''}) {`);
  const [state, setter] = [
    unit.names.claim(r.pick(['items', 'rows', 'entries', 'records'])),
    unit.names.claim('setItems'),
  ];
  unit.w.line(`const [${state}, ${setter}] = useState([]);`);
  unit.scope.add(state, 'arr');
  const flag = unit.names.claim(r.pick(['loading', 'isOpen', 'visible', 'busy']));
  unit.w.line(`const [${flag}, ${unit.names.claim('setFlag')}] = useState(false);`);
  unit.scope.add(flag, 'bool');
  unit.w.open('useEffect(() => {');
  block({ ...unit, scope: unit.scope.child() }, r.int(2, 8), 2);
  unit.w.close(`}, [${props}.${propertyName(unit)}]);`);
  block(unit, bodySize(ctx), 1);
  unit.w.line(`if (${flag}) return <div className="spinner" />;`);
  unit.w.open('return (');
  unit.w.open(`<div className="${name.toLowerCase()}">`);
  unit.w.line(`<h2>{${props}.${propertyName(unit)}}</h2>`);
  const item = unit.names.claim('item');
  const child = ctx.components.filter((component) => component !== name);
  const tag =
    child.length > 0 && r.chance(0.6) ? `${r.pick(child)} key={${item}.id} value={${item}}` : `li key={${item}.id}`;
  const closing = tag.startsWith('li') ? `>{${item}.${propertyName(unit)}}</li>` : ' />';
  unit.w.line(`<ul>{${state}.map((${item}) => <${tag}${closing})}</ul>`);
  if (r.chance(0.6))
    unit.w.line(`{${props}.${propertyName(unit)} && <span className="note">{${stringLiteral(unit)}}</span>}`);
  unit.w.line(`<button onClick={() => ${setter}([])}>${r.pick(['Reset', 'Clear', 'Close', 'Save'])}</button>`);
  unit.w.close('</div>');
  unit.w.close(');');
  unit.w.close('}');
}

/** A constant config object or a lookup table of records. @param {FileContext} ctx @param {string} name @param {string} prefix */
export function writeConstant(ctx, name, prefix) {
  const r = ctx.r;
  const keyword = ctx.lang.esm ? 'const' : r.pick(['var', 'const']);
  if (r.chance(0.35)) {
    ctx.w.open(`${prefix}${keyword} ${name} = [`);
    const keys = [...new Set([propertyName(ctx), propertyName(ctx), propertyName(ctx)])];
    for (let i = r.int(3, 25); i > 0; i--) {
      ctx.w.line(
        `{ ${keys.map((key) => `${key}: ${r.chance(0.5) ? stringLiteral(ctx) : numberLiteral(ctx)}`).join(', ')} },`,
      );
    }
    ctx.w.close('];');
    return;
  }
  ctx.w.open(`${prefix}${keyword} ${name} = {`);
  const keys = new Set();
  for (let i = r.int(2, 14); i > 0; i--) keys.add(propertyName(ctx));
  for (const key of keys)
    ctx.w.line(
      `${key}: ${r.weighted([
        [stringLiteral(ctx), 3],
        [numberLiteral(ctx), 3],
        ['true', 1],
        ['false', 1],
        ['null', 1],
      ])},`,
    );
  ctx.w.close('};');
}
