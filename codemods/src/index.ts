// The public API of @upkeep/codemods: the runner every codemod shares, and the codemods.
export {
  runCodemod,
  CODEMOD_RESULT_VERSION,
  type RunOptions,
  type RunStatus,
  type CodemodResult,
  type DroppedGroup,
  type DropReason,
  type TestsResult,
  type TypeCheckResult,
} from './runner/run.js';
export { formatCodemodResult, type FormatOptions } from './runner/format.js';
export type {
  Codemod,
  CodemodContext,
  CodemodPlan,
  CodemodFiles,
  EditGroup,
  FileChange,
  InternalError,
  Skip,
} from './runner/types.js';
export type { TsProject, DiagnosticCount } from './runner/engine.js';
export { unifiedDiff } from './runner/diff.js';
export { writeAllOrNothing, recoverInterrupted, type WrittenChange } from './runner/write.js';
export { dirtyFiles, requireCleanTree, type DirtyFile } from './runner/git-state.js';
export { inScope, listModuleFiles, listCodemodFiles, isFixturePath } from './runner/files.js';
export {
  syntaxErrors,
  resolveVerify,
  resolveVerifyCommand,
  InterruptedError,
  type CommandRun,
  type ResolvedVerify,
} from './runner/verify.js';
export { chooseAutoVerify, type AutoVerifyChoice, type AutoVerifyInput } from './runner/auto-verify.js';
export { countTests, type TestCount } from './runner/test-count.js';
export type { ParseFailure } from './runner/parse-check.js';
export type { TypeDiagnostic, TypeScriptInfo } from './runner/typecheck.js';
export type { MassDelete } from './runner/guard.js';
export type { ScoreDelta, ModuleScoreChange, ScoreOptions } from './runner/score.js';
export {
  runTransformCodemod,
  loadTransform,
  parseTransformOptions,
  TransformOptionsError,
  TRANSFORM_PARSERS,
  isTransformParser,
  type RunTransformOptions,
  type RunTransformDetails,
  type TransformSkipReason,
  type LoadedTransform,
  type TransformOptions,
  type TransformParser,
} from './run-transform/index.js';
export { BUILTIN_TRANSFORMS, type BuiltinTransform } from './transforms/index.js';
export {
  renameCodemod,
  RENAME_KINDS,
  DEFAULT_RENAME_KINDS,
  type RenameKind,
  type RenameOptions,
  type RenameDetails,
  type Renamed,
  type SkipReason,
} from './rename/index.js';
export {
  deadCodeCodemod,
  findDeadCode,
  DEAD_CODE_KINDS,
  type DeadCodeKind,
  type DeadCodeOptions,
  type DeadCodeResult,
  type DeadCodeFinding,
  type KeptFinding,
  type KeepReason,
  type DeadCodeCodemodOptions,
  type DeadCodeDetails,
} from './dead-code/index.js';
