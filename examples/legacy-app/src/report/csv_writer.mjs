/**
 * CSV output for spreadsheets and the accounting import (RFC 4180: CRLF line
 * ends, quotes doubled inside quoted cells). Columns are chosen by the caller so
 * that the file layout is visible where the report is defined.
 */

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Formats one cell; empty for null and undefined so that missing values stay blank.
 * @param {unknown} value
 * @returns {string}
 */
function formatCell(value) {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  if (!NEEDS_QUOTES.test(text)) {
    return text;
  }
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * Writes a header line with the column names, then one line per row.
 * @param {ReadonlyArray<Record<string, unknown>>} rows
 * @param {readonly string[]} columns
 * @returns {string}
 */
export function toCsv(rows, columns) {
  const header = columns.map(formatCell).join(',');
  const body = rows.map((row) => columns.map((column) => formatCell(row[column])).join(','));
  return [header, ...body].map((line) => `${line}\r\n`).join('');
}
