import type { EvaluationSyntaxError } from './syntax-error.js';

/**
 * Shows the message, the formula and a caret under the offending column, for terminals:
 *
 *     unknown variable "errors" at column 8 (known: ...)
 *       10 - (errors / statement)
 *               ^
 */
export function formatEvaluationError(source: string, error: EvaluationSyntaxError): string {
  // line breaks and tabs would move the caret away from its column, so every one shows as one space
  const shown = source.replace(/\s/g, ' ');
  const caret = `${' '.repeat(error.column - 1)}^`;
  return `${error.message}\n  ${shown}\n  ${caret}`;
}
