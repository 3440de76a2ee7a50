/**
 * Invoice operations for the web front end, in the shapes it renders. Amounts
 * cross this boundary as integer pence so the browser never rounds money.
 */
import type { data_service, invoice_row } from '../types/legacy_app.js';
import { map_invoice_row } from '../db/row_mapper.js';
import { formatAmount, toCents } from '../util/money.js';

/** An invoice as the front end lists it. */
export interface InvoiceSummary {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly invoiceDate: string;
  readonly dueDate: string;
  readonly grossCents: number;
  readonly grossText: string;
  readonly paid: boolean;
}

/** What the front end may do with invoices. */
export interface InvoiceApi {
  issue(orderId: number, invoiceDate: string): Promise<InvoiceSummary>;
  listUnpaid(): Promise<InvoiceSummary[]>;
  totalUnpaidCents(): Promise<number>;
}

type InvoiceSource = Pick<data_service, 'issue_invoice' | 'list_invoices'>;

/** Converts a stored invoice to the front end's shape. */
export function toInvoiceSummary(invoice: invoice_row): InvoiceSummary {
  const grossCents = toCents(invoice.gross_total);
  return {
    invoiceNo: invoice.invoice_no,
    customerId: invoice.customer_id,
    invoiceDate: invoice.invoice_date,
    dueDate: invoice.due_date,
    grossCents,
    grossText: formatAmount(grossCents, invoice.currency_code),
    paid: invoice.paid,
  };
}

/** Wraps a data service; rows from the database are normalised before use. */
export function createInvoiceApi(service: InvoiceSource): InvoiceApi {
  const listUnpaid = async (): Promise<InvoiceSummary[]> => {
    const rows = await service.list_invoices();
    return rows.map(map_invoice_row).filter((invoice) => !invoice.paid).map(toInvoiceSummary);
  };
  return {
    issue: async (orderId, invoiceDate) => toInvoiceSummary(await service.issue_invoice(orderId, invoiceDate)),
    listUnpaid,
    totalUnpaidCents: async () => {
      const unpaid = await listUnpaid();
      return unpaid.reduce((total, invoice) => total + invoice.grossCents, 0);
    },
  };
}
