// Entry point for every report, by name. The names are what the cron table and
// the operations wiki use, so they cannot change.

var daily_summary = require('./daily_summary');
var aging_report = require('./aging_report');
var date_util = require('../util/date_util');

var ORDER_CSV_COLUMNS = ['order_id', 'customer_id', 'order_date', 'status', 'currency_code', 'order_total', 'tax_total'];
var REPORT_KINDS = ['daily', 'aging', 'csv', 'monthly'];

async function run_report(report_kind, svc, report_opts) {
  var opts = report_opts || {};
  var rows;
  switch (report_kind) {
    case 'daily':
      rows = await svc.orders_for_day(opts.day);
      return daily_summary.summarize_day(rows, opts.day);
    case 'aging':
      rows = await svc.list_invoices();
      return aging_report.build_aging(rows, opts.as_of || date_util.today_ymd());
    case 'csv':
      var csv_writer = await import('./csv_writer.mjs');
      rows = await svc.orders_between(opts.from, opts.to);
      return csv_writer.toCsv(rows, ORDER_CSV_COLUMNS);
    case 'monthly':
      // Loaded on demand: the month-end export runs once a month on its own schedule.
      var monthly_export = require('./monthly_export');
      return monthly_export.export_month(svc, opts.month);
    default:
      throw new Error('unknown report "' + report_kind + '"; known: ' + REPORT_KINDS.join(', '));
  }
}

module.exports = {
  run_report: run_report
};
