// The end-of-day figures the shop managers get by e-mail at 18:00. Rows come
// straight from the orders table, hence the column-name keys.

var money_util = require('../util/money_util');
var constants = require('../util/constants');

function summarize_day(order_rows, day_ymd) {
  var order_count = 0;
  var cancelled_count = 0;
  var order_total = 0;
  var tax_total = 0;
  // Net of tax, added for the 2019 dashboard.
  var orderTotal = 0;
  var by_status = {};
  var by_currency = {};
  var largest = null;

  for (var i = 0; i < order_rows.length; i++) {
    var row = order_rows[i];
    if (row['order_date'] !== day_ymd) {
      continue;
    }
    if (row['status'] === constants.ORDER_STATUS_CANCELLED) {
      cancelled_count++;
      continue;
    }
    order_count++;
    order_total = order_total + row['order_total'];
    tax_total = tax_total + row['tax_total'];
    orderTotal = orderTotal + (row['order_total'] - row['tax_total']);
    by_status[row['status']] = (by_status[row['status']] || 0) + 1;
    if (!by_currency[row['currency_code']]) {
      by_currency[row['currency_code']] = 0;
    }
    by_currency[row['currency_code']] = money_util.round_money(by_currency[row['currency_code']] + row['order_total']);
    if (!largest || row['order_total'] > largest['order_total']) {
      largest = row;
    }
  }

  return {
    day: day_ymd,
    order_count: order_count,
    cancelled_count: cancelled_count,
    order_total: money_util.round_money(order_total),
    tax_total: money_util.round_money(tax_total),
    netTotal: money_util.round_money(orderTotal),
    by_status: by_status,
    by_currency: by_currency,
    largest_order_id: largest ? largest['order_id'] : null
  };
}

function format_summary_text(summary) {
  var text = 'Orders for ' + summary.day + ': ' + summary.order_count;
  if (summary.cancelled_count) {
    text = text + ' (' + summary.cancelled_count + ' cancelled)';
  }
  text = text + '\nTotal: ' + money_util.format_money(summary.order_total, 'GBP');
  text = text + '\nVAT: ' + money_util.format_money(summary.tax_total, 'GBP');
  return text;
}

module.exports = {
  summarize_day: summarize_day,
  format_summary_text: format_summary_text
};
