import type { ProjectModel } from '@upkeep/analyzer';
import type { TsProject } from './engine.js';

/** One file the codemod wants changed: its new content, or null to delete it. */
export interface FileChange {
  /** root-relative, forward slashes */
  path: string;
  before: string;
  after: string | null;
}

/** Something the codemod chose not to do, and why (reasons by id, with data for the wording). */
export interface Skip {
  /** the name, symbol or file the skip is about */
  subject: string;
  /** root-relative file and 1-based line where the subject is declared */
  path: string;
  line: number;
  reason: string;
  detail: string;
}

/**
 * The smallest unit of a plan the runner can keep or drop on its own: a rename of one symbol
 * (every file it touches), one dead-code finding, one file of a transform. The runner verifies
 * the plan; when it fails, it drops the groups responsible (attribution by file and declaration,
 * then delta debugging) and applies the largest subset that verifies.
 */
export interface EditGroup {
  /** stable across calls of `changesFor` (and runs on the same tree), unique in the plan */
  id: string;
  /** what a user reads: "my_func → myFunc", "unused import x (src/a.js:3)", "delete src/old.js" */
  label: string;
  /** 'rename' | 'import' | 'local' | 'export' | 'file' | 'member' | 'statement' | … (free text, for grouping in the report) */
  kind: string;
  /** root-relative files this group edits or deletes */
  files: string[];
  /** where the thing the group is about is declared (root-relative, 1-based line), for attributing a diagnostic to it */
  declaration?: { path: string; line: number };
  /** ids of groups this one needs: it is kept only if all of these are kept (dropped with them) */
  requires?: string[];
}

/** A failure of the codemod's own edit computation for one file: that file's edits are dropped, the run goes on. */
export interface InternalError {
  /** root-relative file whose edits were dropped */
  path: string;
  message: string;
}

/** What a codemod plans, before anything is verified or written. */
export interface CodemodPlan {
  /** every planned change: `changesFor(all group ids)` when groups are given */
  changes: FileChange[];
  skips: Skip[];
  /** codemod-specific summary lines, in the order to print them */
  summary: string[];
  /** codemod-specific structured result for `--format json` */
  details: unknown;
  /** files that could not be parsed and were left untouched */
  unparsable: string[];
  /**
   * The isolatable units of the plan. Without groups the runner makes one group per changed
   * file (kind 'file'), and `changesFor` keeps or drops whole files of `changes`.
   */
  groups?: EditGroup[];
  /**
   * The changes with only the `kept` groups applied (a group whose `requires` are not all kept
   * counts as dropped). Must be a pure function of `kept`: the runner calls it many times while
   * isolating. Absent: the runner keeps the files of `changes` that only kept groups touch.
   */
  changesFor?(kept: ReadonlySet<string>): FileChange[] | Promise<FileChange[]>;
  /** files whose edits the codemod failed to compute (dropped with reason `internal-error`) */
  internalErrors?: InternalError[];
}

/**
 * The files a codemod considers and what is known about them: the project model of
 * @upkeep/analyzer, with `files` = score's module file set minus test fixture folders not named
 * as a path. Codemods edit only `files`.
 */
export type CodemodFiles = ProjectModel;

export interface CodemodContext {
  /** absolute project root (the git top level or the directory of upkeep.config.json) */
  root: string;
  /** root-relative files or directories the user named; empty: the whole project */
  paths: readonly string[];
  /** the project model: `files` is score's file set without fixture folders not named in `paths`; packages, tsconfigs, tests, entries */
  model: ProjectModel;
  /** the TypeScript project of the root, loaded on first use (tsconfig.json or an allowJs default) */
  project(): Promise<TsProject>;
  onProgress(phase: string, done: number, total: number): void;
}

/** A codemod: given a project, plans file edits or deletions and skips with reasons. */
export interface Codemod {
  /** kebab-case id, as on the command line */
  id: string;
  plan(context: CodemodContext): Promise<CodemodPlan>;
}
