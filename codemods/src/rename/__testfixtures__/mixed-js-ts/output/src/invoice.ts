import { addVat } from './legacy_math.js';

export function invoiceTotal(lineTotals: number[]): number {
  return addVat(lineTotals.reduce((a, b) => a + b, 0));
}
