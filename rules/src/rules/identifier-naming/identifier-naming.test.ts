import { asEslintRule, cjs, ruleTester, ts } from '../../testing/rule-tester.js';
import { identifierNaming } from './identifier-naming.js';

const rename = (kind: string, name: string, styles: string, suggestion: string) => ({
  messageId: 'rename',
  data: { kind, name, styles, suggestion },
});

ruleTester.run('identifier-naming', asEslintRule(identifierNaming), {
  valid: [
    'const orderTotal = 1; let count = 0; function calcTotal(itemPrice) {}',
    'const MAX_RETRIES = 3; export const API_URL = "x";',
    cjs({ code: 'var APP_VERSION = "1.0"; var defaultRegion = "eu";' }),
    'function Person(firstName) { this.first_name = firstName; }', // constructor function; attributes are not declarations
    "import { snake_case } from 'lodash'; import * as my_lib from 'my-lib';",
    "import { do_thing } from './util.js';", // the exporter's name, reported in util.js
    'const { user_name, order_id: orderId } = row;', // shorthand: the row's key
    'function f({ user_name }) {} const g = ([first]) => first;',
    'const config = { host_name: "x", "max-size": 1 };', // JSON-shaped keys
    'class OrderBook { _cache = null; #secret = 1; static create() {} get total() { return 1; } }',
    'try { a(); } catch (_e) {}',
    cjs({ code: "const child_process = require('child_process');" }),
    { code: 'let order_total = 1;', options: [{ styles: { variable: 'snake_case' } }] },
    { code: 'let legacy_name = 1;', options: [{ ignore: ['^legacy_'] }] },
    ts({ code: 'interface OrderRow { order_id: number } type Maybe<T> = T | null; enum Color { Red, DARK_BLUE }' }),
    // the project's own style for a kind (here: enum members consistently camelCase) is the one judged
    ts({ code: 'enum Mode { dryRun, fullScan, quickCheck, noCache, readOnly, readWrite, noWrite, autoSave, other }' }),
    // a file that writes its functions in snake_case consistently (8 or more names of several words, 90%) keeps that style
    'function pad_left() {} function pad_right() {} function trim_all() {} function to_upper() {} function to_lower() {} function split_words() {} function join_words() {} function count_words() {}',
    ts({ code: 'declare module "legacy" { export function do_thing(): void; } declare const __some_global: string;' }),
    ts({ code: 'class A extends B { override do_thing(): void {} }' }),
    ts({ code: 'export const Button = ({ label }: { label: string }) => <button>{label}</button>;' }, true),
    // a function expression assigned as a method is a function, `this.x =` inside or not; its name is the property's
    'app.init = function init() { this.cache = {}; };',
    'res.status = function status(code) { this.statusCode = code; return this; };',
    'exports.send_file = function send_file() {}; module.exports.do_it = function do_it() {};',
    'rows.map(function mapper(row) { this.seen = row; });',
    '(function setup() { this.ready = true; })();',
    // a constructor function, judged as a class on evidence: PascalCase
    'function OrderBook() { this.rows = []; } new OrderBook();',
  ],
  invalid: [
    // a function is a class only on evidence of a constructor use: new, .prototype, inherits, extends, @constructor
    {
      code: 'function order_book() { this.rows = []; } var book = new order_book();',
      errors: [rename('Class', 'order_book', 'PascalCase', 'OrderBook')],
    },
    {
      code: 'function order_book() {} order_book.prototype.add = function add() {};',
      errors: [rename('Class', 'order_book', 'PascalCase', 'OrderBook')],
    },
    {
      code: "var util = require('util'); function base_row() {} function order_row() {} util.inherits(order_row, base_row);",
      errors: [
        rename('Class', 'base_row', 'PascalCase', 'BaseRow'),
        rename('Class', 'order_row', 'PascalCase', 'OrderRow'),
      ],
    },
    {
      code: 'function base_row() {} class OrderRow extends base_row {}',
      errors: [rename('Class', 'base_row', 'PascalCase', 'BaseRow')],
    },
    {
      code: '/** @constructor */\nfunction order_row() { this.id = 1; }',
      errors: [rename('Class', 'order_row', 'PascalCase', 'OrderRow')],
    },
    {
      code: 'lib.make_row = function make_row_impl() { this.id = 1; }; new lib.make_row();',
      errors: [rename('Class', 'make_row_impl', 'PascalCase', 'MakeRowImpl')],
    },
    // the key of `{ fetch_rows: function fetch_rows() {} }` is judged; the function's name follows it
    {
      code: 'const api = { fetch_rows: function fetch_rows() { this.rows = []; } };',
      errors: [rename('Method', 'fetch_rows', 'camelCase', 'fetchRows')],
    },
    // without evidence, `this.x =` does not make a class: a function, camelCase
    {
      code: 'function set_status(code) { this.statusCode = code; return this; }',
      errors: [rename('Function', 'set_status', 'camelCase or PascalCase', 'setStatus')],
    },
    {
      code: 'var handler = function on_request() { this.handled = true; };',
      errors: [rename('Function', 'on_request', 'camelCase or PascalCase', 'onRequest')],
    },
    {
      code: 'let order_total = 1;',
      errors: [rename('Variable', 'order_total', 'camelCase or PascalCase', 'orderTotal')],
    },
    // the file's own style judges its outlier: 9 of 10 functions in snake_case
    {
      code: 'function pad_left() {} function pad_right() {} function trim_all() {} function to_upper() {} function to_lower() {} function split_words() {} function join_words() {} function count_words() {} function first_word() {} function lastWord() {}',
      errors: [rename('Function', 'lastWord', 'snake_case', 'last_word')],
    },
    // too few names to infer a style from: the default applies
    ts({
      code: 'enum Mode { dryRun, Other }',
      errors: [rename('EnumMember', 'dryRun', 'PascalCase or CONSTANT_CASE', 'DryRun')],
    }),
    {
      code: 'function calc_total() {}',
      errors: [rename('Function', 'calc_total', 'camelCase or PascalCase', 'calcTotal')],
    },
    { code: 'function f(item_price) {}', errors: [rename('Parameter', 'item_price', 'camelCase', 'itemPrice')] },
    {
      code: 'const f = (a, [first_item], { key: the_value }) => a;',
      errors: [
        rename('Parameter', 'first_item', 'camelCase', 'firstItem'),
        rename('Parameter', 'the_value', 'camelCase', 'theValue'),
      ],
    },
    {
      code: 'function f() { var MAX_SIZE = 1; }',
      errors: [rename('Variable', 'MAX_SIZE', 'camelCase or PascalCase', 'maxSize')],
    },
    {
      code: 'function f() { const MAX_SIZE = 1; }',
      errors: [rename('Constant', 'MAX_SIZE', 'camelCase or PascalCase', 'maxSize')],
    },
    { code: 'class order_book {}', errors: [rename('Class', 'order_book', 'PascalCase', 'OrderBook')] },
    {
      code: 'class A { get_total() {} static Make_one() {} }',
      errors: [
        rename('Method', 'get_total', 'camelCase', 'getTotal'),
        rename('Method', 'Make_one', 'camelCase', 'makeOne'),
      ],
    },
    {
      code: 'class A { order_total = 0; on_click = () => {}; }',
      errors: [
        rename('Property', 'order_total', 'camelCase', 'orderTotal'),
        rename('Method', 'on_click', 'camelCase', 'onClick'),
      ],
    },
    {
      code: 'const api = { fetch_orders() {}, save_order: function () {} };',
      errors: [
        rename('Method', 'fetch_orders', 'camelCase', 'fetchOrders'),
        rename('Method', 'save_order', 'camelCase', 'saveOrder'),
      ],
    },
    {
      code: "import order_service from './order-service.js'; import { a as b_c } from './x.js';",
      errors: [
        rename('Variable', 'order_service', 'camelCase or PascalCase', 'orderService'),
        rename('Variable', 'b_c', 'camelCase or PascalCase', 'bC'),
      ],
    },
    {
      code: 'try { a(); } catch (the_error) { log(the_error); }',
      errors: [rename('Parameter', 'the_error', 'camelCase', 'theError')],
    },
    {
      code: 'async function* load_all() {}',
      errors: [rename('Function', 'load_all', 'camelCase or PascalCase', 'loadAll')],
    },
    {
      code: 'let orderTotal = 1;',
      options: [{ styles: { variable: 'snake_case' } }],
      errors: [rename('Variable', 'orderTotal', 'snake_case', 'order_total')],
    },
    cjs({
      code: "var tax_table = require('./legacy/old_tax_table');",
      errors: [rename('Constant', 'tax_table', 'camelCase or CONSTANT_CASE or PascalCase', 'taxTable')],
    }),
    ts({
      code: 'interface order_row { id: number } type maybe_row = order_row | null;',
      errors: [
        rename('Interface', 'order_row', 'PascalCase', 'OrderRow'),
        rename('TypeAlias', 'maybe_row', 'PascalCase', 'MaybeRow'),
      ],
    }),
    ts({
      code: 'enum order_status { open_now }',
      errors: [
        rename('Enum', 'order_status', 'PascalCase', 'OrderStatus'),
        rename('EnumMember', 'open_now', 'PascalCase or CONSTANT_CASE', 'OpenNow'),
      ],
    }),
    ts({
      code: 'class A { constructor(private user_name: string) {} }',
      errors: [rename('Property', 'user_name', 'camelCase', 'userName')],
    }),
    ts(
      {
        code: 'export const Row = ({ id }: { id: number }) => { const row_label = String(id); return <i>{row_label}</i>; };',
        errors: [rename('Constant', 'row_label', 'camelCase or PascalCase', 'rowLabel')],
      },
      true,
    ),
  ],
});
