const { format_price } = require('./lib/format');

function internal_helper(value) {
  return format_price(value).trim();
}

module.exports = { format_price, internal_helper };
