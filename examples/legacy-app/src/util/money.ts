/**
 * Money as integer pence, so sums never drift. Newer code uses these functions;
 * the number-of-pounds routines in money_util.js remain for the older modules.
 */

const PENCE_PER_POUND = 100;

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  GBP: '\u00a3',
  EUR: '\u20ac',
  USD: '$',
};

/** Converts an amount in pounds (as stored by older rows) to whole pence. */
export function toCents(amount: number): number {
  return Math.round(amount * PENCE_PER_POUND);
}

/** Converts whole pence back to pounds for the older modules. */
export function fromCents(cents: number): number {
  return cents / PENCE_PER_POUND;
}

/** Adds amounts given in pence. */
export function sumCents(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Formats pence for people: "£1,234.50", "-€3.00", or "12.00 CHF" when the symbol is unknown. */
export function formatAmount(cents: number, currencyCode: string): string {
  const sign = cents < 0 ? '-' : '';
  const digits = (Math.abs(cents) / PENCE_PER_POUND).toFixed(2);
  const [whole = '0', fraction = '00'] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol = CURRENCY_SYMBOLS[currencyCode];
  if (symbol === undefined) {
    return `${sign}${grouped}.${fraction} ${currencyCode}`;
  }
  return `${sign}${symbol}${grouped}.${fraction}`;
}
