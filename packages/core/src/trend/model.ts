import type { CategoryCounts, ScoreReport } from '../model.js';

/**
 * The score history of a code base: one point per sampled commit of the first-parent history,
 * with what moved between the first and the last point. Plain data, versioned like ScoreReport.
 */
export const TREND_VERSION = 1;

/** How the commits of the range were picked: `every` period or commit count, capped at `maxPoints`. */
export interface TrendSampling {
  /** "commit", "day", "week", "month" or "<N>commits" */
  every: string;
  maxPoints: number;
  /** ISO dates the range was limited to, as given */
  since?: string;
  until?: string;
  /** first-parent commits of the branch within the range */
  commitsInRange: number;
  /** commits picked by `every`, before the cap */
  candidates: number;
  /** true when `maxPoints` thinned the candidates out */
  capped: boolean;
}

/** A commit as the report names it. */
export interface TrendCommit {
  commit: string;
  /** ISO committer date: when the commit landed on the branch */
  date: string;
  author: string;
  subject: string;
  /** a merge commit: the branch it merged is counted here, at once (first parent only) */
  merge: boolean;
}

export interface TrendPoint extends TrendCommit {
  /** first-parent commits this point stands for: those since the previous point, itself included */
  commits: number;
  score: number | null;
  statements: number;
  /** modules that entered the total */
  modules: number;
  counts: CategoryCounts;
  /** score of each group of `Trend.groups.paths` at this commit; null when it has no scored module */
  groups: Record<string, number | null>;
  /** modules that do not parse at this commit (they score 0 and weigh on the total) */
  unparseable: string[];
  /** modules added, removed and changed since the previous point (all modules are "added" at the first) */
  changes: { added: number; removed: number; modified: number };
}

/** A sampled commit that moved the total score, with the scores around it. */
export interface TrendMover extends TrendCommit {
  commits: number;
  before: number;
  after: number;
  delta: number;
}

export interface TrendModuleChange {
  path: string;
  /** the module's path at the first point when git saw it renamed since */
  previousPath?: string;
  before: number;
  after: number;
  delta: number;
}

export interface WorstModule {
  path: string;
  score: number;
  statements: number;
  counts: CategoryCounts;
  parseable: boolean;
}

export type TrendNoteKind =
  'sampling' | 'capped' | 'first-parent' | 'single-point' | 'unparseable' | 'no-module-change';

/** Something a reader needs to read the figures right (why a point is missing, what a drop means). */
export interface TrendNote {
  kind: TrendNoteKind;
  /** plain text; our own wording may hold `code` spans, shown as they are */
  message: string;
  /** the same in markdown: our `code` spans kept as markup, the user's text (branch, dates, paths) escaped */
  markdown: string;
}

export interface Trend {
  schemaVersion: typeof TREND_VERSION;
  tool: { name: 'upkeep'; version: string };
  /** the branch or ref walked, as given, and the commit it pointed at */
  branch: string;
  head: string;
  config: ScoreReport['config'];
  sampling: TrendSampling;
  /** what the per-group lines are: workspace packages, else top-level directories */
  groups: { kind: 'package' | 'directory'; paths: string[] };
  /** oldest first */
  points: TrendPoint[];
  /** the points that moved the total most, largest move first */
  movers: TrendMover[];
  /** modules compared between the first and the last point */
  modules: {
    improved: TrendModuleChange[];
    regressed: TrendModuleChange[];
    added: number;
    removed: number;
  };
  /** the lowest-scored modules at the last point */
  worst: WorstModule[];
  notes: TrendNote[];
}
