export { createTempDir, createTempRepo, type TempRepo } from './temp-repo.js';
export { runUpkeep, UPKEEP_BIN, type CliRun } from './run-cli.js';
export { readTree } from './read-tree.js';
