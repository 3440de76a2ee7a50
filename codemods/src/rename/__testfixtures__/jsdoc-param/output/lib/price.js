/**
 * Net price of a gross amount.
 * @param {number} grossAmount the price with tax
 * @param {number} [taxRate] the rate, 0.2 by default
 * @returns {number}
 */
function netOf(grossAmount, taxRate = 0.2) {
  return grossAmount / (1 + taxRate);
}

module.exports = { net_of: netOf };
