import type { ProjectModel } from '@upkeep/analyzer';

/** The kinds of dead code, in report order; also the values of `--only`. */
export const DEAD_CODE_KINDS = ['imports', 'locals', 'unreachable', 'members', 'exports', 'files', 'params'] as const;
export type DeadCodeKind = (typeof DEAD_CODE_KINDS)[number];

/** Why a name or file that looks dead is kept (ids; `detail` says where). */
export type KeepReason =
  | 'dynamic-import'
  | 'dynamic-load'
  | 'named-in-code'
  | 'reflection'
  | 'entries-unclear'
  | 'fixture'
  | 'non-code-mention'
  | 'decorated'
  | 'declaration-merging'
  | 'marked-keep'
  | 'side-effects'
  | 'unparsable-user'
  | 'written-elsewhere'
  | 'call-sites-unknown'
  | 'entry-point'
  | 'isolated';

export interface DeadCodeFinding {
  /** stable across runs on the same tree: `kind:path:line:column:name` in the original file */
  id: string;
  /** the removal round that found it (1: in the original text) */
  round: number;
  kind: DeadCodeKind;
  /** the name (or the file path for files; `unreachable code` for statements) */
  name: string;
  /** root-relative, forward slashes */
  path: string;
  /** 1-based */
  line: number;
  column: number;
  /** what removal does: `remove`, `unexport` (drops the export keyword), `keep-initializer`, `report` */
  action: 'remove' | 'unexport' | 'keep-initializer' | 'delete-file' | 'report';
}

export interface KeptFinding {
  kind: DeadCodeKind;
  name: string;
  path: string;
  line: number;
  reason: KeepReason;
  detail: string;
}

export interface DeadCodeOptions {
  /** absolute project root */
  root: string;
  /** root-relative files or directories whose dead code is removed; empty: all (analysis is always project-wide) */
  paths?: readonly string[];
  /** kinds to find (default: all) */
  only?: readonly DeadCodeKind[];
  /** remove unused parameters where every call site is known */
  removeParams?: boolean;
  /** extra entry files or globs, root-relative (added to upkeep.config.json `entries`) */
  entries?: readonly string[];
  /** stop after this many removal rounds (default 10) */
  maxRounds?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
  /** the project model (built when absent) */
  model?: ProjectModel;
  /** root-relative files that may be edited (the runner's file set: fixtures left out); default: the model's files without fixtures */
  editableFiles?: readonly string[];
  /** only these finding ids are removed (the others stay, as kept with reason `isolated`); default: all */
  allow?: ReadonlySet<string>;
}

export interface EntrySummary {
  /** root-relative entry files */
  files: string[];
  /** what was assumed where a package.json names no entry point (one line per package) */
  assumed: string[];
}

export interface DeadCodeResult {
  /** everything removed (or, for params without --remove-params, reported), over all rounds */
  findings: DeadCodeFinding[];
  kept: KeptFinding[];
  /** new contents of changed files (root-relative → text, null: delete) */
  changes: Map<string, { before: string; after: string | null }>;
  /** files that do not parse: never edited, and whatever they use is kept */
  unparsable: string[];
  entries: EntrySummary;
  rounds: number;
  /** counts per kind of findings */
  counts: Record<DeadCodeKind, number>;
  /** for each finding id, the ids of earlier-round findings it depends on (their removal made it dead) */
  requires: Map<string, string[]>;
  /** files whose edits failed to compute or to parse: their edits of that round were dropped */
  internalErrors: Array<{ path: string; message: string }>;
}
