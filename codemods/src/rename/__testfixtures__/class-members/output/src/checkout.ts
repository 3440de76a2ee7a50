import { ShoppingCart } from './cart.js';

export function checkout(): number {
  const cart = new ShoppingCart();
  return cart.addItem(10);
}
