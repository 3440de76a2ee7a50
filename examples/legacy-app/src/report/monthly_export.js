// Month-end export for the accounting system: one fixed-width line per order,
// 80 columns, in the layout the ledger import has expected since 1999.
// Only report_runner.js loads this file, and only for the 'monthly' report.

var date_util = require('../util/date_util');
var money_util = require('../util/money_util');
var str_util = require('../util/str_util');

var RECORD_WIDTH = 80;
var RECORD_TYPE_ORDER = 'O';
var RECORD_TYPE_TOTAL = 'T';

function month_range(month_ymd) {
  var first_day = month_ymd.substr(0, 7) + '-01';
  var next_month = date_util.add_days(first_day, 32).substr(0, 7) + '-01';
  return { from: first_day, to: date_util.add_days(next_month, -1) };
}

function order_record(row) {
  var amount = str_util.pad_left(String(money_util.to_pence(row.order_total)), 12, '0');
<<<<<<< HEAD
  var line = RECORD_TYPE_ORDER + str_util.pad_left(String(row.order_id), 10, '0') +
    str_util.pad_right(row.customer_id, 8) + row.order_date.replace(/-/g, '') + amount;
=======
  var vat = str_util.pad_left(String(money_util.to_pence(row.tax_total)), 12, '0');
  var line = RECORD_TYPE_ORDER + str_util.pad_left(String(row.order_id), 10, '0') +
    str_util.pad_right(row.customer_id, 8) + row.order_date.replace(/-/g, '') + amount + vat;
>>>>>>> vat-column-for-ledger-2011
  return str_util.pad_right(line, RECORD_WIDTH);
}

function total_record(record_count, total_pence) {
  var line = RECORD_TYPE_TOTAL + str_util.pad_left(String(record_count), 10, '0') +
    str_util.pad_left(String(total_pence), 14, '0');
  return str_util.pad_right(line, RECORD_WIDTH);
}

async function export_month(svc, month_ymd) {
  var range = month_range(month_ymd);
  var rows = await svc.orders_between(range.from, range.to);
  var lines = [];
  var total_pence = 0;
  for (var i = 0; i < rows.length; i++) {
    if (rows[i].status === 'cancelled') {
      continue;
    }
    lines.push(order_record(rows[i]));
    total_pence = total_pence + money_util.to_pence(rows[i].order_total);
  }
  lines.push(total_record(lines.length, total_pence));
  return lines.join('\r\n') + '\r\n';
}

module.exports = {
  export_month: export_month,
  month_range: month_range
};
