const test = require('node:test');
const assert = require('node:assert/strict');
const { validate_order, assert_valid_order, is_future_dated } = require('../src/dataservice/validator');

function good_order() {
  return {
    customer_id: 'C1',
    order_date: '2024-05-01',
    ship_zone: 'local',
    currency_code: 'EUR',
    lines: [{ sku: 'BOLT-10', qty: 3, unit_price: 0.5, tax_class: 'reduced' }],
  };
}

test('a complete order passes', () => {
  assert.equal(validate_order(good_order()), null);
  const order = good_order();
  assert.equal(assert_valid_order(order), order);
});

test('each kind of bad input has its own code', () => {
  const cases = [
    [null, 'E_NO_ORDER'],
    [{ ...good_order(), customer_id: '' }, 'E_NO_CUSTOMER'],
    [{ ...good_order(), order_date: '01/05/2024' }, 'E_BAD_DATE'],
    [{ ...good_order(), lines: [] }, 'E_NO_LINES'],
    [{ ...good_order(), lines: new Array(201).fill(good_order().lines[0]) }, 'E_TOO_MANY_LINES'],
    [{ ...good_order(), ship_zone: 'moon' }, 'E_BAD_SHIP_ZONE'],
    [{ ...good_order(), currency_code: 'DEM' }, 'E_BAD_CURRENCY'],
    [{ ...good_order(), lines: [{ sku: 'bolt 10', qty: 1, unit_price: 1 }] }, 'E_BAD_SKU'],
    [{ ...good_order(), lines: [{ sku: 'BOLT-10', qty: 1.5, unit_price: 1 }] }, 'E_BAD_QTY'],
    [{ ...good_order(), lines: [{ sku: 'BOLT-10', qty: 1, unit_price: -1 }] }, 'E_BAD_PRICE'],
    [{ ...good_order(), lines: [{ sku: 'BOLT-10', qty: 1, unit_price: 1, tax_class: 'luxury' }] }, 'E_BAD_TAX_CLASS'],
  ];
  for (const [order_input, code] of cases) {
    assert.equal(validate_order(order_input), code);
  }
});

test('assert_valid_order throws an error carrying the code', () => {
  assert.throws(() => assert_valid_order({ ...good_order(), lines: [] }), {
    message: 'invalid order: E_NO_LINES',
    code: 'E_NO_LINES',
  });
});

test('orders dated after today are flagged as future dated', () => {
  assert.equal(is_future_dated(good_order(), '2024-04-30'), true);
  assert.equal(is_future_dated(good_order(), '2024-05-01'), false);
});
