function format_price(amount_cents) {
  return (amount_cents / 100).toFixed(2) + ' ';
}

module.exports = { format_price };
