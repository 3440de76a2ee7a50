export { detectEnvironments, decideSourceType, type DetectOptions } from './detect.js';
export { scanFile, prepareScanner, type FileFacts } from './file-facts.js';
export { adjustMessages } from './messages.js';
export { summarizeEnvironments } from './summary.js';
export { environmentModelOf } from './model-view.js';
export type {
  EnvironmentGroup,
  EnvironmentModel,
  EnvironmentPackage,
  EnvironmentPlan,
  FileEnvironment,
  GlobalSetting,
  ScriptGroup,
  SourceType,
} from './types.js';
