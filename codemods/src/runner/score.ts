import { analyze, type AnalyzeOptions } from '@upkeep/analyzer';
import type { ScoreReport } from '@upkeep/core';

/** What a codemod may pass to the analyzer besides the root and paths (the user's scoring configuration). */
export type ScoreOptions = Omit<AnalyzeOptions, 'root' | 'paths' | 'ref' | 'onProgress'>;

export interface ModuleScoreChange {
  path: string;
  before: number | null;
  after: number | null;
}

export interface ScoreDelta {
  modules: ModuleScoreChange[];
  total: { before: number | null; after: number | null };
}

/** Scores the work tree (the paths in scope) with the analyzer, exactly as `upkeep score` would. */
export async function scoreWorkTree(
  root: string,
  paths: readonly string[],
  options: ScoreOptions,
): Promise<ScoreReport> {
  const { report } = await analyze({ ...options, root, paths });
  return report;
}

/** The score of each changed module and of the whole scope, before and after. */
export function scoreDelta(before: ScoreReport, after: ScoreReport, changed: readonly string[]): ScoreDelta {
  const scoreIn = (report: ScoreReport, path: string): number | null =>
    report.modules.find((module) => module.path === path)?.score ?? null;
  return {
    modules: changed.map((path) => ({ path, before: scoreIn(before, path), after: scoreIn(after, path) })),
    total: { before: before.total.score, after: after.total.score },
  };
}
