const price_calc = require('./price_calc');
const { round_cents } = require('./price_calc');

function print_line(line_item) {
  return round_cents(price_calc.net_price(line_item.gross, 0.2));
}

module.exports = { print_line };
