import { asEslintRule, ruleTester, ts } from '../../testing/rule-tester.js';
import { tooManyPublicMethods } from './too-many-public-methods.js';

const methods = (count: number): string => Array.from({ length: count }, (_, i) => `m${i}() {}`).join('\n');
const error = (name: string, count: number, max = 2) => ({
  messageId: 'tooManyPublicMethods',
  data: { name, count, max },
});
const two = [{ max: 2 }];

ruleTester.run('too-many-public-methods', asEslintRule(tooManyPublicMethods), {
  valid: [
    `class A {\n${methods(20)}\n}`,
    { code: 'class A { constructor() {} a() {} b() {} }', options: two },
    { code: 'class A { a() {} b() {} _c() {} #d() {} }', options: two },
    { code: 'class A { get a() { return 1; } set a(v) {} b() {} }', options: two }, // a getter/setter pair is one name
    { code: 'class A { a() {} b() {} x = 1; }', options: two }, // a data field is no method
    { code: 'class A { a() {} b() {} [c]() {} }', options: two },
    { code: 'const A = class { a() {} b() {} };', options: two },
    { code: 'class A { a() {} static b() {} }', options: two },
    { code: 'class A { async a() {} *b() {} }', options: two },
    ts({ code: 'class A { a(): void {} b(): void {} private c(): void {} protected d(): void {} }', options: two }),
    ts({
      code: 'class A { a(x: string): void; a(x: number): void; a(x: unknown): void {} b(): void {} }',
      options: two,
    }),
    ts({ code: 'class V { render() { return <i />; } a() {} }', options: two }, true),
  ],
  invalid: [
    { code: `class A {\n${methods(21)}\n}`, errors: [error("Class 'A'", 21, 20)] },
    { code: 'class A { a() {} b() {} c() {} }', options: two, errors: [error("Class 'A'", 3)] },
    { code: 'class A { a() {} static b() {} static c() {} }', options: two, errors: [error("Class 'A'", 3)] },
    { code: 'class A { a = () => {}; b = function () {}; c() {} }', options: two, errors: [error("Class 'A'", 3)] },
    { code: 'class A { get a() { return 1; } b() {} c() {} }', options: two, errors: [error("Class 'A'", 3)] },
    { code: 'const K = class { a() {} b() {} c() {} };', options: two, errors: [error('Class', 3)] },
    { code: 'export default class { a() {} b() {} c() {} }', options: two, errors: [error('Class', 3)] },
    { code: 'class A { async a() {} *b() {} async *c() {} }', options: two, errors: [error("Class 'A'", 3)] },
    {
      code: 'function f() { class Inner { a() {} b() {} c() {} } }',
      options: two,
      errors: [error("Class 'Inner'", 3)],
    },
    { code: "class A { a() {} b() {} 'c'() {} }", options: [{ max: 1 }], errors: [error("Class 'A'", 2, 1)] },
    ts({
      code: 'abstract class A { abstract a(): void; b(): void {} public c(): void {} }',
      options: two,
      errors: [error("Class 'A'", 3)],
    }),
    ts({
      code: '@sealed class A { a(): void {} b(): void {} c(): void {} }',
      options: two,
      errors: [error("Class 'A'", 3)],
    }),
    ts(
      { code: 'class V { render() { return <i />; } a() {} b() {} }', options: two, errors: [error("Class 'V'", 3)] },
      true,
    ),
  ],
});
