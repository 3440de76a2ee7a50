export {
  EVALUATION_FUNCTIONS,
  EVALUATION_VARIABLES,
  type Evaluation,
  type EvaluationFunction,
  type EvaluationNode,
  type EvaluationVariable,
} from './ast.js';
export { DEFAULT_EVALUATION, DEFAULT_EVALUATION_EXPRESSION } from './default.js';
export { evaluate, type EvaluationVariables } from './evaluate.js';
export { formatEvaluationError } from './format-error.js';
export { parseEvaluation, type ParseEvaluationResult } from './parse.js';
export type { EvaluationSyntaxError } from './syntax-error.js';
