import test from 'node:test';
import assert from 'node:assert/strict';
import legacy_app from '../index.js';
import { toCsv } from '../src/report/csv_writer.mjs';
import aging_report from '../src/report/aging_report.js';

const LOCAL = { ship_zone: 'local' };

async function shop_with_orders(t) {
  const svc = await legacy_app.create_data_service({ config: { log_level: 'silent' } });
  t.after(() => legacy_app.close_data_service(svc));
  await svc.add_customer({ customer_id: 'R1', customer_name: 'Ada Price' });
  const place = (order_date, sku, qty, unit_price, extra) =>
    svc.place_order({ customer_id: 'R1', order_date, lines: [{ sku, qty, unit_price, tax_class: 'standard' }], ...extra });
  await place('2024-03-15', 'MUG-01', 4, 6.5, LOCAL);
  await place('2024-03-15', 'TEAPOT-2', 1, 30);
  const cancelled = await place('2024-03-15', 'MUG-01', 1, 6.5);
  await svc.cancel_order(cancelled.order_id);
  await place('2024-03-16', 'SPOON-3', 10, 1.2);
  return svc;
}

test('the daily summary counts the day only, leaves cancelled orders out and gives the net for the dashboard', async (t) => {
  const svc = await shop_with_orders(t);
  const summary = await legacy_app.run_report('daily', svc, { day: '2024-03-15' });
  assert.deepEqual(summary, {
    day: '2024-03-15',
    order_count: 2,
    cancelled_count: 1,
    order_total: 78.25,
    tax_total: 9.8,
    netTotal: 68.45,
    by_status: { new: 2 },
    by_currency: { GBP: 78.25 },
    largest_order_id: 1001,
  });
});

test('the aging report buckets unpaid invoices by days past due', async (t) => {
  const svc = await shop_with_orders(t);
  await svc.issue_invoice(1000, '2024-03-15');
  await svc.issue_invoice(1001, '2024-03-16');
  await svc.mark_invoice_paid('INV-000002');
  const aging = await legacy_app.run_report('aging', svc, { as_of: '2024-05-20' });
  assert.equal(aging.total_outstanding, 35.5);
  assert.deepEqual(aging.buckets['31-60'], { count: 1, amount: 35.5 });
  assert.deepEqual(aging.by_customer, { R1: { amount: 35.5, worst_bucket: '31-60' } });
  assert.deepEqual(aging.oldest_overdue, { invoice_no: 'INV-000001', days_overdue: 36 });
});

test('aging buckets have fixed edges', () => {
  const buckets = [-3, 0, 1, 30, 31, 60, 61, 90, 91].map(aging_report.aging_bucket);
  assert.deepEqual(buckets, ['current', 'current', '1-30', '1-30', '31-60', '31-60', '61-90', '61-90', '90+']);
});

test('the CSV export lists the orders of the range with their current status', async (t) => {
  const svc = await shop_with_orders(t);
  await svc.issue_invoice(1000, '2024-03-15');
  const csv = await legacy_app.run_report('csv', svc, { from: '2024-03-15', to: '2024-03-16' });
  assert.equal(
    csv,
    'order_id,customer_id,order_date,status,currency_code,order_total,tax_total\r\n' +
      '1000,R1,2024-03-15,invoiced,GBP,35.5,4.55\r\n' +
      '1001,R1,2024-03-15,new,GBP,42.75,5.25\r\n' +
      '1002,R1,2024-03-15,cancelled,GBP,15.14,1.14\r\n' +
      '1003,R1,2024-03-16,new,GBP,21.6,2.1\r\n',
  );
});

test('CSV cells with commas, quotes or line breaks are quoted and missing values stay empty', () => {
  const csv = toCsv([{ name: 'Hartley, "& Sons"', note: 'two\nlines', total: null }], ['name', 'note', 'total']);
  assert.equal(csv, 'name,note,total\r\n"Hartley, ""& Sons""","two\nlines",\r\n');
});

test('an unknown report name is refused with the list of known ones', async (t) => {
  const svc = await shop_with_orders(t);
  await assert.rejects(legacy_app.run_report('weekly', svc, {}), {
    message: 'unknown report "weekly"; known: daily, aging, csv, monthly',
  });
});
