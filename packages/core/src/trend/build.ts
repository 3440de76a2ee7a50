import { comparePaths } from '../aggregate/paths.js';
import { entersAggregates } from '../aggregate/aggregate.js';
import type { ModuleResult, ScoreReport } from '../model.js';
import { groupsOf, groupScores } from './groups.js';
import { trendNotes } from './notes.js';
import {
  TREND_VERSION,
  type TrendModuleChange,
  type Trend,
  type TrendCommit,
  type TrendMover,
  type TrendPoint,
  type TrendSampling,
  type WorstModule,
} from './model.js';

export interface TrendPointInput {
  commit: TrendCommit;
  /** first-parent commits this point stands for (those since the previous point, itself included) */
  commits: number;
  report: ScoreReport;
}

export interface TrendInput {
  toolVersion: string;
  branch: string;
  head: string;
  sampling: TrendSampling;
  /** oldest first; at least one */
  points: readonly TrendPointInput[];
  /** path at the first point → path at the last point, for modules git sees as renamed between them */
  renames?: Readonly<Record<string, string>>;
  /** how many movers, improved and regressed modules to keep (10) and worst modules (20) */
  limits?: { movers?: number; modules?: number; worst?: number };
}

/** Puts the trend together from one score report per sampled commit. */
export function buildTrend(input: TrendInput): Trend {
  const first = input.points[0];
  const last = input.points[input.points.length - 1];
  if (!first || !last) throw new RangeError('buildTrend: a trend needs at least one point');
  const groups = groupsOf(input.points.map((point) => point.report));
  const points: TrendPoint[] = [];
  let previous: ScoreReport | undefined;
  for (const { commit, commits, report } of input.points) {
    points.push({
      // named one by one: a caller's commit may carry more (a Date for sampling) than the format holds
      commit: commit.commit,
      date: commit.date,
      author: commit.author,
      subject: commit.subject,
      merge: commit.merge,
      commits,
      score: report.total.score,
      statements: report.total.statements,
      modules: report.total.modules,
      counts: { ...report.total.counts },
      groups: groupScores(report, groups),
      unparseable: report.modules.filter((module) => !module.parseable).map((module) => module.path),
      changes: changesBetween(previous, report),
    });
    previous = report;
  }
  const limits = { movers: 10, modules: 10, worst: 20, ...input.limits };
  const moduleChanges = compareModules(first.report, last.report, input.renames ?? {});
  const trend: Trend = {
    schemaVersion: TREND_VERSION,
    tool: { name: 'upkeep', version: input.toolVersion },
    branch: input.branch,
    head: input.head,
    config: { ...last.report.config },
    sampling: { ...input.sampling },
    groups,
    points,
    movers: moversOf(points).slice(0, limits.movers),
    modules: {
      improved: moduleChanges.changed
        .filter((change) => change.delta > 0)
        .sort(byDelta(-1))
        .slice(0, limits.modules),
      regressed: moduleChanges.changed
        .filter((change) => change.delta < 0)
        .sort(byDelta(1))
        .slice(0, limits.modules),
      added: moduleChanges.added,
      removed: moduleChanges.removed,
    },
    worst: worstModules(last.report.modules, limits.worst),
    notes: [],
  };
  trend.notes = trendNotes(trend);
  return trend;
}

function changesBetween(before: ScoreReport | undefined, after: ScoreReport): TrendPoint['changes'] {
  if (!before) return { added: after.modules.length, removed: 0, modified: 0 };
  const old = new Map(before.modules.map((module) => [module.path, module.blob]));
  let added = 0;
  let modified = 0;
  for (const module of after.modules) {
    const blob = old.get(module.path);
    if (blob === undefined) added++;
    else if (blob !== module.blob) modified++;
    old.delete(module.path);
  }
  return { added, removed: old.size, modified };
}

/** Each point's move from the one before; only real moves, largest first, the older first on a tie. */
function moversOf(points: readonly TrendPoint[]): TrendMover[] {
  const movers: TrendMover[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!.score;
    const point = points[i]!;
    if (before === null || point.score === null) continue;
    const delta = point.score - before;
    // differences below a ten-thousandth are float noise of the same score computed twice
    if (Math.abs(delta) < 1e-9) continue;
    const { commit, date, author, subject, merge, commits } = point;
    movers.push({ commit, date, author, subject, merge, commits, before, after: point.score, delta });
  }
  return movers.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.date.localeCompare(b.date));
}

function compareModules(
  first: ScoreReport,
  last: ScoreReport,
  renames: Readonly<Record<string, string>>,
): { changed: TrendModuleChange[]; added: number; removed: number } {
  const renamedTo = new Map(Object.entries(renames));
  const before = new Map<string, { module: ModuleResult; previousPath?: string }>();
  for (const module of first.modules) {
    const now = renamedTo.get(module.path);
    before.set(now ?? module.path, now === undefined ? { module } : { module, previousPath: module.path });
  }
  const changed: TrendModuleChange[] = [];
  let added = 0;
  for (const module of last.modules) {
    const old = before.get(module.path);
    before.delete(module.path);
    if (!old) {
      added++;
      continue;
    }
    if (old.module.score === null || module.score === null) continue;
    const change: TrendModuleChange = {
      path: module.path,
      before: old.module.score,
      after: module.score,
      delta: module.score - old.module.score,
    };
    if (old.previousPath !== undefined) change.previousPath = old.previousPath;
    if (Math.abs(change.delta) >= 1e-9) changed.push(change);
  }
  return { changed, added, removed: before.size };
}

function byDelta(direction: 1 | -1): (a: TrendModuleChange, b: TrendModuleChange) => number {
  return (a, b) => direction * (a.delta - b.delta) || comparePaths(a.path, b.path);
}

/** Lowest score first; among equals, the one with more statements (more to fix), then by path. */
function worstModules(modules: readonly ModuleResult[], limit: number): WorstModule[] {
  return modules
    .filter((module): module is ModuleResult & { score: number } => module.score !== null && entersAggregates(module))
    .sort((a, b) => a.score - b.score || b.statements - a.statements || comparePaths(a.path, b.path))
    .slice(0, limit)
    .map((module) => ({
      path: module.path,
      score: module.score,
      statements: module.statements,
      counts: { ...module.counts },
      parseable: module.parseable,
    }));
}
