// calls cart.js's functions through the page's global scope
function checkout_total(prices) {
  add_to_cart('a', 2);
  add_to_cart('b', 1);
  return cart_total(prices);
}
