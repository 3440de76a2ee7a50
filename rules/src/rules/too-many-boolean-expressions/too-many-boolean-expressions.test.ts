import { asEslintRule, ruleTester, ts } from '../../testing/rule-tester.js';
import { tooManyBooleanExpressions } from './too-many-boolean-expressions.js';

const error = (count: number, max = 2) => ({ messageId: 'tooManyBooleanExpressions', data: { count, max } });
const two = [{ max: 2 }];

ruleTester.run('too-many-boolean-expressions', asEslintRule(tooManyBooleanExpressions), {
  valid: [
    'if (a && b && c && d && e) {}',
    { code: 'if (a && b) {}', options: two },
    { code: 'if (!(a && b && c)) {}', options: two }, // a negation is one operand
    { code: 'if (a ?? b ?? c) {}', options: two }, // ?? is not boolean logic
    { code: 'const ok = a && b && c && d;', options: two }, // not a condition
    { code: 'if (f(a && b && c)) {}', options: two },
    { code: 'while (a || b) {}', options: two },
    { code: 'for (let i = 0; i < n && ok; i++) {}', options: two },
    { code: 'const v = a && b ? 1 : 2;', options: two },
    { code: 'function f() { return () => { if (a || b) {} }; }', options: two },
    ts({ code: 'if ((a as boolean) && b!) {}', options: two }),
    ts({ code: 'const C = () => (a && b ? <i /> : null);', options: two }, true),
  ],
  invalid: [
    { code: 'if (a && b && c && d && e && f) {}', errors: [error(6, 5)] },
    { code: 'if (a && b && c) {}', options: two, errors: [error(3)] },
    { code: 'if (a && (b || c)) {}', options: two, errors: [error(3)] },
    { code: 'while (a || b || c) {}', options: two, errors: [error(3)] },
    { code: 'do {} while (a && b && !c);', options: two, errors: [error(3)] },
    { code: 'for (;a && b && c;) {}', options: two, errors: [error(3)] },
    { code: 'const v = a && b && c ? 1 : 2;', options: two, errors: [error(3)] },
    { code: 'if (a) {} else if (b && c && (d ?? e)) {}', options: two, errors: [error(3)] },
    { code: 'class A { m() { if (this.a && this.b && this.c) {} } }', options: two, errors: [error(3)] },
    { code: 'async function* g() { while ((await a) && b && c) yield 1; }', options: two, errors: [error(3)] },
    { code: 'if (a && b && c) { if (d || e || f) {} }', options: two, errors: [error(3), error(3)] },
    ts({ code: 'if ((a as boolean) && b! && c) {}', options: two, errors: [error(3)] }),
    ts({ code: 'const C = () => (a && b && c ? <i /> : null);', options: two, errors: [error(3)] }, true),
  ],
});
