export { categoryForMetaType, type RuleMetaType } from './category.js';
export { addCounts, countMessages, emptyCounts } from './counts.js';
export { scoreOf } from './score.js';
