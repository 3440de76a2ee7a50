export * from './model.js';
export { buildTrend, type TrendInput, type TrendPointInput } from './build.js';
export { TrendSchema, TrendPointSchema } from './schema.js';
