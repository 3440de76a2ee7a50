// Shapes of the rows and objects the JavaScript modules pass around. The property
// names are the database column names, which is why they are snake_case.

export type order_status = 'new' | 'invoiced' | 'paid' | 'shipped' | 'cancelled' | 'held';

export type tax_class = 'standard' | 'reduced' | 'zero';

export type ship_zone = 'local' | 'national' | 'export';

export interface customer_row {
  customer_id: string;
  customer_name: string;
  tax_region: string;
  is_wholesale: boolean;
  loyalty_years: number;
  credit_hold: boolean;
}

export interface order_line {
  line_no: number;
  sku: string;
  qty: number;
  unit_price: number;
  tax_class: tax_class;
  line_net: number;
  line_discount: number;
  line_tax: number;
  line_shipping: number;
  line_total: number;
}

export interface order_row {
  order_id: number;
  customer_id: string;
  order_date: string;
  status: order_status;
  currency_code: string;
  ship_zone: ship_zone;
  order_total: number;
  tax_total: number;
  lines?: order_line[];
}

export interface invoice_row {
  invoice_no: string;
  order_id: number;
  customer_id: string;
  invoice_date: string;
  due_date: string;
  net_total: number;
  tax_total: number;
  gross_total: number;
  currency_code: string;
  paid: boolean;
  tax_labels: string[];
  lines: order_line[];
}

export interface data_service {
  add_customer(customer: Partial<customer_row>): Promise<customer_row>;
  place_order(order_input: unknown): Promise<order_row>;
  get_order(order_id: number): Promise<order_row | null>;
  issue_invoice(order_id: number, invoice_date: string): Promise<invoice_row>;
  list_invoices(): Promise<invoice_row[]>;
  orders_for_day(day_ymd: string): Promise<order_row[]>;
  orders_between(from_ymd: string, to_ymd: string): Promise<order_row[]>;
}
