import { asEslintRule, ruleTester, ts } from '../../testing/rule-tester.js';
import { tooManyBranches } from './too-many-branches.js';

const ifs = (count: number): string => Array.from({ length: count }, (_, i) => `if (x === ${i}) f(${i});`).join('\n');
const error = (name: string, count: number, max = 2, line = 1) => ({
  messageId: 'tooManyBranches',
  data: { name, count, max },
  line,
});
const two = [{ max: 2 }];

ruleTester.run('too-many-branches', asEslintRule(tooManyBranches), {
  valid: [
    `function f(x) {\n${ifs(12)}\n}`,
    `${ifs(20)}`, // module level is not a function
    { code: 'function f(x) { if (a) {} else {} }', options: two },
    { code: 'function f(x) { if (a) {} else if (b) {} }', options: two },
    { code: 'function f() { try { a(); } catch (e) { b(); } finally { c(); } }', options: two },
    { code: 'function f() { const v = a ? b : c; const w = a && b; }', options: two }, // values, not control flow
    { code: 'function f() { function g() { if (a) {} if (b) {} if (c) {} } if (d) {} }', options: [{ max: 3 }] }, // nested counted apart
    { code: 'const f = () => { for (const x of y) {} while (z) {} };', options: two },
    { code: 'class A { m() { if (a) {} else {} } }', options: two },
    { code: 'async function* gen() { for await (const x of y) { yield x; } if (a) {} }', options: two },
    { code: 'function f() { cb?.(); }', options: [{ max: 0 }] },
    ts({ code: 'function f(x: number): number { if (x > 1) { return 1; } else { return 2; } }', options: two }),
    ts(
      { code: 'const C = (p: { a: boolean }) => { if (p.a) { return <b />; } return null; };', options: [{ max: 1 }] },
      true,
    ),
  ],
  invalid: [
    { code: `function f(x) {\n${ifs(13)}\n}`, errors: [error("function 'f'", 13, 12)] },
    { code: 'function f() { if (a) {} else if (b) {} else {} }', options: two, errors: [error("function 'f'", 3)] },
    {
      code: 'function f(x) { switch (x) { case 1: break; case 2: break; default: } }',
      options: two,
      errors: [error("function 'f'", 3)],
    },
    {
      code: 'function f() { try { a(); } catch (e) { b(); } finally { c(); } if (d) {} }',
      options: two,
      errors: [error("function 'f'", 3)],
    },
    {
      code: 'function f() { for (;;) {} for (k in o) {} do {} while (a); }',
      options: two,
      errors: [error("function 'f'", 3)],
    },
    { code: 'function f() { ok ? a() : b(); cb && cb(); }', options: two, errors: [error("function 'f'", 3)] },
    {
      code: 'const f = () => { if (a) {} if (b) {} if (c) {} };',
      options: two,
      errors: [error("arrow function 'f'", 3)],
    },
    { code: 'class A { save() { if (a) {} if (b) {} if (c) {} } }', options: two, errors: [error("method 'save'", 3)] },
    {
      code: 'async function* gen() { for await (const x of y) { if (x) yield x; else continue; } }',
      options: two,
      errors: [error("async generator function 'gen'", 3)],
    },
    {
      code: 'function outer() { if (a) {} function inner() { if (b) {} if (c) {} if (d) {} } }',
      options: two,
      errors: [error("function 'inner'", 3)],
    },
    ts({
      code: 'function f(x: string | number): void { if (typeof x === "string") {} else if (x > 1) {} else {} }',
      options: two,
      errors: [error("function 'f'", 3)],
    }),
    ts({
      code: 'class S { private run(this: S): void { while (a) {} while (b) {} while (c) {} } }',
      options: two,
      errors: [error("method 'run'", 3)],
    }),
    ts(
      {
        code: 'export const C = () => { if (a) { return <i />; } if (b) { return <b />; } return a ? <u /> : null; };',
        options: [{ max: 1 }],
        errors: [error("arrow function 'C'", 2, 1)],
      },
      true,
    ),
  ],
});
