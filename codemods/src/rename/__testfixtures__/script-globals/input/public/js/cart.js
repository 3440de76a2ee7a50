// loaded by the page before checkout.js: its top-level names are the page's globals
var cart_items = [];

function add_to_cart(sku, qty) {
  cart_items.push({ sku: sku, qty: qty });
  return cart_items.length;
}

function cart_total(prices) {
  var running_total = 0;
  for (var i = 0; i < cart_items.length; i++) running_total += prices[cart_items[i].sku] * cart_items[i].qty;
  return running_total;
}
