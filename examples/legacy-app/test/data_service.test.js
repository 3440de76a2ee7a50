const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const legacy_app = require('..');

const QUIET = { log_level: 'silent' };

// Writes a config/local.json stand-in and returns its path.
function local_config(t, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'legacy-app-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'local.json');
  fs.writeFileSync(file, text);
  return file;
}

async function wholesale_service(t, options) {
  const svc = await legacy_app.create_data_service(options);
  t.after(() => legacy_app.close_data_service(svc));
  await svc.add_customer({ customer_id: 'C100', customer_name: 'Hartley & Sons', tax_region: 'north', is_wholesale: true });
  return svc;
}

const RACK_ORDER = {
  customer_id: 'C100',
  order_date: '2024-04-02',
  ship_zone: 'national',
  lines: [
    { sku: 'PALLET-RACK', qty: 10, unit_price: 120, tax_class: 'standard' },
    { sku: 'DEPOSIT', line_kind: 'pallet_deposit', qty: 2, unit_price: 15 },
  ],
};

test('set-up runs every migration and loads the configured plugin', async (t) => {
  const svc = await wholesale_service(t, { config: QUIET });
  assert.deepEqual(svc.conn.table_names(), [
    'customers',
    'invoices',
    'order_lines',
    'orders',
    'schema_migrations',
    'tax_rates',
    'tax_rates_1999',
  ]);
  assert.deepEqual(svc.plugins.map((plugin) => plugin.plugin_name), ['bulk_discount']);
  assert.equal(legacy_app.APP_VERSION, '3.14.2');
});

test('a broken local.json is ignored and a valid one overrides the defaults', async (t) => {
  const broken = await wholesale_service(t, { local_config_file: local_config(t, '{ "db_name": '), config: QUIET });
  assert.equal(broken.config.db_name, 'orders_live');
  assert.equal(broken.config.invoice_prefix, 'INV-');

  const file = local_config(t, '{ "db_name": "orders_branch", "invoice_prefix": "LA-" }');
  const svc = await wholesale_service(t, { local_config_file: file, config: QUIET });
  assert.equal(svc.config.db_name, 'orders_branch');
  assert.equal(svc.config.currency_code, 'GBP');
});

test('a large wholesale order gets the plugin bulk discount and its zero-rated deposit line', async (t) => {
  const svc = await wholesale_service(t, { config: QUIET });
  const order = await svc.place_order(RACK_ORDER);
  assert.equal(order.order_id, 1000);
  assert.deepEqual(
    order.lines.map((line) => [line.line_kind, line.line_net, line.line_tax, line.line_shipping, line.line_total]),
    [
      ['product', 1140, 199.5, 7.5, 1347],
      ['pallet_deposit', 28.5, 0, 0, 28.5],
    ],
  );
  assert.equal(order.bulk_discount, 34.39);
  assert.equal(order.order_total, 1341.11);
  assert.equal(order.tax_total, 199.5);
  assert.equal((await svc.get_order(1000)).order_total, 1341.11);
});

test('without plugins the same order keeps its full total', async (t) => {
  const svc = await wholesale_service(t, { config: { ...QUIET, enabled_plugins: ['no_such_plugin'] } });
  assert.deepEqual(svc.plugins, []);
  const order = await svc.place_order({ ...RACK_ORDER, lines: [RACK_ORDER.lines[0]] });
  assert.equal(order.order_total, 1347);
  assert.equal(order.bulk_discount, undefined);
});

test('an invoice totals the lines, keeps the discount and gives wholesale customers 60 days', async (t) => {
  const svc = await wholesale_service(t, { config: QUIET });
  const order = await svc.place_order(RACK_ORDER);
  const invoice = await svc.issue_invoice(order.order_id, '2024-04-02');
  assert.equal(invoice.invoice_no, 'INV-000001');
  assert.equal(invoice.due_date, '2024-06-01');
  assert.equal(invoice.net_total, 1176);
  assert.equal(invoice.tax_total, 199.5);
  assert.equal(invoice.gross_total, 1341.11);
  assert.equal(invoice.discount_total, 34.39);
  assert.deepEqual(invoice.tax_labels, ['VAT 17.5%', 'Zero rated']);
  assert.equal(svc.book.get_order(order.order_id).status, 'invoiced');
  assert.equal(await svc.mark_invoice_paid('INV-000001'), true);
  assert.deepEqual((await svc.list_invoices()).map((row) => [row.invoice_no, row.paid]), [['INV-000001', true]]);
});

test('cancelled orders cannot be invoiced', async (t) => {
  const svc = await wholesale_service(t, { config: QUIET });
  const order = await svc.place_order(RACK_ORDER);
  assert.equal(await svc.cancel_order(order.order_id), true);
  assert.equal(await svc.cancel_order(4242), false);
  await assert.rejects(svc.issue_invoice(order.order_id, '2024-04-03'), { message: 'cannot invoice cancelled order 1000' });
});

test('invalid orders and unknown customers are refused with their codes', async (t) => {
  const svc = await wholesale_service(t, { config: QUIET });
  await assert.rejects(svc.place_order({ ...RACK_ORDER, lines: [{ sku: 'x', qty: 1, unit_price: 1 }] }), {
    code: 'E_BAD_SKU',
  });
  await assert.rejects(svc.place_order({ ...RACK_ORDER, customer_id: 'C999' }), { code: 'E_UNKNOWN_CUSTOMER' });
  assert.equal(legacy_app.validate_order({ ...RACK_ORDER, currency_code: 'FRF' }), 'E_BAD_CURRENCY');
});

test('closing flushes the pending writes and later statements fail', async (t) => {
  const svc = await wholesale_service(t, { config: QUIET });
  await svc.place_order({ ...RACK_ORDER, lines: [RACK_ORDER.lines[0]] });
  const summary = await legacy_app.close_data_service(svc);
  // 13 migration rows (10 tax rates, 3 schema_migrations), the customer, the order and its line.
  assert.deepEqual(summary, { flushed: 16, closed: true, open_orders: 1 });
  assert.equal(svc.conn.is_open, false);
  await assert.rejects(svc.place_order(RACK_ORDER), { message: 'connection closed' });
  assert.deepEqual(await legacy_app.close_data_service(null), { flushed: 0, closed: false, open_orders: 0 });
});
