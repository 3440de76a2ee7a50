import { asEslintRule, ruleTester, ts } from '../../testing/rule-tester.js';
import { tooManyLocals } from './too-many-locals.js';

const locals = (count: number): string => Array.from({ length: count }, (_, i) => `const v${i} = ${i};`).join('\n');
const error = (name: string, count: number, max = 2, line = 1) => ({
  messageId: 'tooManyLocals',
  data: { name, count, max },
  line,
});
const two = [{ max: 2 }];

ruleTester.run('too-many-locals', asEslintRule(tooManyLocals), {
  valid: [
    `function f() {\n${locals(15)}\n}`,
    locals(40), // module level
    { code: 'function f(a, b) {}', options: two },
    { code: 'function f(a) { function g(b, c, d) {} }', options: [{ max: 3 }] }, // g is a local of f, its parameters are not
    { code: 'function f() { return arguments.length; }', options: [{ max: 0 }] },
    { code: 'const f = (a) => { const b = a; };', options: two },
    { code: 'function f() { class K { m(x, y, z) {} } }', options: [{ max: 3 }] },
    { code: 'const f = function named(a) { return named; };', options: [{ max: 1 }] },
    { code: 'async function* g(a) { for await (const b of a) yield b; }', options: two },
    ts({
      code: 'function f(a: string): void { type T = string; interface I { x: T } const b: I = { x: a }; }',
      options: two,
    }),
    ts({ code: 'const C = ({ a }: { a: string }) => { const b = a; return <i>{b}</i>; };', options: two }, true),
  ],
  invalid: [
    { code: `function f() {\n${locals(16)}\n}`, errors: [error("function 'f'", 16, 15)] },
    { code: 'function f(a, b, c) {}', options: two, errors: [error("function 'f'", 3)] },
    { code: 'function f({ a, b: { c } }, [d]) {}', options: two, errors: [error("function 'f'", 3)] },
    { code: 'function f(a, ...rest) { let b = 1; }', options: two, errors: [error("function 'f'", 3)] },
    {
      code: 'function f() { if (x) { let a; } for (let b of y) {} try {} catch (c) {} }',
      options: two,
      errors: [error("function 'f'", 3)],
    },
    { code: 'function f() { function g() {} class K {} var v; }', options: two, errors: [error("function 'f'", 3)] },
    {
      code: 'const f = (a, b) => { const c = a + b; return c; };',
      options: two,
      errors: [error("arrow function 'f'", 3)],
    },
    { code: 'class A { m(a, b, c) {} }', options: two, errors: [error("method 'm'", 3)] },
    { code: 'async function f(a) { const [b, c] = await a; }', options: two, errors: [error("async function 'f'", 3)] },
    {
      code: 'function outer(a) { return function inner(b, c, d) {}; }',
      options: two,
      errors: [error("function 'inner'", 3)],
    },
    ts({
      code: 'function f(a: number, b: number): number { const c: number = a + b; return c; }',
      options: two,
      errors: [error("function 'f'", 3)],
    }),
    ts({
      code: 'class S { constructor(private a: string, b: string, c = 1) {} }',
      options: two,
      errors: [error('constructor', 3)],
    }),
    ts(
      {
        code: 'const C = ({ a, b }: { a: string; b: string }) => { const c = a + b; return <i>{c}</i>; };',
        options: two,
        errors: [error("arrow function 'C'", 3)],
      },
      true,
    ),
  ],
});
