'use strict';
// comments and formatting stay as they are
var path = require('path');
var { join,   resolve } = path;

function describeOrder(order) {
  var total = order.items.reduce(function (sum, item) {
    var price = item.price * item.quantity; // per line
    return sum + price;
  }, 0);
  var label = `order ${order.id}`,
      shipping = order.express ? 9.5 : 0;
  return label + ': ' + (total + shipping) + ' ' + join('a', 'b') + resolve('.');
}

module.exports = { describeOrder };
