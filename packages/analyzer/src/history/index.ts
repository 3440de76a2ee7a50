export {
  analyzeHistory,
  InterruptedError,
  type HistoryOptions,
  type HistoryPoint,
  type HistoryResult,
} from './analyze-history.js';
export { DEFAULT_MAX_POINTS, parseEvery, type Every } from './sample.js';
export type { HistoryCommit } from './commits.js';
