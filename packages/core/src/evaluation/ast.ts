/**
 * The syntax tree of a score formula. Positions are 0-based offsets into the source, kept so
 * that evaluation problems can point at the part of the formula that caused them.
 */

/** The variables a formula can read: message counts by category and the statement count. */
export const EVALUATION_VARIABLES = [
  'fatal',
  'error',
  'warning',
  'refactor',
  'convention',
  'info',
  'statement',
] as const;

export type EvaluationVariable = (typeof EVALUATION_VARIABLES)[number];

/**
 * The functions a formula can call. `float` is the identity on our numbers; it is accepted
 * because pylint's own default (`... float(5 * error + ...) ...`) uses it and users paste it.
 */
export const EVALUATION_FUNCTIONS = ['min', 'max', 'float'] as const;

export type EvaluationFunction = (typeof EVALUATION_FUNCTIONS)[number];

type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

export type EvaluationNode =
  | { kind: 'number'; value: number; position: number }
  | { kind: 'variable'; name: EvaluationVariable; position: number }
  | { kind: 'negate'; operand: EvaluationNode; position: number }
  | { kind: 'not'; operand: EvaluationNode; position: number }
  | { kind: 'arithmetic'; operator: ArithmeticOperator; left: EvaluationNode; right: EvaluationNode; position: number }
  | { kind: 'logical'; operator: 'and' | 'or'; left: EvaluationNode; right: EvaluationNode; position: number }
  /** Python chains comparisons: `a < b < c` means `a < b and b < c`, with `b` evaluated once. */
  | {
      kind: 'comparison';
      first: EvaluationNode;
      rest: { operator: ComparisonOperator; operand: EvaluationNode }[];
      position: number;
    }
  | { kind: 'conditional'; test: EvaluationNode; then: EvaluationNode; otherwise: EvaluationNode; position: number }
  | { kind: 'call'; callee: EvaluationFunction; args: EvaluationNode[]; position: number };

/** A parsed score formula, ready to evaluate. `source` is the text it was parsed from. */
export interface Evaluation {
  readonly source: string;
  readonly root: EvaluationNode;
}
