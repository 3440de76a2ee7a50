import type { Order } from './order';

export function weigh(orders: Order[]): number {
  var total: number = 0;
  var unit = <number>orders.length;
  for (var order of orders) total += order.weight as number;
  return total / unit;
}

declare var legacyGlobal: string;
