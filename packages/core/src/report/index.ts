export { buildScoreReport, type ScoreReportInput } from './build.js';
export {
  AggregateSchema,
  CategoryCountsSchema,
  CategorySchema,
  MessageSchema,
  ModuleResultSchema,
  ScoreReportSchema,
} from './schema.js';
