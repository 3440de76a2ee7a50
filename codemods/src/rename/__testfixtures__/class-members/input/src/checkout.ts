import { shopping_cart } from './cart.js';

export function checkout(): number {
  const cart = new shopping_cart();
  return cart.add_item(10);
}
