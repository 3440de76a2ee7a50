export type { GateCondition, GateConditions, GateFailure, GateVerdict } from './model.js';
export { GateConditionsSchema, GateFailureSchema, GateVerdictSchema } from './schema.js';
export { evaluateGate, hasGateConditions } from './evaluate.js';
