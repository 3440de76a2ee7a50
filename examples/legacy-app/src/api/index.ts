/**
 * The typed API of the data service, for the web front end and newer services
 * (package export "legacy-app/api"). Only what is listed here is supported.
 */
export { createInvoiceApi, toInvoiceSummary } from './invoiceApi.js';
export type { InvoiceApi, InvoiceSummary } from './invoiceApi.js';
export { formatAmount, fromCents, sumCents, toCents } from '../util/money.js';
export { render_invoice_html } from '../admin/invoice_view.jsx';
export type { customer_row, data_service, invoice_row, order_line, order_row } from '../types/legacy_app.js';
