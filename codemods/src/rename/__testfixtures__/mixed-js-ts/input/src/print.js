import { invoice_total } from './invoice.js';

export const printed = String(invoice_total([1, 2]));
