// Shared limits and codes. Values here are written into the orders and invoices
// tables, so changing one changes what old rows mean: add, never edit.

var BASE_CURRENCY = 'GBP';

// Fixed booking rates agreed with the bank in 2001; finance re-keys them once a year.
var CURRENCY_RATES = {
  GBP: 1,
  EUR: 1.6,
  USD: 1.45,
  IEP: 1.26
};

var MAX_LINES_PER_ORDER = 200;
var MAX_QTY_PER_LINE = 10000;
var DEFAULT_TAX_RATE = 0.175;
var LOCAL_FREE_SHIP_OVER = 50;

var ORDER_STATUS_NEW = 'new';
var ORDER_STATUS_INVOICED = 'invoiced';
var ORDER_STATUS_PAID = 'paid';
var ORDER_STATUS_SHIPPED = 'shipped';
var ORDER_STATUS_CANCELLED = 'cancelled';

// Status 'held' was used by the 2002 credit-check batch, which no longer runs.
var ORDER_STATUS_HELD = 'held';

var SHIP_ZONES = ['local', 'national', 'export'];
var TAX_CLASSES = ['standard', 'reduced', 'zero'];

module.exports = {
  BASE_CURRENCY: BASE_CURRENCY,
  CURRENCY_RATES: CURRENCY_RATES,
  MAX_LINES_PER_ORDER: MAX_LINES_PER_ORDER,
  MAX_QTY_PER_LINE: MAX_QTY_PER_LINE,
  DEFAULT_TAX_RATE: DEFAULT_TAX_RATE,
  LOCAL_FREE_SHIP_OVER: LOCAL_FREE_SHIP_OVER,
  ORDER_STATUS_NEW: ORDER_STATUS_NEW,
  ORDER_STATUS_INVOICED: ORDER_STATUS_INVOICED,
  ORDER_STATUS_PAID: ORDER_STATUS_PAID,
  ORDER_STATUS_SHIPPED: ORDER_STATUS_SHIPPED,
  ORDER_STATUS_CANCELLED: ORDER_STATUS_CANCELLED,
  ORDER_STATUS_HELD: ORDER_STATUS_HELD,
  SHIP_ZONES: SHIP_ZONES,
  TAX_CLASSES: TAX_CLASSES
};
