// The in-memory order book: every order the service has seen since start-up,
// indexed by customer and status, so the call centre screens never wait on the
// database. The database stays the record; this is rebuilt from it with load_rows.

var constants = require('../util/constants');
var money_util = require('../util/money_util');
var date_util = require('../util/date_util');

class order_book {
  constructor(book_opts) {
    var opts = book_opts || {};
    this.orders = {};
    this.order_ids = [];
    this.by_customer = {};
    this.by_status = {};
    this.next_order_no = opts.first_order_no || 1;
    this.currency_code = opts.currency_code || constants.BASE_CURRENCY;
    this.created_on = opts.today || date_util.today_ymd();
    this.last_order_id = null;
    this.dirty_count = 0;
    this.max_lines = opts.max_lines || constants.MAX_LINES_PER_ORDER;
    this.cancel_count = 0;
    this.paid_count = 0;
    this.shipped_count = 0;
    this.read_only = !!opts.read_only;
  }

  allocate_order_id() {
    var order_id = this.next_order_no;
    this.next_order_no = this.next_order_no + 1;
    return order_id;
  }

  add_order(order) {
    if (this.read_only) {
      throw new Error('order book is read only');
    }
    if (this.orders[order.order_id]) {
      throw new Error('duplicate order ' + order.order_id);
    }
    this.orders[order.order_id] = order;
    this.order_ids.push(order.order_id);
    this.index_order(order);
    this.last_order_id = order.order_id;
    if (order.order_id >= this.next_order_no) {
      this.next_order_no = order.order_id + 1;
    }
    this.dirty_count++;
    return order;
  }

  index_order(order) {
    if (!this.by_customer[order.customer_id]) {
      this.by_customer[order.customer_id] = [];
    }
    this.by_customer[order.customer_id].push(order.order_id);
    if (!this.by_status[order.status]) {
      this.by_status[order.status] = [];
    }
    this.by_status[order.status].push(order.order_id);
  }

  get_order(order_id) {
    return this.orders[order_id] || null;
  }

  has_order(order_id) {
    return !!this.orders[order_id];
  }

  find_by_customer(customer_id) {
    var ids = this.by_customer[customer_id] || [];
    var book = this;
    return ids.map(function (id) {
      return book.orders[id];
    });
  }

  find_by_status(status) {
    var ids = this.by_status[status] || [];
    var book = this;
    return ids.map(function (id) {
      return book.orders[id];
    });
  }

  set_status(order_id, new_status) {
    var order = this.orders[order_id];
    if (!order) {
      return false;
    }
    var old_ids = this.by_status[order.status] || [];
    this.by_status[order.status] = old_ids.filter(function (id) {
      return id !== order_id;
    });
    order.status = new_status;
    if (!this.by_status[new_status]) {
      this.by_status[new_status] = [];
    }
    this.by_status[new_status].push(order_id);
    this.dirty_count++;
    return true;
  }

  cancel_order(order_id) {
    var order = this.orders[order_id];
    if (!order || order.status === constants.ORDER_STATUS_SHIPPED) {
      return false;
    }
    this.cancel_count++;
    return this.set_status(order_id, constants.ORDER_STATUS_CANCELLED);
  }

  mark_invoiced(order_id) {
    return this.set_status(order_id, constants.ORDER_STATUS_INVOICED);
  }

  mark_paid(order_id) {
    this.paid_count++;
    return this.set_status(order_id, constants.ORDER_STATUS_PAID);
  }

  mark_shipped(order_id) {
    this.shipped_count++;
    return this.set_status(order_id, constants.ORDER_STATUS_SHIPPED);
  }

  order_count() {
    return this.order_ids.length;
  }

  open_orders() {
    return this.find_by_status(constants.ORDER_STATUS_NEW).concat(this.find_by_status(constants.ORDER_STATUS_INVOICED));
  }

  total_for_customer(customer_id) {
    var totals = this.find_by_customer(customer_id)
      .filter(function (order) {
        return order.status !== constants.ORDER_STATUS_CANCELLED;
      })
      .map(function (order) {
        return order.order_total;
      });
    return money_util.sum_money(totals);
  }

  total_for_period(from_ymd, to_ymd) {
    var totals = [];
    for (var i = 0; i < this.order_ids.length; i++) {
      var order = this.orders[this.order_ids[i]];
      if (order.status === constants.ORDER_STATUS_CANCELLED) {
        continue;
      }
      if (order.order_date >= from_ymd && order.order_date <= to_ymd) {
        totals.push(order.order_total);
      }
    }
    return money_util.sum_money(totals);
  }

  customers() {
    return Object.keys(this.by_customer).sort();
  }

  to_rows() {
    var book = this;
    return this.order_ids.map(function (id) {
      var order = book.orders[id];
      return {
        order_id: order.order_id,
        customer_id: order.customer_id,
        order_date: order.order_date,
        status: order.status,
        order_total: order.order_total
      };
    });
  }

  load_rows(rows) {
    for (var i = 0; i < rows.length; i++) {
      var row = Object.assign({ lines: [] }, rows[i]);
      this.orders[row.order_id] = row;
      this.order_ids.push(row.order_id);
      this.index_order(row);
      if (row.order_id >= this.next_order_no) {
        this.next_order_no = row.order_id + 1;
      }
    }
    return rows.length;
  }

  is_dirty() {
    return this.dirty_count > 0;
  }

  mark_clean() {
    this.dirty_count = 0;
  }

  clear() {
    this.orders = {};
    this.order_ids = [];
    this.by_customer = {};
    this.by_status = {};
    this.last_order_id = null;
    this.dirty_count = 0;
  }

  stats() {
    return {
      order_count: this.order_count(),
      open_count: this.open_orders().length,
      cancel_count: this.cancel_count,
      paid_count: this.paid_count,
      shipped_count: this.shipped_count
    };
  }

  // Before the by_status index existed every lookup rebuilt the indexes; the
  // indexes are now kept up to date on every change.
  #rebuild_indexes() {
    this.by_customer = {};
    this.by_status = {};
    for (var i = 0; i < this.order_ids.length; i++) {
      this.index_order(this.orders[this.order_ids[i]]);
    }
  }
}

module.exports = order_book;
