// Checkout buttons of the old order page (see cart.js).
$(document).ready(function () {
  $('.add').on('click', function () {
    add_to_cart($(this).data('sku'), 1);
  });
  $('#checkout').on('click', function () {
    var prices = window.PRICES || {};
    alert('Total: ' + cart_total(prices).toFixed(2));
  });
});
