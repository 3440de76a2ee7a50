/**
 * ESLint and the plugins it loads talk to the terminal on their own (process warnings such as
 * "The .eslintignore file is no longer supported", console.warn from a parser). upkeep owns the
 * terminal: while a run lints, those are captured here and handed to the caller, which turns
 * what a user should know into one line of its own.
 */

export interface WarningCapture {
  /** the distinct warnings captured since the last call, first line each */
  drain(): string[];
  /** puts the original functions back */
  restore(): void;
}

/** Warnings upkeep says in its own words (or that say nothing to a user of upkeep). */
const REPLACED = /\.eslintignore" file is no longer supported|ESLintIgnoreWarning/;

export function captureWarnings(): WarningCapture {
  const seen = new Set<string>();
  const pending: string[] = [];
  const record = (text: string): void => {
    const line = text.split('\n')[0]!.trim();
    if (!line || REPLACED.test(line) || seen.has(line)) return;
    seen.add(line);
    pending.push(line);
  };
  const original = { emitWarning: process.emitWarning, warn: console.warn, error: console.error };
  process.emitWarning = ((warning: string | Error) =>
    record(typeof warning === 'string' ? warning : warning.message)) as typeof process.emitWarning;
  console.warn = (...args: unknown[]) => record(args.map(String).join(' '));
  console.error = (...args: unknown[]) => record(args.map(String).join(' '));
  return {
    drain: () => pending.splice(0),
    restore: () => {
      process.emitWarning = original.emitWarning;
      console.warn = original.warn;
      console.error = original.error;
    },
  };
}
