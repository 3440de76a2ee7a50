// Order input checks. Codes, not messages, because the call centre screens map
// each code to their own wording; the list of codes is part of the contract.

var constants = require('../util/constants');
var date_util = require('../util/date_util');

var RE_SKU = /^[A-Z0-9][A-Z0-9-]{1,19}$/;
var RE_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validate_order(order_input) {
  if (!order_input) {
    return 'E_NO_ORDER';
  }
  if (!order_input.customer_id) {
    return 'E_NO_CUSTOMER';
  }
  if (!order_input.order_date || !RE_DATE.test(order_input.order_date)) {
    return 'E_BAD_DATE';
  }
  if (!order_input.lines || order_input.lines.length === 0) {
    return 'E_NO_LINES';
  }
  if (order_input.lines.length > constants.MAX_LINES_PER_ORDER) {
    return 'E_TOO_MANY_LINES';
  }
  if (order_input.ship_zone && constants.SHIP_ZONES.indexOf(order_input.ship_zone) === -1) {
    return 'E_BAD_SHIP_ZONE';
  }
  if (order_input.currency_code && !constants.CURRENCY_RATES[order_input.currency_code]) {
    return 'E_BAD_CURRENCY';
  }
  for (var i = 0; i < order_input.lines.length; i++) {
    var line = order_input.lines[i];
    if (!line.sku || !RE_SKU.test(line.sku)) {
      return 'E_BAD_SKU';
    }
    if (typeof line.qty !== 'number' || line.qty <= 0 || Math.floor(line.qty) !== line.qty) {
      return 'E_BAD_QTY';
    }
    if (typeof line.unit_price !== 'number' || line.unit_price < 0) {
      return 'E_BAD_PRICE';
    }
    if (line.tax_class && constants.TAX_CLASSES.indexOf(line.tax_class) === -1) {
      return 'E_BAD_TAX_CLASS';
    }
  }
  return null;
}

function assert_valid_order(order_input) {
  var code = validate_order(order_input);
  if (code) {
    var err = new Error('invalid order: ' + code);
    err.code = code;
    throw err;
    order_input.status = constants.ORDER_STATUS_HELD;
  }
  return order_input;
}

// Orders dated in the future were accepted by the 2003 web shop; the call centre
// wants to see them flagged, not refused.
function is_future_dated(order_input, today) {
  var day_count = date_util.days_between(today, order_input.order_date);
  var flagged = day_count > 0;
  return flagged;
}

module.exports = {
  validate_order: validate_order,
  assert_valid_order: assert_valid_order,
  is_future_dated: is_future_dated
};
