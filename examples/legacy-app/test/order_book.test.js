const test = require('node:test');
const assert = require('node:assert/strict');
const order_book = require('../src/dataservice/order_book');

function sample_order(order_id, customer_id, order_date, order_total) {
  return { order_id, customer_id, order_date, status: 'new', order_total, lines: [] };
}

function filled_book() {
  const book = new order_book({ first_order_no: 500, currency_code: 'GBP', today: '2024-01-31' });
  book.add_order(sample_order(book.allocate_order_id(), 'C1', '2024-01-02', 10.5));
  book.add_order(sample_order(book.allocate_order_id(), 'C2', '2024-01-15', 20.25));
  book.add_order(sample_order(book.allocate_order_id(), 'C1', '2024-02-01', 5));
  return book;
}

test('order ids are allocated from first_order_no and orders are indexed by customer', () => {
  const book = filled_book();
  assert.equal(book.order_count(), 3);
  assert.equal(book.last_order_id, 502);
  assert.equal(book.next_order_no, 503);
  assert.deepEqual(book.find_by_customer('C1').map((o) => o.order_id), [500, 502]);
  assert.deepEqual(book.customers(), ['C1', 'C2']);
  assert.equal(book.created_on, '2024-01-31');
});

test('a duplicate order id is refused and a read-only book refuses every order', () => {
  const book = filled_book();
  assert.throws(() => book.add_order(sample_order(500, 'C3', '2024-01-03', 1)), { message: 'duplicate order 500' });
  const read_only = new order_book({ read_only: true });
  assert.throws(() => read_only.add_order(sample_order(1, 'C1', '2024-01-03', 1)), {
    message: 'order book is read only',
  });
});

test('status changes move orders between status lists and cancelled orders leave the totals', () => {
  const book = filled_book();
  assert.equal(book.mark_invoiced(500), true);
  assert.equal(book.mark_paid(501), true);
  assert.equal(book.cancel_order(502), true);
  assert.deepEqual(book.find_by_status('new'), []);
  assert.deepEqual(book.open_orders().map((o) => o.order_id), [500]);
  assert.equal(book.total_for_customer('C1'), 10.5);
  assert.equal(book.total_for_period('2024-01-01', '2024-01-31'), 30.75);
  assert.deepEqual(book.stats(), { order_count: 3, open_count: 1, cancel_count: 1, paid_count: 1, shipped_count: 0 });
});

test('shipped orders cannot be cancelled and unknown orders cannot change status', () => {
  const book = filled_book();
  assert.equal(book.mark_shipped(501), true);
  assert.equal(book.cancel_order(501), false);
  assert.equal(book.set_status(999, 'paid'), false);
  assert.equal(book.get_order(999), null);
  assert.equal(book.has_order(501), true);
});

test('rows written by to_rows load back into an empty book', () => {
  const book = filled_book();
  const rows = book.to_rows();
  assert.deepEqual(rows[1], { order_id: 501, customer_id: 'C2', order_date: '2024-01-15', status: 'new', order_total: 20.25 });
  assert.equal(book.is_dirty(), true);
  book.mark_clean();
  assert.equal(book.is_dirty(), false);

  const reloaded = new order_book({ first_order_no: 1 });
  assert.equal(reloaded.load_rows(rows), 3);
  assert.equal(reloaded.next_order_no, 503);
  assert.equal(reloaded.total_for_customer('C1'), 15.5);
  reloaded.clear();
  assert.equal(reloaded.order_count(), 0);
});
