export { closestName } from './closest-name.js';
export { parseUpkeepConfig, type ParseUpkeepConfigResult } from './parse.js';
export { CONFIG_FIELDS, DEFAULT_MAX_FILE_SIZE, UpkeepConfigSchema, type UpkeepConfig } from './schema.js';
