/**
 * Net price of a gross amount.
 * @param {number} gross_amount the price with tax
 * @param {number} [tax_rate] the rate, 0.2 by default
 * @returns {number}
 */
function net_of(gross_amount, tax_rate = 0.2) {
  return gross_amount / (1 + tax_rate);
}

module.exports = { net_of };
