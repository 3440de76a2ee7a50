import type { Listing } from '../sources/source.js';

/** Options of {@link buildProjectModel}; include/exclude are the globs of upkeep.config.json. */
export interface ProjectModelOptions {
  include?: readonly string[];
  exclude?: readonly string[];
  /** bytes; larger files are not modules (default 1 MiB) */
  maxFileSize?: number;
  /**
   * root-relative files or directories the run is limited to (score's positional paths): `files`
   * holds only modules below them (default exclusions apply below what is named); everything
   * else (packages, tests, entries) is still computed for the whole project.
   */
  paths?: readonly string[];
}

/** The fields of a package.json that name files of the package, as written. */
export interface PackageFields {
  main?: unknown;
  module?: unknown;
  exports?: unknown;
  bin?: unknown;
  types?: unknown;
  typings?: unknown;
  browser?: unknown;
}

export interface PackageInfo {
  /** root-relative directory ('' for the root) */
  dir: string;
  /** root-relative path of the package.json */
  manifestPath: string;
  name?: string;
  type: 'module' | 'commonjs';
  fields: PackageFields;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  /** a member of a workspace (npm/yarn `workspaces`, pnpm-workspace.yaml, lerna.json) or a workspace root */
  isWorkspace: boolean;
  /** this package declares workspaces */
  isWorkspaceRoot: boolean;
  /** the whole parsed manifest (for tool sections such as `jest`, `mocha`, `ava`) */
  manifest: Record<string, unknown>;
}

export interface TsconfigInfo {
  /** root-relative path of the tsconfig*.json / jsconfig.json */
  path: string;
  /** root-relative directory holding it */
  dir: string;
  /** the configs it extends, in the order read (root-relative, or absolute when outside the root) */
  extendsChain: string[];
  /** `extends` targets that could not be found or read */
  missingExtends: string[];
  /** root-relative directories, resolved from the config that set them */
  outDir?: string;
  rootDir?: string;
  declarationDir?: string;
  allowJs: boolean;
  checkJs: boolean;
  composite: boolean;
  /** root-relative paths of the referenced tsconfig files */
  references: string[];
  /** the root-relative files it covers (files/include minus exclude, by extension) */
  files: string[];
}

export type TestRunnerId =
  | 'mocha'
  | 'jest'
  | 'vitest'
  | 'jasmine'
  | 'ava'
  | 'tap'
  | 'tape'
  | 'node-test'
  | 'karma'
  | 'qunit'
  | 'lab'
  | 'uvu'
  | 'playwright';

export interface TestRunner {
  id: TestRunnerId;
  /** root-relative directory of the package the runner belongs to */
  packageDir: string;
  /** how it was found ("scripts.test: mocha test/", "devDependencies", ".mocharc.yml") */
  why: string;
  /** the root-relative globs its test files are matched by */
  patterns: string[];
}

export interface TestFileInfo {
  runners: string[];
  why: string;
}

export interface UnresolvedEntry {
  manifest: string;
  field: string;
  target: string;
  why: string;
}

/**
 * The one view of a project that score, the environments of the score and every codemod share.
 * All paths are root-relative with forward slashes.
 */
export interface ProjectModel {
  /** absolute project root */
  root: string;
  /** score's module file set: the modules the analyzer lints and codemods may edit */
  files: string[];
  /** every listed file, code or not (git's tracked and untracked files, or a walk outside git) */
  allFiles: string[];
  packages: PackageInfo[];
  /** the innermost package holding the file */
  packageOf(file: string): PackageInfo | undefined;
  tsconfigs: TsconfigInfo[];
  tsconfigsCovering(file: string): TsconfigInfo[];
  /** the source file that a build output path (`build/lib/x.js`, `cjs/index.js`, `dist/types/index.d.ts`) is compiled from */
  sourceOfBuiltPath(path: string): string | undefined;
  testRunners: TestRunner[];
  testFiles: Map<string, TestFileInfo>;
  /** entry points with the reason each is one */
  entries: Map<string, string>;
  /** package entry fields that map to no file of the project */
  unresolvedEntries: UnresolvedEntry[];
  /** directories of test fixtures (`__testfixtures__`, `__fixtures__`, `fixtures`) */
  fixtureDirs: string[];
  isFixture(file: string): boolean;
  /** whether a file is one of, or below one of, the root-relative paths (all when none) */
  inScope(file: string, paths: readonly string[]): boolean;
  /** everything skipped or assumed while building the model, one line each, for output */
  notices: string[];
  /** the work-tree listing behind `files` (blob hashes, skipped files, package roots), for the analyzer */
  listing: Listing;
  /**
   * when paths limit `listing`: the modules of the whole project (and any named outside it). Their
   * environments are decided together with the listing's (the scripts of a package share one
   * global scope), so a module is judged alike whichever paths a run names. Absent: the listing.
   */
  scope?: Listing;
  /** the bytes of a listed module, as read while building the model (work tree only: a commit's model keeps no module bytes) */
  contentOf(file: string): Buffer | undefined;
  /** the text of any listed file as the model saw it (the work tree's, or a commit's blob); undefined when unreadable */
  read?(file: string): Promise<string | undefined>;
}
