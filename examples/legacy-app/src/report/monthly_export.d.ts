// Types for monthly_export.js. tsconfig.json leaves that JavaScript file out of
// the TypeScript program, so these declarations are what the type check sees
// when report_runner.js requires it.
import type { data_service } from '../types/legacy_app.js';

/** First and last day ('YYYY-MM-DD') of the month that contains month_ymd. */
export function month_range(month_ymd: string): { from: string; to: string };

/** The month's orders as 80-column ledger records plus a total record, CRLF-terminated. */
export function export_month(svc: Pick<data_service, 'orders_between'>, month_ymd: string): Promise<string>;
