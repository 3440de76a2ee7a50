// calls cart.js's functions through the page's global scope
function checkoutTotal(prices) {
  addToCart('a', 2);
  addToCart('b', 1);
  return cartTotal(prices);
}
