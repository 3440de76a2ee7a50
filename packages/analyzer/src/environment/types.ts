/** Environments per file: what each module is parsed as and which globals it sees. */

export type SourceType = 'module' | 'commonjs' | 'script';
export type GlobalSetting = 'readonly' | 'writable' | 'off';

/**
 * The environment one file is linted in. Every engine applies the same: `sourceType` decides how
 * the file is parsed (`commonjs` and `script` are sloppy mode), `globals` are added to the
 * configuration's own (an `off` entry removes one).
 */
export interface FileEnvironment {
  sourceType: SourceType;
  globals: Record<string, GlobalSetting>;
  ecmaVersion?: number;
  /** a test file of one of the project's test runners: test idioms (chai assertions) are not smells */
  testFile: boolean;
  /**
   * For scripts that share one global scope (files loaded together by a page or concatenated):
   * the names the scripts of the group declare at top level, which are not redeclarations of a
   * built-in when a file declares one itself, and those that another file of the group uses,
   * which are not unused where they are declared.
   */
  scriptScope?: { group: string; declared: string[]; usedAcross: string[] };
}

export interface EnvironmentGroup {
  /** stable id: a hash of the environment */
  id: string;
  /** root-relative files, sorted */
  files: string[];
  env: FileEnvironment;
  /** why, one line each: "mocha globals: mocha in devDependencies, test/ is its default spec" */
  reasons: string[];
  /** names of the global sets applied ("node", "browser", "mocha", "eslintrc:jquery", "comment:amd", …) */
  sets: string[];
  /** how many of the globals come from those sets (the others are declared one by one) */
  namedGlobals?: number;
}

export interface ScriptGroup {
  id: string;
  /** the package or directory the scripts share ("" for the root) */
  dir: string;
  files: string[];
  /** how many top-level names the scripts declare, and how many of them another script of the group uses */
  declared: number;
  usedAcross: number;
}

export interface EnvironmentPlan {
  groups: EnvironmentGroup[];
  scriptGroups: ScriptGroup[];
  /** what was assumed or could not be read, one line each */
  notices: string[];
  /** the group id of a root-relative file */
  groupOf(file: string): string | undefined;
}

/**
 * What detection needs of the project model (a structural subset of ProjectModel, so the model
 * can be passed as it is).
 */
export interface EnvironmentModel {
  root: string;
  /** module files to plan for (root-relative) */
  files: readonly string[];
  /** every listed file, code or not: legacy ESLint configs and HTML pages are found here */
  allFiles: readonly string[];
  packages: readonly EnvironmentPackage[];
  packageOf(file: string): EnvironmentPackage | undefined;
  testRunners: readonly { id: string; packageDir: string; why: string }[];
  testFiles: ReadonlyMap<string, { runners: string[]; why: string }>;
  /** the text of a listed file (a commit's blob when the model is a commit's); from disk when absent */
  read?(file: string): Promise<string | undefined>;
}

/** The text of a root-relative file of the model: through its reader, or from disk. */
export async function readModelFile(model: EnvironmentModel, file: string): Promise<string | undefined> {
  if (model.read) return model.read(file);
  const [{ readFile }, { join }] = await Promise.all([import('node:fs/promises'), import('node:path')]);
  return readFile(join(model.root, file), 'utf8').catch(() => undefined);
}

interface EnvironmentPackage {
  dir: string;
  type: 'module' | 'commonjs';
  fields: { browser?: unknown };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
