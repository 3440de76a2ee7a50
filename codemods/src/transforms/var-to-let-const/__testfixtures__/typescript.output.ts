import type { Order } from './order';

export function weigh(orders: Order[]): number {
  let total: number = 0;
  const unit = <number>orders.length;
  for (const order of orders) total += order.weight as number;
  return total / unit;
}

declare var legacyGlobal: string;
