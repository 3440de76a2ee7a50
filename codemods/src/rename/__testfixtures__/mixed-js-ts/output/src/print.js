import { invoiceTotal } from './invoice.js';

export const printed = String(invoiceTotal([1, 2]));
