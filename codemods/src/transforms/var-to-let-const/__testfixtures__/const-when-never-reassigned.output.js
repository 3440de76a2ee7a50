'use strict';
// comments and formatting stay as they are
const path = require('path');
const { join,   resolve } = path;

function describeOrder(order) {
  const total = order.items.reduce(function (sum, item) {
    const price = item.price * item.quantity; // per line
    return sum + price;
  }, 0);
  const label = `order ${order.id}`,
      shipping = order.express ? 9.5 : 0;
  return label + ': ' + (total + shipping) + ' ' + join('a', 'b') + resolve('.');
}

module.exports = { describeOrder };
