// loaded by the page before checkout.js: its top-level names are the page's globals
var cartItems = [];

function addToCart(sku, qty) {
  cartItems.push({ sku: sku, qty: qty });
  return cartItems.length;
}

function cartTotal(prices) {
  var runningTotal = 0;
  for (var i = 0; i < cartItems.length; i++) runningTotal += prices[cartItems[i].sku] * cartItems[i].qty;
  return runningTotal;
}
