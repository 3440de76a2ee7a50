import { asEslintRule, ruleTester, ts } from '../../testing/rule-tester.js';
import { tooManyStatements } from './too-many-statements.js';

const calls = (count: number): string => Array.from({ length: count }, (_, i) => `f(${i});`).join('\n');
const error = (name: string, count: number, max = 2, line = 1) => ({
  messageId: 'tooManyStatements',
  data: { name, count, max },
  line,
});
const two = [{ max: 2 }];

ruleTester.run('too-many-statements', asEslintRule(tooManyStatements), {
  valid: [
    `function f() {\n${calls(50)}\n}`,
    calls(80), // module level
    { code: 'function f() { a(); b(); }', options: two },
    { code: 'function f() { for (let i = 0; i < 1; i++) a(); }', options: two }, // the loop head declaration is part of the loop
    { code: 'function f() { return () => { a(); b(); c(); }; }', options: [{ max: 3 }] },
    { code: 'function f() { if (a) b(); }', options: two },
    { code: 'const f = () => a + b;', options: [{ max: 0 }] },
    { code: 'class A { m() { a(); b(); } }', options: two },
    { code: 'async function f() { await a(); await b(); }', options: two },
    ts({ code: 'function f(): void { type T = string; const x: T = ""; }', options: two }),
    ts({ code: 'const C = () => { const a = 1; return <b>{a}</b>; };', options: two }, true),
  ],
  invalid: [
    { code: `function f() {\n${calls(51)}\n}`, errors: [error("function 'f'", 51, 50)] },
    { code: 'function f() { a(); b(); c(); }', options: two, errors: [error("function 'f'", 3)] },
    { code: 'function f() { if (a) { b(); c(); } }', options: two, errors: [error("function 'f'", 3)] },
    { code: 'function f() { function g() {} a(); b(); }', options: two, errors: [error("function 'f'", 3)] },
    { code: 'function f() { try { a(); } catch { b(); } }', options: two, errors: [error("function 'f'", 3)] },
    { code: 'const f = () => { let a = 1; a++; return a; };', options: two, errors: [error("arrow function 'f'", 3)] },
    { code: 'class A { m() { a(); b(); c(); } }', options: two, errors: [error("method 'm'", 3)] },
    {
      code: 'function* g() { yield 1; yield 2; yield 3; }',
      options: two,
      errors: [error("generator function 'g'", 3)],
    },
    {
      code: 'async function f() { await a(); await b(); await c(); }',
      options: two,
      errors: [error("async function 'f'", 3)],
    },
    {
      code: 'function outer() { return function inner() { a(); b(); c(); }; }',
      options: two,
      errors: [error("function 'inner'", 3)],
    },
    { code: 'function f() { class K { x = 1; m() {} } }', options: two, errors: [error("function 'f'", 3)] },
    ts({
      code: 'function f(): void { type T = string; interface I { a: T } const x: I = { a: "" }; }',
      options: two,
      errors: [error("function 'f'", 3)],
    }),
    ts(
      {
        code: 'const C = () => { const a = 1; const b = 2; return <b>{a + b}</b>; };',
        options: two,
        errors: [error("arrow function 'C'", 3)],
      },
      true,
    ),
  ],
});
