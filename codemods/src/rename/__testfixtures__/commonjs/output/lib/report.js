const priceCalc = require('./price_calc');
const { roundCents } = require('./price_calc');

function printLine(lineItem) {
  return roundCents(priceCalc.netPrice(lineItem.gross, 0.2));
}

module.exports = { printLine };
