import { asEslintRule, ruleTester, ts } from '../../testing/rule-tester.js';
import { tooManyReturnStatements } from './too-many-return-statements.js';

const returns = (count: number): string =>
  Array.from({ length: count }, (_, i) => `if (x === ${i}) return ${i};`).join('\n');
const error = (name: string, count: number, max = 2, line = 1) => ({
  messageId: 'tooManyReturns',
  data: { name, count, max },
  line,
});
const two = [{ max: 2 }];

ruleTester.run('too-many-return-statements', asEslintRule(tooManyReturnStatements), {
  valid: [
    `function f(x) {\n${returns(6)}\n}`,
    { code: 'function f() { if (a) return 1; return 2; }', options: two },
    { code: 'function f() { function g() { return 1; } return g(); }', options: [{ max: 1 }] },
    { code: 'const f = () => a ? 1 : 2;', options: [{ max: 0 }] },
    { code: 'function f() { return [1, 2].map((x) => { return x; }); }', options: [{ max: 1 }] },
    { code: 'class A { get v() { if (a) return 1; return 2; } }', options: two },
    { code: 'function* g() { yield 1; yield 2; yield 3; return; }', options: [{ max: 1 }] },
    { code: 'async function f() { try { return await a(); } catch { return null; } }', options: two },
    { code: 'if (a) { x(); }', options: [{ max: 0 }] },
    ts({ code: 'function f(x: number): number { switch (x) { case 1: return 1; default: return 0; } }', options: two }),
    ts({ code: 'const C = ({ a }: { a: boolean }) => { if (a) return <b />; return null; };', options: two }, true),
  ],
  invalid: [
    { code: `function f(x) {\n${returns(7)}\n}`, errors: [error("function 'f'", 7, 6)] },
    {
      code: 'function f() { if (a) return 1; if (b) return 2; return 3; }',
      options: two,
      errors: [error("function 'f'", 3)],
    },
    {
      code: 'const f = function () { if (a) return; if (b) return; return; };',
      options: two,
      errors: [error("function 'f'", 3)],
    },
    {
      code: 'const f = (x) => { if (x) return 1; if (!x) return 2; return 3; };',
      options: two,
      errors: [error("arrow function 'f'", 3)],
    },
    {
      code: 'class A { m() { if (a) return 1; if (b) return 2; return 3; } }',
      options: two,
      errors: [error("method 'm'", 3)],
    },
    {
      code: 'class A { static s() { if (a) return 1; if (b) return 2; return 3; } }',
      options: two,
      errors: [error("static method 's'", 3)],
    },
    {
      code: 'function* g() { if (a) return 1; if (b) return 2; return 3; }',
      options: two,
      errors: [error("generator function 'g'", 3)],
    },
    {
      code: 'async function f() { try { return 1; } catch { return 2; } finally { return 3; } }',
      options: two,
      errors: [error("async function 'f'", 3)],
    },
    {
      code: 'function outer() { return function inner() { if (a) return 1; if (b) return 2; return 3; }; }',
      options: two,
      errors: [error("function 'inner'", 3)],
    },
    {
      code: 'const o = { m() { if (a) return 1; if (b) return 2; return 3; } };',
      options: two,
      errors: [error("method 'm'", 3)],
    },
    ts({
      code: 'function f(x: unknown): string { if (typeof x === "string") return x; if (x === null) return ""; return String(x); }',
      options: two,
      errors: [error("function 'f'", 3)],
    }),
    ts(
      {
        code: 'const C = (p: { a: number }) => { if (p.a === 1) return <i />; if (p.a === 2) return <b />; return null; };',
        options: two,
        errors: [error("arrow function 'C'", 3)],
      },
      true,
    ),
  ],
});
