import { aggregate } from '../aggregate/aggregate.js';
import { comparePaths } from '../aggregate/paths.js';
import type { Evaluation } from '../evaluation/ast.js';
import {
  SCORE_REPORT_VERSION,
  type EnvironmentReport,
  type ModuleResult,
  type PreviousRun,
  type ReportSource,
  type ScoreReport,
  type SkippedFile,
} from '../model.js';

export interface ScoreReportInput {
  /** The version of upkeep that made the report. */
  toolVersion: string;
  source: ReportSource;
  /** The report's `config` without `evaluation`, which is taken from `evaluation.source` so the two cannot disagree. */
  config: Omit<ScoreReport['config'], 'evaluation'>;
  /** Module results as the analyzer made them (scores included); any order. */
  modules: readonly ModuleResult[];
  skipped: readonly SkippedFile[];
  packageRoots?: string[];
  evaluation: Evaluation;
  previousRun?: PreviousRun;
  environment?: EnvironmentReport;
}

/** Puts a run together: modules and skipped files in path order, with the total, directory and package aggregates. */
export function buildScoreReport(input: ScoreReportInput): ScoreReport {
  const modules = [...input.modules].sort((a, b) => comparePaths(a.path, b.path));
  const { total, directories, packages } = aggregate(modules, input.evaluation, { packageRoots: input.packageRoots });
  const report: ScoreReport = {
    schemaVersion: SCORE_REPORT_VERSION,
    tool: { name: 'upkeep', version: input.toolVersion },
    source: input.source,
    config: {
      eslintConfig: input.config.eslintConfig,
      evaluation: input.evaluation.source,
      hash: input.config.hash,
      ...(input.config.engine === undefined ? {} : { engine: input.config.engine }),
    },
    modules,
    directories,
    packages,
    total,
    skipped: [...input.skipped].sort((a, b) => comparePaths(a.path, b.path)),
  };
  if (input.previousRun !== undefined) report.previousRun = input.previousRun;
  if (input.environment !== undefined) report.environment = input.environment;
  return report;
}
