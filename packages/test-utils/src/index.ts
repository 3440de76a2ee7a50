export { createTempDir, createTempRepo, type TempRepo } from './temp-repo.js';
export { inProcessCli, runUpkeep, UPKEEP_BIN, type CliRun, type CliRunner, type RunCli } from './run-cli.js';
export { readTree } from './read-tree.js';
export { engineNameUnderTest, engineUnderTest } from './engine.js';
