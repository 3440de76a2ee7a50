// Bulk discount: orders whose total reaches threshold_total get discount_rate off
// the whole order. Options come from plugin_options.bulk_discount in the config.
// Also adds the pallet_deposit line kind, charged zero-rated and refunded on return.

var money_util = require('../util/money_util');

var DEFAULT_THRESHOLD = 1000;
var DEFAULT_RATE = 0.025;

exports.plugin_name = 'bulk_discount';

exports.line_kinds = {
  pallet_deposit: { ships: false, forced_tax_class: 'zero' }
};

exports.on_order_total = function (order, options) {
  var threshold = options && options.threshold_total ? options.threshold_total : DEFAULT_THRESHOLD;
  var discount_rate = options && options.discount_rate ? options.discount_rate : DEFAULT_RATE;
  if (order.order_total < threshold) {
    return order.order_total;
  }
  var discount = money_util.round_money(order.order_total * discount_rate);
  order.bulk_discount = discount;
  return money_util.round_money(order.order_total - discount);
};
