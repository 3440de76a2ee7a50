// Accounts receivable aging: unpaid invoices grouped by how long they are past
// due. Bucket names match the columns of the credit control spreadsheet.

var date_util = require('../util/date_util');
var money_util = require('../util/money_util');

var BUCKET_NAMES = ['current', '1-30', '31-60', '61-90', '90+'];

function aging_bucket(days_overdue) {
  if (days_overdue <= 0) {
    return 'current';
  }
  if (days_overdue <= 30) {
    return '1-30';
  }
  if (days_overdue <= 60) {
    return '31-60';
  }
  if (days_overdue <= 90) {
    return '61-90';
  }
  return '90+';
}

function empty_buckets() {
  var buckets = {};
  for (var i = 0; i < BUCKET_NAMES.length; i++) {
    buckets[BUCKET_NAMES[i]] = { count: 0, amount: 0 };
  }
  return buckets;
}

function build_aging(invoice_rows, as_of_ymd) {
  var buckets = empty_buckets();
  var by_customer = {};
  var total_outstanding = 0;
  var oldest = null;

  for (var i = 0; i < invoice_rows.length; i++) {
    var inv = invoice_rows[i];
    if (inv.paid) {
      continue;
    }
    var days_overdue = date_util.days_between(inv.due_date, as_of_ymd);
    var bucket_name = aging_bucket(days_overdue);
    buckets[bucket_name].count++;
    buckets[bucket_name].amount = money_util.round_money(buckets[bucket_name].amount + inv.gross_total);
    total_outstanding = total_outstanding + inv.gross_total;

    if (!by_customer[inv.customer_id]) {
      by_customer[inv.customer_id] = { amount: 0, worst_bucket: 'current' };
    }
    var cust = by_customer[inv.customer_id];
    cust.amount = money_util.round_money(cust.amount + inv.gross_total);
    if (BUCKET_NAMES.indexOf(bucket_name) > BUCKET_NAMES.indexOf(cust.worst_bucket)) {
      cust.worst_bucket = bucket_name;
    }
    if (days_overdue > 0) {
      if (!oldest || days_overdue > oldest.days_overdue) {
        oldest = { invoice_no: inv.invoice_no, days_overdue: days_overdue };
      }
    }
  }

  return {
    as_of: as_of_ymd,
    buckets: buckets,
    by_customer: by_customer,
    total_outstanding: money_util.round_money(total_outstanding),
    oldest_overdue: oldest
  };
}

module.exports = {
  build_aging: build_aging,
  aging_bucket: aging_bucket
};
