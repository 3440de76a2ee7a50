import { asEslintRule, cjs, ruleTester, ts } from '../../testing/rule-tester.js';
import { tooManyInstanceAttributes } from './too-many-instance-attributes.js';

const assigns = (count: number): string => Array.from({ length: count }, (_, i) => `this.a${i} = ${i};`).join('\n');
const error = (name: string, count: number, max = 2) => ({
  messageId: 'tooManyInstanceAttributes',
  data: { name, count, max },
});
const two = [{ max: 2 }];

ruleTester.run('too-many-instance-attributes', asEslintRule(tooManyInstanceAttributes), {
  valid: [
    `class A { constructor() {\n${assigns(7)}\n} }`,
    { code: 'class A { constructor() { this.a = 1; this.b = 2; this.a = 3; } }', options: two },
    { code: 'class A { static x = 1; static y = 2; static z = 3; a = 1; }', options: two },
    { code: 'class A { static init() { this.x = 1; this.y = 2; this.z = 3; } }', options: two },
    { code: 'class A { a = 1; m() { function helper() { this.x = 1; this.y = 2; } } }', options: two },
    { code: 'function helper() { this.a = 1; this.b = 2; this.c = 3; }', options: two }, // lower-case: not a constructor
    { code: 'class A { a = 1; static { this.b = 2; this.c = 3; } }', options: two },
    { code: 'class A { m() { const o = {}; o.x = 1; o.y = 2; o.z = 3; } }', options: two },
    { code: 'class Outer { a = 1; m() { return class Inner { b = 1; }; } }', options: [{ max: 1 }] },
    cjs({ code: 'function Person() { this.a = 1; }\nPerson.prototype.m = function () { this.b = 2; };', options: two }),
    ts({ code: 'class A { declare a: string; b!: number; }', options: two }),
    ts({ code: 'class V { state = {}; render() { return <i />; } }', options: two }, true),
  ],
  invalid: [
    { code: `class A { constructor() {\n${assigns(8)}\n} }`, errors: [error("Class 'A'", 8, 7)] },
    { code: 'class A { a = 1; b = 2; c = 3; }', options: two, errors: [error("Class 'A'", 3)] },
    {
      code: 'class A { a = 1; constructor() { this.b = 2; } m() { this.c = 3; } }',
      options: two,
      errors: [error("Class 'A'", 3)],
    },
    ts({ code: 'class A { #a = 1; #b; accessor c = 3; }', options: two, errors: [error("Class 'A'", 3)] }),
    {
      code: 'class A { m() { [1].forEach(() => { this.a = 1; this.b = 2; this.c = 3; }); } }',
      options: two,
      errors: [error("Class 'A'", 3)],
    },
    {
      code: 'class A { handler = () => { this.a = 1; this.b = 2; this.c = 3; }; }',
      options: two,
      errors: [error("Class 'A'", 4)],
    },
    {
      code: 'const K = class { constructor() { this.a = 1; this.b = 2; this["c"] = 3; } };',
      options: two,
      errors: [error('Class', 3)],
    },
    {
      code: 'function Person() { this.a = 1; this.b = 2; this.c = 3; }',
      options: two,
      errors: [error("Constructor function 'Person'", 3)],
    },
    cjs({
      code: 'var Person = function () { this.a = 1; };\nPerson.prototype.m = function () { this.b = 2; this.c = 3; };',
      options: two,
      errors: [error("Constructor function 'Person'", 3)],
    }),
    cjs({
      code: 'function Person() { this.a = 1; }\nPerson.prototype = { m: function () { this.b = 2; }, n: function () { this.c = 3; } };',
      options: two,
      errors: [error("Constructor function 'Person'", 3)],
    }),
    {
      code: 'class A { async load() { this.a = await x; this.b = 1; this.c = 2; } }',
      options: two,
      errors: [error("Class 'A'", 3)],
    },
    ts({
      code: 'class A { constructor(private a: string, public b: number, readonly c = 1) {} }',
      options: two,
      errors: [error("Class 'A'", 3)],
    }),
    ts(
      {
        code: 'class V { state = {}; props = {}; ref = null; render() { return <i />; } }',
        options: two,
        errors: [error("Class 'V'", 3)],
      },
      true,
    ),
  ],
});
