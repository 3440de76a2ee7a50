export { buildProjectModel } from './model.js';
export { inScope } from './paths.js';
export { isFixtureDirName, isToolConfig } from './entries.js';
export { readScript, type ScriptCommand, type ScriptWord } from './runners/scripts.js';
export type {
  PackageFields,
  PackageInfo,
  ProjectModel,
  ProjectModelOptions,
  TestFileInfo,
  TestRunner,
  TestRunnerId,
  TsconfigInfo,
  UnresolvedEntry,
} from './types.js';
