// Turns raw rows from the driver into typed objects. Drivers have returned
// numbers as strings (DECIMAL columns) and booleans as 0/1 since 1999, so every
// field is coerced here rather than trusted.
import type { customer_row, invoice_row, order_row, order_status, ship_zone } from '../types/legacy_app.js';
import { pad_left } from '../util/str_util.js';
import { round_money } from '../util/money_util.js';

const TRUE_VALUES = ['1', 'Y', 'y', 'true', 'T'];

function to_bool(value: any): boolean {
  if (value === true || value === 1) {
    return true;
  }
  return TRUE_VALUES.indexOf(String(value)) !== -1;
}

function to_number(value: any): number {
  const n = typeof value === 'number' ? value : parseFloat(value);
  return isNaN(n) ? 0 : n;
}

export function map_customer_row(row: any): customer_row {
  return {
    customer_id: String(row['customer_id']).trim(),
    customer_name: String(row['customer_name'] || ''),
    tax_region: row['tax_region'] || 'default',
    is_wholesale: to_bool(row['is_wholesale']),
    loyalty_years: to_number(row['loyalty_years']),
    credit_hold: to_bool(row['credit_hold']),
  };
}

export function map_order_row(row: any): order_row {
  const status_text: string = row['status'] || 'new';
  return {
    order_id: to_number(row['order_id']),
    customer_id: String(row['customer_id']),
    order_date: String(row['order_date']).substr(0, 10),
    status: status_text as order_status,
    currency_code: row['currency_code'] || 'GBP',
    ship_zone: (row['ship_zone'] || 'national') as ship_zone,
    order_total: round_money(to_number(row['order_total'])),
    tax_total: round_money(to_number(row['tax_total'])),
  };
}

export function map_invoice_row(row: any): invoice_row {
  const labels_text = row['tax_labels'];
  let tax_labels: string[] = [];
  if (Array.isArray(labels_text)) {
    tax_labels = labels_text;
  } else if (typeof labels_text === 'string' && labels_text.length > 0) {
    tax_labels = labels_text.split('|');
  }
  return {
    invoice_no: String(row['invoice_no']),
    order_id: to_number(row['order_id']),
    customer_id: String(row['customer_id']),
    invoice_date: String(row['invoice_date']),
    due_date: String(row['due_date']),
    net_total: round_money(to_number(row['net_total'])),
    tax_total: round_money(to_number(row['tax_total'])),
    gross_total: round_money(to_number(row['gross_total'])),
    currency_code: row['currency_code'] || 'GBP',
    paid: to_bool(row['paid']),
    tax_labels: tax_labels,
    lines: Array.isArray(row['lines']) ? row['lines'] : [],
  };
}

export class row_cache {
  private rows_by_key: { [key: string]: any } = {};
  private hit_count = 0;
  private miss_count = 0;

  get(key: string): any {
    if (key in this.rows_by_key) {
      this.hit_count++;
      return this.rows_by_key[key];
    }
    this.miss_count++;
    return undefined;
  }

  put(key: string, row: any): void {
    this.rows_by_key[key] = row;
  }

  stats(): string {
    return 'hits=' + this.hit_count;
  }
}
