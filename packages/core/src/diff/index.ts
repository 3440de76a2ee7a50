export {
  DELTA_VERSION,
  type Delta,
  type DeltaHead,
  type Hunk,
  type IntroducedMessage,
  type ModuleChange,
  type ModuleDelta,
  type ModuleSnapshot,
  type TotalDelta,
} from './model.js';
export { diffReports, DiffInputError, type DiffInput, type RenamePair } from './diff.js';
export { matchMessages, messageKey, type MessageMatch } from './match.js';
export { isChangedLine, mapOldLine } from './lines.js';
export { DeltaSchema, ModuleDeltaSchema } from './schema.js';
