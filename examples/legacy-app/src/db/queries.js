// Every statement the service sends, in one place so the DBA can review them.
// Column names are the database's and stay snake_case whatever the JS around them does.

var SQL_INSERT_CUSTOMER =
  'INSERT INTO customers (customer_id, customer_name, tax_region, is_wholesale, loyalty_years, credit_hold) ' +
  'VALUES (?, ?, ?, ?, ?, ?)';
var SQL_SELECT_CUSTOMER = 'SELECT * FROM customers WHERE customer_id = ?';

var SQL_INSERT_ORDER =
  'INSERT INTO orders (order_id, customer_id, order_date, status, currency_code, ship_zone, order_total, tax_total) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
var SQL_SELECT_ORDER = 'SELECT * FROM orders WHERE order_id = ?';
var SQL_SELECT_ORDERS_FOR_DAY = 'SELECT * FROM orders WHERE order_date = ? ORDER BY order_id';
var SQL_SELECT_ORDERS_BETWEEN = 'SELECT * FROM orders WHERE order_date >= ? AND order_date <= ? ORDER BY order_id';
var SQL_UPDATE_ORDER_STATUS = 'UPDATE orders SET status = ? WHERE order_id = ?';

var SQL_INSERT_ORDER_LINE =
  'INSERT INTO order_lines (order_id, line_no, sku, qty, unit_price, tax_class, line_net, line_tax, line_total) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
var SQL_SELECT_ORDER_LINES = 'SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no';

var SQL_INSERT_INVOICE =
  'INSERT INTO invoices (invoice_no, order_id, customer_id, invoice_date, due_date, net_total, tax_total, gross_total, paid) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
var SQL_SELECT_INVOICES = 'SELECT * FROM invoices ORDER BY invoice_no';
var SQL_MARK_INVOICE_PAID = 'UPDATE invoices SET paid = ? WHERE invoice_no = ?';

var SQL_SELECT_TAX_RATE = 'SELECT rate FROM tax_rates WHERE region = ? AND tax_class = ?';

// The 1999 rates, kept for re-printing invoices issued before the 2004 change.
var SQL_SELECT_TAX_RATE_1999 = 'SELECT rate FROM tax_rates_1999 WHERE region = ? AND tax_class = ?';

// Used by the yearly archive job until it moved to the warehouse in 2012.
var SQL_ARCHIVE_ORDERS = 'DELETE FROM orders WHERE order_date <= ?';
var SQL_COUNT_TAX_ROWS_1999 = 'SELECT region FROM tax_rates_1999';

exports.SQL_INSERT_CUSTOMER = SQL_INSERT_CUSTOMER;
exports.SQL_SELECT_CUSTOMER = SQL_SELECT_CUSTOMER;
exports.SQL_INSERT_ORDER = SQL_INSERT_ORDER;
exports.SQL_SELECT_ORDER = SQL_SELECT_ORDER;
exports.SQL_SELECT_ORDERS_FOR_DAY = SQL_SELECT_ORDERS_FOR_DAY;
exports.SQL_SELECT_ORDERS_BETWEEN = SQL_SELECT_ORDERS_BETWEEN;
exports.SQL_UPDATE_ORDER_STATUS = SQL_UPDATE_ORDER_STATUS;
exports.SQL_INSERT_ORDER_LINE = SQL_INSERT_ORDER_LINE;
exports.SQL_SELECT_ORDER_LINES = SQL_SELECT_ORDER_LINES;
exports.SQL_INSERT_INVOICE = SQL_INSERT_INVOICE;
exports.SQL_SELECT_INVOICES = SQL_SELECT_INVOICES;
exports.SQL_MARK_INVOICE_PAID = SQL_MARK_INVOICE_PAID;
exports.SQL_SELECT_TAX_RATE = SQL_SELECT_TAX_RATE;
exports.SQL_SELECT_TAX_RATE_1999 = SQL_SELECT_TAX_RATE_1999;
exports.SQL_ARCHIVE_ORDERS = SQL_ARCHIVE_ORDERS;
exports.SQL_COUNT_TAX_ROWS_1999 = SQL_COUNT_TAX_ROWS_1999;
