// Turns a priced order into an invoice. Invoice numbers are sequential per
// database and never reused, even for cancelled orders (the auditors check).

var old_tax_table = require('../legacy/old_tax_table');
var money_util = require('../util/money_util');
var date_util = require('../util/date_util');
var str_util = require('../util/str_util');
var constants = require('../util/constants');

var INVOICE_NO_WIDTH = 6;
var DEFAULT_TERMS_DAYS = 30;

function format_invoice_no(prefix, seq_no) {
  return (prefix || 'INV-') + str_util.pad_left(String(seq_no), INVOICE_NO_WIDTH, '0');
}

function due_date_for(invoice_date, customer, terms) {
  var days = DEFAULT_TERMS_DAYS;
  if (terms && terms.payment_terms_days) {
    days = terms.payment_terms_days;
  }
  if (customer && customer.is_wholesale && terms && terms.wholesale_terms_days) {
    days = terms.wholesale_terms_days;
  }
  return date_util.add_days(invoice_date, days);
}

function make_invoice(order, customer, invoice_no, invoice_date, terms) {
  if (order.status === constants.ORDER_STATUS_CANCELLED) {
    throw new Error('cannot invoice cancelled order ' + order.order_id);
  }
  var net_parts = [];
  var tax_parts = [];
  var labels = [];
  var region = customer ? customer.tax_region : 'default';
  for (var i = 0; i < order.lines.length; i++) {
    var line = order.lines[i];
    net_parts.push(line.line_net + line.line_shipping);
    tax_parts.push(line.line_tax);
    var label = old_tax_table.tax_label(line.tax_class, order.ship_zone === 'export' ? 'export' : region);
    if (labels.indexOf(label) === -1) {
      labels.push(label);
    }
  }
  var net_total = money_util.sum_money(net_parts);
  var tax_total = money_util.sum_money(tax_parts);
  // Plugin discounts are taken off order_total after the lines were priced, so
  // the gross figure is read from the order rather than re-added from the lines.
  var gross_total = money_util.round_money(order['order_total']);
  var invoice = {
    invoice_no: invoice_no,
    order_id: order.order_id,
    customer_id: order.customer_id,
    invoice_date: invoice_date,
    due_date: due_date_for(invoice_date, customer, terms),
    net_total: net_total,
    tax_total: tax_total,
    gross_total: gross_total,
    currency_code: order.currency_code,
    paid: false,
    tax_labels: labels,
    lines: order.lines
  };
  if (order['bulk_discount']) {
    invoice['discount_total'] = order['bulk_discount'];
  }
  return invoice;
}

function invoice_to_row(invoice) {
  return [
    invoice.invoice_no,
    invoice.order_id,
    invoice.customer_id,
    invoice.invoice_date,
    invoice.due_date,
    invoice.net_total,
    invoice.tax_total,
    invoice.gross_total,
    invoice.paid
  ];
}

module.exports = {
  format_invoice_no: format_invoice_no,
  make_invoice: make_invoice,
  invoice_to_row: invoice_to_row
};
