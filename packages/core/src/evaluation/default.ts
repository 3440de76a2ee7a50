import type { Evaluation } from './ast.js';
import { formatEvaluationError } from './format-error.js';
import { parseEvaluation } from './parse.js';

/** pylint's default score formula, in pylint's own syntax. */
export const DEFAULT_EVALUATION =
  'max(0, 0 if fatal else 10 - ((5 * error + warning + refactor + convention) / statement) * 10)';

function parseBuiltIn(source: string): Evaluation {
  const parsed = parseEvaluation(source);
  if (!parsed.ok)
    throw new SyntaxError(`built-in formula does not parse: ${formatEvaluationError(source, parsed.error)}`);
  return parsed.expression;
}

/** `DEFAULT_EVALUATION`, parsed once. */
export const DEFAULT_EVALUATION_EXPRESSION: Evaluation = parseBuiltIn(DEFAULT_EVALUATION);
