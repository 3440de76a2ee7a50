import { totals } from './totals.js';

console.log(totals.make_total([{ price: 2 }]) * (1 + totals.tax_rate));
