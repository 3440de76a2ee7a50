// Schema history. Each migration runs once per database, in order, and is
// recorded in schema_migrations; never edit one that has shipped, add another.
import path from 'node:path';

const RATE_ROWS_1999 = [
  ['default', 'standard', 0.175],
  ['default', 'reduced', 0.05],
  ['north', 'standard', 0.175],
  ['south', 'standard', 0.175],
  ['islands', 'standard', 0.15],
  ['export', 'standard', 0]
];

const RATE_ROWS_2004 = [
  ['default', 'standard', 0.175],
  ['default', 'reduced', 0.05],
  ['islands', 'standard', 0.15],
  ['export', 'standard', 0]
];

function seed_statements(table_name, rows) {
  return rows.map(function (row) {
    return { sql: 'INSERT INTO ' + table_name + ' (region, tax_class, rate) VALUES (?, ?, ?)', params: row };
  });
}

const MIGRATIONS = [
  {
    id: '1999-01-core',
    statements: [
      { sql: 'CREATE TABLE customers (customer_id CHAR(8), customer_name VARCHAR(80), tax_region VARCHAR(16))' },
      { sql: 'CREATE TABLE orders (order_id INT, customer_id CHAR(8), order_date CHAR(10), status VARCHAR(12))' },
      { sql: 'CREATE TABLE order_lines (order_id INT, line_no INT, sku VARCHAR(20), qty INT)' },
      { sql: 'CREATE TABLE invoices (invoice_no VARCHAR(12), order_id INT, invoice_date CHAR(10))' }
    ]
  },
  {
    id: '1999-02-tax-rates',
    statements: [{ sql: 'CREATE TABLE tax_rates_1999 (region VARCHAR(16), tax_class VARCHAR(10), rate DECIMAL(5,4))' }].concat(
      seed_statements('tax_rates_1999', RATE_ROWS_1999)
    )
  },
  {
    id: '2004-11-tax-rates',
    statements: [{ sql: 'CREATE TABLE tax_rates (region VARCHAR(16), tax_class VARCHAR(10), rate DECIMAL(5,4))' }].concat(
      seed_statements('tax_rates', RATE_ROWS_2004)
    )
  }
];

function pending_migrations(applied_ids) {
  const pending = [];
  for (const migration of MIGRATIONS) {
    if (applied_ids.indexOf(migration.id) === -1) {
      pending.push(migration);
    }
  }
  return pending;
}

export async function run_migrations(conn) {
  await conn.run_async('CREATE TABLE IF NOT EXISTS schema_migrations (id VARCHAR(40))', []);
  const applied_rows = await conn.run_async('SELECT id FROM schema_migrations', []);
  const applied_ids = applied_rows.map((row) => row.id);
  const to_run = pending_migrations(applied_ids);
  for (const migration of to_run) {
    for (const statement of migration.statements) {
      await conn.run_async(statement.sql, statement.params || []);
    }
    await conn.run_async('INSERT INTO schema_migrations (id) VALUES (?)', [migration.id]);
  }
  return to_run.map((migration) => migration.id);
}

export function migration_ids() {
  return MIGRATIONS.map((migration) => migration.id);
}
