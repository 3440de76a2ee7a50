const MAX_ITEMS = 10;

class OrderBook {
  constructor() {
    this.orders = [];
  }

  addOrder(order) {
    if (this.orders.length < MAX_ITEMS) this.orders.push(order);
    return this.orders.length;
  }
}

function _internal(value) {
  return value;
}

module.exports = { OrderBook, internal: _internal };
