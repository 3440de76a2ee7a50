import { asEslintRule, cjs, ruleTester, ts } from '../../testing/rule-tester.js';
import { noObsolete } from './no-obsolete.js';

const options = [
  {
    names: [
      { name: 'tax_rates_1999', reason: 'the 1999 tax table was retired in 2008', replacement: 'tax_rates' },
      { name: 'old_tax_table', reason: 'superseded by the tax service' },
      { name: 'legacyTotal', reason: 'rounds wrongly', replacement: 'orderTotal' },
    ],
  },
];
const table = {
  name: 'tax_rates_1999',
  reason: 'the 1999 tax table was retired in 2008',
  instead: "; use 'tax_rates' instead",
};
const module = { name: 'old_tax_table', reason: 'superseded by the tax service', instead: '' };
const total = { name: 'legacyTotal', reason: 'rounds wrongly', instead: "; use 'orderTotal' instead" };

ruleTester.run('no-obsolete', asEslintRule(noObsolete), {
  valid: [
    'const legacyTotal = 1;', // nothing configured
    { code: 'const rows = db.query("SELECT * FROM tax_rates");', options },
    { code: 'const rows = db.query("SELECT * FROM tax_rates_19990");', options },
    { code: 'const s = "my_tax_rates_1999";', options },
    { code: "import { total } from './new_tax_table.js';", options },
    { code: "import { old } from './old_tax_table_v2.js';", options },
    { code: 'const legacyTotals = 1; const myLegacyTotal = 2;', options },
    { code: '// tax_rates_1999 in a comment is for sonarjs and humans\nconst x = 1;', options },
    { code: 'const t = `SELECT * FROM ${table}`;', options },
    { code: 'const n = 1999;', options },
    ts({ code: 'type Row = { taxRate: number }; const r: Row = { taxRate: 1 };', options }),
    ts({ code: 'const C = () => <p>tax rates</p>;', options }, true),
  ],
  invalid: [
    {
      code: 'const rows = db.query("SELECT rate FROM tax_rates_1999 WHERE year = ?");',
      options,
      errors: [{ messageId: 'obsoleteMention', data: table }],
    },
    {
      code: 'const rows = db.query(`select * from TAX_RATES_1999 where id = ${id}`);',
      options,
      errors: [{ messageId: 'obsoleteMention', data: table }],
    },
    {
      code: "import { rate } from './legacy/old_tax_table.js';",
      options,
      errors: [{ messageId: 'obsoleteModule', data: { ...module, specifier: './legacy/old_tax_table.js' } }],
    },
    cjs({
      code: "const t = require('../legacy/old_tax_table');",
      options,
      errors: [{ messageId: 'obsoleteModule', data: { ...module, specifier: '../legacy/old_tax_table' } }],
    }),
    {
      code: "const t = await import('./old_tax_table.mjs');",
      options,
      errors: [{ messageId: 'obsoleteModule', data: { ...module, specifier: './old_tax_table.mjs' } }],
    },
    {
      code: "export * from './old_tax_table';",
      options,
      errors: [{ messageId: 'obsoleteModule', data: { ...module, specifier: './old_tax_table' } }],
    },
    {
      code: 'const x = legacyTotal(order);',
      options,
      errors: [{ messageId: 'obsoleteName', data: total, column: 11 }],
    },
    { code: 'const x = order.legacyTotal;', options, errors: [{ messageId: 'obsoleteName', data: total, column: 17 }] },
    { code: 'function legacyTotal() {}', options, errors: [{ messageId: 'obsoleteName', data: total }] },
    { code: 'class A { #legacyTotal = 1; }', options, errors: [{ messageId: 'obsoleteName', data: total }] },
    {
      code: 'const sql = "DROP TABLE tax_rates_1999; DROP TABLE tax_rates_1999";',
      options,
      errors: [{ messageId: 'obsoleteMention', data: table }],
    },
    {
      code: 'const o = { legacyTotal };',
      options,
      errors: [
        { messageId: 'obsoleteName', data: total },
        { messageId: 'obsoleteName', data: total },
      ],
    },
    ts({
      code: 'interface Order { legacyTotal: number }',
      options,
      errors: [{ messageId: 'obsoleteName', data: total }],
    }),
    ts(
      {
        code: 'const C = () => <legacyTotal.View title="tax_rates_1999" />;',
        options,
        errors: [
          { messageId: 'obsoleteName', data: total },
          { messageId: 'obsoleteMention', data: table },
        ],
      },
      true,
    ),
  ],
});
