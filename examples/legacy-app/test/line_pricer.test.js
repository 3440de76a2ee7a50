const test = require('node:test');
const assert = require('node:assert/strict');
const { price_line } = require('../src/dataservice/line_pricer');

const SPRING_ORDER = { order_id: 1, order_date: '2024-04-10' };
const SUMMER_ORDER = { order_id: 2, order_date: '2024-07-10' };

test('wholesale customer buying 100 gets 12% off, 17.5% VAT and national shipping', () => {
  const customer = { is_wholesale: true, tax_region: 'north' };
  const line = { sku: 'BOLT-10', qty: 100, unit_price: 0.25, tax_class: 'standard' };
  const priced = price_line(SPRING_ORDER, line, customer, 'north', null, 'national', 'GBP', false);
  assert.equal(priced.line_discount, 3);
  assert.equal(priced.line_net, 22);
  assert.equal(priced.tax_rate, 0.175);
  assert.equal(priced.line_tax, 3.85);
  assert.equal(priced.line_shipping, 7.5);
  assert.equal(priced.line_total, 33.35);
  assert.deepEqual(priced.notes, []);
});

test('SPRING10 beats the loyalty discount in season; local orders of 50 or more ship free', () => {
  const customer = { is_wholesale: false, loyalty_years: 6 };
  const line = { sku: 'LAMP-7', qty: 2, unit_price: 40, tax_class: 'standard' };
  const priced = price_line(SPRING_ORDER, line, customer, 'islands', 'spring10', 'local', 'GBP', false);
  assert.equal(priced.line_discount, 8);
  assert.equal(priced.line_net, 72);
  assert.equal(priced.tax_rate, 0.15);
  assert.equal(priced.line_tax, 10.8);
  assert.equal(priced.line_shipping, 0);
  assert.equal(priced.line_total, 82.8);
});

test('SPRING10 out of season only leaves a note', () => {
  const line = { sku: 'LAMP-7', qty: 1, unit_price: 40, tax_class: 'standard' };
  const priced = price_line(SUMMER_ORDER, line, null, 'default', 'SPRING10', 'local', 'GBP', false);
  assert.equal(priced.line_discount, 0);
  assert.equal(priced.line_tax, 7);
  assert.equal(priced.line_shipping, 4.95);
  assert.equal(priced.line_total, 51.95);
  assert.deepEqual(priced.notes, ['SPRING10 out of season']);
});

test('export lines carry no VAT, pay 3 per started 5 kg over the first 5, and convert to EUR last', () => {
  const line = { sku: 'CRATE-1', qty: 3, unit_price: 10, tax_class: 'standard', weight_kg: 12 };
  const priced = price_line(SPRING_ORDER, line, null, 'default', null, 'export', 'EUR', false);
  assert.equal(priced.tax_rate, 0);
  assert.equal(priced.line_tax, 0);
  assert.equal(priced.line_net, 48);
  assert.equal(priced.line_shipping, 49.6);
  assert.equal(priced.line_total, 97.6);
});

test('FREESHIP removes shipping and a reorder adds one point of discount at the reduced rate', () => {
  const line = { sku: 'SEED-5', qty: 5, unit_price: 12, tax_class: 'reduced' };
  const priced = price_line(SPRING_ORDER, line, { is_wholesale: false }, 'north', 'FREESHIP', 'national', 'GBP', true);
  assert.equal(priced.line_discount, 0.6);
  assert.equal(priced.line_net, 59.4);
  assert.equal(priced.line_tax, 2.97);
  assert.equal(priced.line_shipping, 0);
  assert.equal(priced.line_total, 62.37);
});

test('a wholesale customer on credit hold gets no discount', () => {
  const customer = { is_wholesale: true, credit_hold: true };
  const line = { sku: 'BOLT-10', qty: 100, unit_price: 1, tax_class: 'zero', ships: false };
  const priced = price_line(SPRING_ORDER, line, customer, 'default', null, 'national', 'GBP', false);
  assert.equal(priced.line_discount, 0);
  assert.equal(priced.line_total, 100);
  assert.deepEqual(priced.notes, ['credit hold: no wholesale discount']);
});

test('a zero quantity and an unknown currency are refused', () => {
  const bad_qty = { sku: 'BOLT-10', qty: 0, unit_price: 1 };
  assert.throws(() => price_line(SPRING_ORDER, bad_qty, null, 'default', null, 'national', 'GBP', false), {
    message: 'bad qty for BOLT-10',
  });
  const line = { sku: 'BOLT-10', qty: 1, unit_price: 1 };
  assert.throws(() => price_line(SPRING_ORDER, line, null, 'default', null, 'national', 'XYZ', false), {
    message: 'no booking rate for XYZ',
  });
});
