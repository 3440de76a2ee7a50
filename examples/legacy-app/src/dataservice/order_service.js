// The operations the rest of the company calls: customers, orders, invoices.
// Writes go to the database first and to the order book second, so a failed
// statement never leaves the book ahead of the record.

var queries = require('../db/queries');
var validator = require('./validator');
var adder_plugin = require('./adder_plugin');
var invoice_maker = require('./invoice_maker');
var constants = require('../util/constants');
var logger = require('../util/logger');
var money_util = require('../util/money_util');
var str_util = require('../util/str_util');

function make_order_service(ctx) {
  var config = ctx.config;
  var conn = ctx.conn;
  var book = ctx.book;
  var invoice_seq = 0;

  async function add_customer(customer) {
    var row = {
      customer_id: customer.customer_id,
      customer_name: str_util.trim_all(customer.customer_name || ''),
      tax_region: customer.tax_region || config.tax_region,
      is_wholesale: !!customer.is_wholesale,
      loyalty_years: customer.loyalty_years || 0,
      credit_hold: !!customer.credit_hold
    };
    await conn.run_async(queries.SQL_INSERT_CUSTOMER, [
      row.customer_id,
      row.customer_name,
      row.tax_region,
      row.is_wholesale,
      row.loyalty_years,
      row.credit_hold
    ]);
    return row;
  }

  async function get_customer(customer_id) {
    var rows = await conn.run_async(queries.SQL_SELECT_CUSTOMER, [customer_id]);
    return rows.length ? rows[0] : null;
  }

  async function place_order(order_input) {
    validator.assert_valid_order(order_input);
    var customer = await get_customer(order_input.customer_id);
    if (!customer) {
      var err = new Error('unknown customer ' + order_input.customer_id);
      err.code = 'E_UNKNOWN_CUSTOMER';
      throw err;
    }
    var started_at = Date.now();
    var order = {
      order_id: book.allocate_order_id(),
      customer_id: customer.customer_id,
      order_date: order_input.order_date,
      status: constants.ORDER_STATUS_NEW,
      currency_code: order_input.currency_code || config.currency_code,
      ship_zone: order_input.ship_zone || 'national',
      order_total: 0,
      tax_total: 0,
      lines: []
    };
    var pricing_opts = { promo_code: order_input.promo_code, is_reorder: !!order_input.is_reorder };
    for (var i = 0; i < order_input.lines.length; i++) {
      var line_input = order_input.lines[i];
      var adder = ctx.adders[line_input.line_kind || 'product'];
      if (!adder) {
        throw new Error('unknown line kind ' + line_input.line_kind);
      }
      adder(order, line_input, customer, pricing_opts);
    }
    adder_plugin.run_order_total_hooks(ctx.plugins, order);

    try {
      await save_order(order);
    } catch (err) {
      logger.log_error('order ' + order.order_id + ' not saved', err);
      throw err;
    }
    book.add_order(order);
    ctx.events.emit('orderPlaced', order);
    logger.log_debug('order ' + order.order_id + ' placed, total ' + money_util.format_money(order.order_total, order.currency_code));
    return order;
  }

  async function save_order(order) {
    await conn.run_async(queries.SQL_INSERT_ORDER, [
      order.order_id,
      order.customer_id,
      order.order_date,
      order.status,
      order.currency_code,
      order.ship_zone,
      order['order_total'],
      order['tax_total']
    ]);
    for (var n = 0; n < order.lines.length; n++) {
      var line = order.lines[n];
      await conn.run_async(queries.SQL_INSERT_ORDER_LINE, [
        order.order_id,
        line.line_no,
        line.sku,
        line.qty,
        line.unit_price,
        line.tax_class,
        line.line_net,
        line.line_tax,
        line.line_total
      ]);
    }
  }

  async function get_order(order_id) {
    var cached = book.get_order(order_id);
    if (cached) {
      return cached;
    }
    var rows = await conn.run_async(queries.SQL_SELECT_ORDER, [order_id]);
    return rows.length ? rows[0] : null;
  }

  async function cancel_order(order_id) {
    var order = await get_order(order_id);
    if (!order) {
      return false;
    }
    if (!book.cancel_order(order_id)) {
      return false;
    }
    await conn.run_async(queries.SQL_UPDATE_ORDER_STATUS, [constants.ORDER_STATUS_CANCELLED, order_id]);
    ctx.events.emit('orderCancelled', order);
    return true;
  }

  async function issue_invoice(order_id, invoice_date) {
    var order = await get_order(order_id);
    if (!order) {
      throw new Error('no order ' + order_id);
    }
    var customer = await get_customer(order.customer_id);
    invoice_seq = invoice_seq + 1;
    var invoice_no = invoice_maker.format_invoice_no(config.invoice_prefix, invoice_seq);
    var invoice = invoice_maker.make_invoice(order, customer, invoice_no, invoice_date, config);
    await conn.run_async(queries.SQL_INSERT_INVOICE, invoice_maker.invoice_to_row(invoice));
    await conn.run_async(queries.SQL_UPDATE_ORDER_STATUS, [constants.ORDER_STATUS_INVOICED, order_id]);
    book.mark_invoiced(order_id);
    ctx.events.emit('invoiceIssued', invoice);
    return invoice;
  }

  async function mark_invoice_paid(invoice_no) {
    var result = await conn.run_async(queries.SQL_MARK_INVOICE_PAID, [true, invoice_no]);
    return result.affected_rows === 1;
  }

  async function list_invoices() {
    return conn.run_async(queries.SQL_SELECT_INVOICES, []);
  }

  async function orders_for_day(day_ymd) {
    return conn.run_async(queries.SQL_SELECT_ORDERS_FOR_DAY, [day_ymd]);
  }

  async function orders_between(from_ymd, to_ymd) {
    return conn.run_async(queries.SQL_SELECT_ORDERS_BETWEEN, [from_ymd, to_ymd]);
  }

  return {
    config: config,
    conn: conn,
    book: book,
    plugins: ctx.plugins,
    events: ctx.events,
    add_customer: add_customer,
    get_customer: get_customer,
    place_order: place_order,
    get_order: get_order,
    cancel_order: cancel_order,
    issue_invoice: issue_invoice,
    mark_invoice_paid: mark_invoice_paid,
    list_invoices: list_invoices,
    orders_for_day: orders_for_day,
    orders_between: orders_between
  };
}

module.exports = {
  make_order_service: make_order_service
};
