const totalPrice = 10;

function total_price(items) {
  return items.length * totalPrice;
}

function print_report(items) {
  return 'total: ' + total_price(items);
}

module.exports = { print_report };
