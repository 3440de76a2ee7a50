/**
 * @upkeep/core: the data model of upkeep, the score formula and its expression language,
 * aggregation and the published schemas. Pure: no file system, no git, no process.
 */
export * from './model.js';
export * from './evaluation/index.js';
export * from './scoring/index.js';
export * from './format/index.js';
export * from './aggregate/index.js';
export * from './report/index.js';
export * from './config/index.js';
export * from './diff/index.js';
export * from './gate/index.js';
export * from './trend/index.js';
export { jsonSchemaText, publishedJsonSchemas, type PublishedSchema } from './schemas/json-schemas.js';
export { CodemodResultSchema, CODEMOD_RESULT_SCHEMA_VERSION } from './codemod/schema.js';
