import { asEslintRule, cjs, ruleTester, ts } from '../../testing/rule-tester.js';
import { requireDocs } from './require-docs.js';

const noModule = [{ minLines: 0, module: false }];
const fn = (name: string) => ({ messageId: 'missingFunctionDoc', data: { name } });

ruleTester.run('require-docs', asEslintRule(requireDocs), {
  valid: [
    '/** Orders. */\n/** Adds. */\nexport function add(a, b) { return a + b; }',
    'function internal() {}', // not exported, and the module exports nothing
    { code: '/** Adds. */\nexport const add = (a, b) => a + b;', options: noModule },
    {
      code: '/** An order. */\nexport class Order {\n/** Total. */\ntotal() {}\nconstructor() {}\n_cache() {}\n#secret() {} }',
      options: noModule,
    },
    { code: 'export function add(a, b) { return a + b; }', options: [{ minLines: 3, module: false }] }, // shorter than minLines
    { code: '/** Default. */\nexport default function () {}', options: noModule },
    { code: 'export { a } from "./a.js";', options: noModule },
    '// Order helpers.\nexport const rate = 1;',
    cjs({ code: '/* Tax tables. */\n/** Computes tax. */\nmodule.exports = function tax() {};' }),
    cjs({ code: '/** Computes tax. */\nexports.tax = function () {};', options: noModule }),
    ts({
      code: '/** Shapes. */\n/** A shape. */\nexport abstract class Shape {\n/** Area. */\nabstract area(): number;\nprivate secret(): void {}\nprotected inner(): void {}\noverride toString(): string { return ""; } }',
    }),
    ts({ code: '/** Views. */\n/** A button. */\nexport const Button = () => <button />;' }, true),
  ],
  invalid: [
    { code: 'export function add(a, b) { return a + b; }', options: noModule, errors: [fn('add')] },
    { code: 'export const add = (a, b) => a + b;', options: noModule, errors: [fn('add')] },
    { code: 'export default function () {}', options: noModule, errors: [fn('default')] },
    { code: '// not a JSDoc comment\nexport function add() {}', options: noModule, errors: [fn('add')] },
    {
      code: 'export class Order { total() {} }',
      options: noModule,
      errors: [
        { messageId: 'missingClassDoc', data: { name: 'Order' } },
        { messageId: 'missingMethodDoc', data: { name: 'total' } },
      ],
    },
    {
      code: '/** An order. */\nexport class Order { static create() {} get total() { return 1; } }',
      options: noModule,
      errors: [
        { messageId: 'missingMethodDoc', data: { name: 'create' } },
        { messageId: 'missingMethodDoc', data: { name: 'total' } },
      ],
    },
    { code: '/** Adds. */\nexport function add() {}', errors: [{ messageId: 'missingModuleDoc', line: 1 }] },
    {
      code: '/* eslint-disable no-var */\n/** Adds. */\nexport function add() {}',
      errors: [{ messageId: 'missingModuleDoc' }],
    },
    cjs({ code: 'module.exports = function tax() {};', options: noModule, errors: [fn('tax')] }),
    cjs({ code: 'exports.tax = async function () {};', options: noModule, errors: [fn('default')] }),
    { code: 'export async function* stream() {}', options: noModule, errors: [fn('stream')] },
    ts({
      code: 'export function area(side: number): number { return side * side; }',
      options: noModule,
      errors: [fn('area')],
    }),
    ts(
      { code: 'export const Button = (): JSX.Element => <button />;', options: noModule, errors: [fn('Button')] },
      true,
    ),
  ],
});
