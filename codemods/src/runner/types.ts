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

/** What a codemod plans, before anything is verified or written. */
export interface CodemodPlan {
  changes: FileChange[];
  skips: Skip[];
  /** codemod-specific summary lines, in the order to print them */
  summary: string[];
  /** codemod-specific structured result for `--format json` */
  details: unknown;
  /** files that could not be parsed and were left untouched */
  unparsable: string[];
}

export interface CodemodContext {
  /** absolute project root (the git top level or the directory of upkeep.config.json) */
  root: string;
  /** root-relative files or directories the user named; empty: the whole project */
  paths: readonly string[];
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
