const { format_price: formatPrice } = require('./lib/format');

function internalHelper(value) {
  return formatPrice(value).trim();
}

module.exports = { formatPrice, internalHelper };
