export { aggregate, aggregateModules, entersAggregates, type AggregateOptions, type Aggregates } from './aggregate.js';
export { ancestorDirectories, comparePaths, ROOT_PATH } from './paths.js';
