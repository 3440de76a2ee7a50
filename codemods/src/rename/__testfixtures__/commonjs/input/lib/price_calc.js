'use strict';

function net_price(gross_price, tax_rate) {
  return gross_price / (1 + tax_rate);
}

exports.round_cents = function (amount_value) {
  return Math.round(amount_value * 100) / 100;
};

module.exports.net_price = net_price;
