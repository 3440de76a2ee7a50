// Money in this service is a JS number of pounds (or the order's currency), rounded
// to pennies after every step because the 1999 invoices were printed that way and
// finance reconciles against them. src/util/money.ts holds the integer-pence version
// that newer code uses.

var constants = require('./constants');

function round_money(amount) {
  return Math.round(amount * 100) / 100;
}

function to_pence(amount) {
  return Math.round(amount * 100);
}

function format_money(amount, currency_code) {
  var symbol = '';
  var code = currency_code || constants.BASE_CURRENCY;
  if (code === 'GBP') {
    symbol = '\u00a3';
  } else if (code === 'EUR') {
    symbol = '\u20ac';
  } else if (code === 'USD') {
    symbol = '$';
  } else {
    return round_money(amount).toFixed(2) + ' ' + code;
  }
  var negative = amount < 0;
  var text = symbol + Math.abs(round_money(amount)).toFixed(2);
  return negative ? '-' + text : text;
}

function convert_money(amount, from_code, to_code) {
  var from_rate = constants.CURRENCY_RATES[from_code];
  var to_rate = constants.CURRENCY_RATES[to_code];
  if (!from_rate || !to_rate) {
    throw new Error('no booking rate for ' + (from_rate ? to_code : from_code));
  }
  return round_money((amount / from_rate) * to_rate);
}

function sum_money(amounts) {
  var total = 0;
  for (var i = 0; i < amounts.length; i++) {
    total = total + amounts[i];
  }
  return round_money(total);
}

exports.round_money = round_money;
exports.to_pence = to_pence;
exports.format_money = format_money;
exports.convert_money = convert_money;
exports.sum_money = sum_money;
