const { format_price: formatPrice } = require('./lib/format');

function internalHelper(value) {
  return formatPrice(value).trim();
}

module.exports = { format_price: formatPrice, internal_helper: internalHelper };
