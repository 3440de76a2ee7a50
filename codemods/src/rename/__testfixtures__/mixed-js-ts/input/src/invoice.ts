import { add_vat } from './legacy_math.js';

export function invoice_total(line_totals: number[]): number {
  return add_vat(line_totals.reduce((a, b) => a + b, 0));
}
