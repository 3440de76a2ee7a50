// Cart widget of the old order page: public/index.html loads it before checkout.js,
// which calls these functions through the page's global scope.
var cart_items = [];

function add_to_cart(sku, qty) {
  cart_items.push({ sku: sku, qty: qty });
  $('#cart-count').text(cart_items.length);
}

function cart_total(prices) {
  var total = 0;
  for (var i = 0; i < cart_items.length; i++) {
    total += prices[cart_items[i].sku] * cart_items[i].qty;
  }
  return total;
}
