/**
 * The Delta: what a change (a pull request, a branch, the work tree) does to the scores, module by
 * module, with the messages it introduces and fixes. Plain JSON data, versioned like ScoreReport.
 */
import type { Aggregate, CategoryCounts, Message, ScoreReport } from '../model.js';
import type { GateVerdict } from '../gate/model.js';

export const DELTA_VERSION = 1;

/** How a module changed between base and head, as git's rename detection sees it. */
export type ModuleChange = 'added' | 'deleted' | 'modified' | 'renamed';

/** The scored facts of one side of a module, without its messages. */
export interface ModuleSnapshot {
  statements: number;
  counts: CategoryCounts;
  score: number | null;
  parseable: boolean;
}

/** A message of the head that has no counterpart in the base. */
export interface IntroducedMessage extends Message {
  /** true when the message sits on a line that the change added or modified */
  onChangedLine: boolean;
}

export interface ModuleDelta {
  /** the head path; the base path for a deleted module */
  path: string;
  /** the base path of a renamed module */
  previousPath?: string;
  change: ModuleChange;
  /** null for an added module */
  before: ModuleSnapshot | null;
  /** null for a deleted module */
  after: ModuleSnapshot | null;
  /** after − before, unrounded; null when either side has no score */
  delta: number | null;
  introduced: IntroducedMessage[];
  fixed: Message[];
}

export interface TotalDelta {
  before: Aggregate;
  after: Aggregate;
  delta: number | null;
}

export type DeltaHead = { kind: 'git'; ref: string; commit: string } | { kind: 'worktree' };

export interface Delta {
  schemaVersion: typeof DELTA_VERSION;
  tool: { name: 'upkeep'; version: string };
  base: { ref: string; commit: string };
  head: DeltaHead;
  config: ScoreReport['config'];
  /** the whole project before and after: every module, not only the changed ones */
  total: TotalDelta;
  /** changed modules, in path order */
  modules: ModuleDelta[];
  /** the verdict of the gate conditions, when any were set */
  gate?: GateVerdict;
}

/**
 * One hunk of a unified diff with no context (`git diff -U0`): `oldLines` lines from `oldStart`
 * were replaced by `newLines` lines from `newStart`. With a count of 0, the start is the line
 * after which the other side's lines were inserted or removed.
 */
export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
}
