'use strict';

function netPrice(grossPrice, taxRate) {
  return grossPrice / (1 + taxRate);
}

exports.roundCents = function (amountValue) {
  return Math.round(amountValue * 100) / 100;
};

module.exports.netPrice = netPrice;
