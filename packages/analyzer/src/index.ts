export { analyze, type AnalyzeOptions, type AnalyzeResult, type AnalyzeStats } from './analyze.js';
export { findProjectRoot, type ProjectRoot } from './project-root.js';
export {
  loadPreviousRun,
  runConfiguration,
  runScope,
  savePreviousRun,
  type PreviousRunLookup,
  type ScopeSettings,
} from './previous-run.js';
export { InputError } from './sources/source.js';
export { writeFileAtomic } from './cache/atomic-write.js';
export { STATE_DIR, ensureStateDir, isUnwritableError } from './cache/state-dir.js';
export { MODULE_EXTENSIONS, DEFAULT_EXCLUDED_DIRS, DEFAULT_MAX_FILE_SIZE, isModulePath } from './sources/files.js';
export { UPKEEP_VERSION } from './version.js';
export { loadEslintIgnore, type EslintIgnore } from './lint/eslintignore.js';
export {
  analyzeChange,
  type AnalyzeChangeOptions,
  type AnalyzeChangeResult,
  type AnalyzeChangeStats,
} from './change/analyze-change.js';
export {
  changedFiles,
  changedHunks,
  parseHunks,
  type ChangedFile,
  type DiffHead,
  type FileStatus,
} from './change/git-diff.js';
export * from './history/index.js';
export { BUNDLED_ESLINT_CONFIGS, isTypeAware, resolveEslintConfig } from './eslint-config-choice.js';
export * from './project/index.js';
export { ENGINE_IDS, type EngineId } from './lint/engines/engine.js';
