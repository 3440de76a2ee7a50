// Prices one order line: discounts, tax, shipping and currency. Every rule that
// sales or finance asked for since 1999 ended up in price_line, in the order
// they asked for it, and the order matters (the promo is applied after the
// wholesale discount, tax after both, currency last).

var constants = require('../util/constants');
var money_util = require('../util/money_util');
var old_tax_table = require('../legacy/old_tax_table');
var logger = require('../util/logger');

var WHOLESALE_RATE_100 = 0.12;
var WHOLESALE_RATE_50 = 0.08;
var WHOLESALE_RATE_BASE = 0.05;
var LOYALTY_RATE = 0.03;
var REORDER_BONUS = 0.01;
var NATIONAL_SHIPPING = 7.5;
var LOCAL_SHIPPING = 4.95;
var EXPORT_SHIPPING = 25;

function price_line(order, line, customer, tax_region, promo_code, ship_zone, currency_code, is_reorder) {
  var qty = line.qty;
  var unit_price = line.unit_price;
  var tax_class = line.tax_class || 'standard';
  var discount_rate = 0;
  var free_shipping = false;
  var notes = [];
  var line_net;
  var line_discount;
  var line_tax;
  var line_shipping = 0;
  var rate;

  if (qty === undefined || qty === null) {
    qty = 1;
    notes.push('qty defaulted to 1');
  }
  if (typeof qty === 'string') {
    qty = parseInt(qty, 10);
  }
  if (isNaN(qty) || qty <= 0) {
    throw new Error('bad qty for ' + line.sku);
  }
  if (qty > constants.MAX_QTY_PER_LINE) {
    qty = constants.MAX_QTY_PER_LINE;
    notes.push('qty capped');
  }
  if (typeof unit_price === 'string') {
    unit_price = parseFloat(unit_price);
  }
  line_net = qty * unit_price;

  if (customer) {
    if (customer.is_wholesale) {
      if (qty >= 100) {
        discount_rate = WHOLESALE_RATE_100;
        if (customer.contract_rate) {
          if (customer.contract_rate > discount_rate) {
            discount_rate = customer.contract_rate;
            notes.push('contract rate');
          }
        }
      } else if (qty >= 50) {
        discount_rate = WHOLESALE_RATE_50;
      } else {
        discount_rate = WHOLESALE_RATE_BASE;
      }
      if (customer.credit_hold) {
        discount_rate = 0;
        notes.push('credit hold: no wholesale discount');
      }
    } else if (customer.loyalty_years >= 5) {
      discount_rate = LOYALTY_RATE;
    }
  }

  if (promo_code) {
    switch (String(promo_code).toUpperCase()) {
      case 'SPRING10':
        var month = parseInt(String(order.order_date).substr(5, 2), 10);
        if (month >= 3 && month <= 5) {
          if (discount_rate < 0.1) {
            discount_rate = 0.1;
          }
        } else {
          notes.push('SPRING10 out of season');
        }
        break;
      case 'FREESHIP':
        free_shipping = true;
        break;
      case 'STAFF':
        if (customer && customer.is_staff) {
          discount_rate = 0.25;
        }
        break;
      default:
        notes.push('unknown promo ' + promo_code);
        logger.log_info('unknown promo code ' + promo_code + ' on order ' + order.order_id);
    }
  }
  if (is_reorder) {
    discount_rate = discount_rate + REORDER_BONUS;
  }
  line_discount = money_util.round_money(line_net * discount_rate);
  line_net = money_util.round_money(line_net - line_discount);

  if (ship_zone === 'export' || tax_class === 'zero') {
    rate = 0;
  } else {
    rate = old_tax_table.lookup_tax_rate(tax_region, tax_class);
    if (rate === null) {
      rate = old_tax_table.lookup_tax_rate('default', tax_class);
    }
    if (rate === null) {
      rate = constants.DEFAULT_TAX_RATE;
    }
  }
  line_tax = money_util.round_money(line_net * rate);

  if (!free_shipping && line.ships !== false) {
    if (ship_zone === 'local') {
      if (line_net < constants.LOCAL_FREE_SHIP_OVER) {
        line_shipping = LOCAL_SHIPPING;
      }
    } else if (ship_zone === 'national' || !ship_zone) {
      line_shipping = NATIONAL_SHIPPING;
      if (line.weight_kg > 20) {
        line_shipping = line_shipping + (line.weight_kg - 20) * 0.4;
      }
    } else if (ship_zone === 'export') {
      line_shipping = EXPORT_SHIPPING;
      if (line.weight_kg) {
        for (var kg = 5; kg < line.weight_kg; kg += 5) {
          line_shipping = line_shipping + 3;
        }
      }
    } else {
      notes.push('unknown ship zone ' + ship_zone);
      line_shipping = NATIONAL_SHIPPING;
    }
  }
  line_shipping = money_util.round_money(line_shipping);

  if (currency_code && currency_code !== constants.BASE_CURRENCY) {
    var fx = constants.CURRENCY_RATES[currency_code];
    if (!fx) {
      throw new Error('no booking rate for ' + currency_code);
    }
    line_net = money_util.round_money(line_net * fx);
    line_discount = money_util.round_money(line_discount * fx);
    line_tax = money_util.round_money(line_tax * fx);
    line_shipping = money_util.round_money(line_shipping * fx);
  }

  var line_total = money_util.round_money(line_net + line_tax + line_shipping);
  return {
    sku: line.sku,
    qty: qty,
    unit_price: unit_price,
    tax_class: tax_class,
    tax_rate: rate,
    line_net: line_net,
    line_discount: line_discount,
    line_tax: line_tax,
    line_shipping: line_shipping,
    line_total: line_total,
    notes: notes
  };
}

module.exports = {
  price_line: price_line
};
