import type { CategoryCounts } from '../model.js';
import type { ComparisonOperator, Evaluation, EvaluationNode } from './ast.js';

export type EvaluationVariables = CategoryCounts & { statement: number };

/** Unwinds a division by zero to `evaluate`, which turns it into NaN (where Python would raise). */
class DivisionByZero extends Error {}

/** Python truthiness for numbers: only zero is false (NaN is true, as in Python). */
function truthy(value: number): boolean {
  return value !== 0;
}

function compare(operator: ComparisonOperator, left: number, right: number): boolean {
  switch (operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}

/** Python's max/min keep the first of equal values and compare with `>`/`<`, so order matters for NaN and -0. */
function pythonExtreme(values: number[], better: (candidate: number, best: number) => boolean): number {
  let best = values[0] as number;
  for (const candidate of values.slice(1)) if (better(candidate, best)) best = candidate;
  return best;
}

function run(node: EvaluationNode, vars: EvaluationVariables): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'variable':
      return vars[node.name];
    case 'negate':
      return -run(node.operand, vars);
    case 'not':
      return truthy(run(node.operand, vars)) ? 0 : 1;
    case 'arithmetic':
      return arithmetic(node.operator, run(node.left, vars), run(node.right, vars));
    case 'logical': {
      // Python's `and`/`or` return one of their operands and evaluate the right one only when needed
      const left = run(node.left, vars);
      if (node.operator === 'and') return truthy(left) ? run(node.right, vars) : left;
      return truthy(left) ? left : run(node.right, vars);
    }
    case 'comparison': {
      let left = run(node.first, vars);
      for (const { operator, operand } of node.rest) {
        const right = run(operand, vars);
        if (!compare(operator, left, right)) return 0;
        left = right;
      }
      return 1;
    }
    case 'conditional':
      return truthy(run(node.test, vars)) ? run(node.then, vars) : run(node.otherwise, vars);
    case 'call': {
      const args = node.args.map((arg) => run(arg, vars));
      if (node.callee === 'max') return pythonExtreme(args, (candidate, best) => candidate > best);
      if (node.callee === 'min') return pythonExtreme(args, (candidate, best) => candidate < best);
      return args[0] as number;
    }
  }
}

function arithmetic(operator: '+' | '-' | '*' | '/', left: number, right: number): number {
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      if (right === 0) throw new DivisionByZero();
      return left / right;
  }
}

/**
 * Evaluates a parsed formula with Python's semantics: true division, comparisons and `not` give
 * 1 or 0, `and`/`or` return an operand, only the chosen branch of a conditional is evaluated.
 *
 * A division by zero makes the whole result NaN (Python would raise ZeroDivisionError and pylint
 * would print no score); `scoreOf` reports such a score as null ("n/a"). With the default formula
 * this cannot happen, because modules without statements are never evaluated.
 */
export function evaluate(expression: Evaluation, vars: EvaluationVariables): number {
  try {
    return run(expression.root, vars);
  } catch (signal) {
    if (signal instanceof DivisionByZero) return Number.NaN;
    throw signal;
  }
}
