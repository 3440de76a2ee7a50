// Builds the "adder" for each kind of order line. An adder prices a line and
// appends it to the order, so the order service never needs to know which kinds
// exist; plugins register extra kinds through register_line_kind.

var line_pricer = require('./line_pricer');
var money_util = require('../util/money_util');
var constants = require('../util/constants');

var LINE_KINDS = {
  product: { ships: true, forced_tax_class: null },
  service: { ships: false, forced_tax_class: null },
  fee: { ships: false, forced_tax_class: 'standard' },
  gift_card: { ships: false, forced_tax_class: 'zero' }
};

function make_adder(line_kind) {
  var kind_info = LINE_KINDS[line_kind];
  if (!kind_info) {
    throw new Error('unknown line kind: ' + line_kind);
  }
  return function add_line(order, line_input, customer, pricing_opts) {
    if (order.lines.length >= constants.MAX_LINES_PER_ORDER) {
      throw new Error('order ' + order.order_id + ' already has ' + order.lines.length + ' lines');
    }
    var line = {
      sku: line_input.sku,
      qty: line_input.qty,
      unit_price: line_input.unit_price,
      tax_class: kind_info.forced_tax_class || line_input.tax_class,
      ships: kind_info.ships,
      weight_kg: line_input.weight_kg
    };
    var priced = line_pricer.price_line(
      order,
      line,
      customer,
      customer ? customer.tax_region : 'default',
      pricing_opts.promo_code,
      order.ship_zone,
      order.currency_code,
      pricing_opts.is_reorder
    );
    priced.line_no = order.lines.length + 1;
    priced.line_kind = line_kind;
    order.lines.push(priced);
    order.order_total = money_util.round_money(order.order_total + priced.line_total);
    order.tax_total = money_util.round_money(order.tax_total + priced.line_tax);
    return priced;
  };
}

// Registering the same definition again is fine (every data service set-up loads
// the plugins); a different definition for a known kind is refused.
function register_line_kind(line_kind, kind_info) {
  var wanted = {
    ships: !!kind_info.ships,
    forced_tax_class: kind_info.forced_tax_class || null
  };
  var existing = LINE_KINDS[line_kind];
  if (existing) {
    return existing.ships === wanted.ships && existing.forced_tax_class === wanted.forced_tax_class;
  }
  LINE_KINDS[line_kind] = wanted;
  return true;
}

function make_all_adders() {
  var adders = {};
  for (var line_kind in LINE_KINDS) {
    adders[line_kind] = make_adder(line_kind);
  }
  return adders;
}

function line_kind_names() {
  return Object.keys(LINE_KINDS);
}

module.exports = {
  make_all_adders: make_all_adders,
  register_line_kind: register_line_kind,
  line_kind_names: line_kind_names
};
