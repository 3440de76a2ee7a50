import { evaluate } from '../evaluation/evaluate.js';
import type { Evaluation } from '../evaluation/ast.js';
import type { CategoryCounts } from '../model.js';

/**
 * The score of a module or of a set of modules. null ("n/a") when there are no statements, as
 * pylint prints no rating then, and when a custom formula has no finite value (it divided by
 * zero), since JSON has no NaN and a report must stay comparable.
 */
export function scoreOf(counts: CategoryCounts, statements: number, evaluation: Evaluation): number | null {
  if (statements === 0) return null;
  const score = evaluate(evaluation, { ...counts, statement: statements });
  return Number.isFinite(score) ? score : null;
}
