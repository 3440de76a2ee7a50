import { comparePaths, ROOT_PATH } from '../aggregate/paths.js';
import type { ScoreReport } from '../model.js';
import type { Trend } from './model.js';

/**
 * The lines drawn per part of the code base: the workspace packages when the project has any
 * besides the root one, else the top-level directories. Taken over every point, so a package
 * that appeared or went away midway still has its line (null where it did not exist).
 */
export function groupsOf(reports: readonly ScoreReport[]): Trend['groups'] {
  const packages = new Set<string>();
  const directories = new Set<string>();
  for (const report of reports) {
    for (const aggregate of report.packages) if (aggregate.path !== ROOT_PATH) packages.add(aggregate.path);
    for (const aggregate of report.directories) {
      if (aggregate.path !== ROOT_PATH && !aggregate.path.includes('/')) directories.add(aggregate.path);
    }
  }
  if (packages.size > 0) {
    // the root package holds what no workspace package does: shown only when it has modules
    const rootHasModules = reports.some((report) => report.packages.some((p) => p.path === ROOT_PATH && p.modules > 0));
    return { kind: 'package', paths: [...(rootHasModules ? [ROOT_PATH] : []), ...[...packages].sort(comparePaths)] };
  }
  return { kind: 'directory', paths: [...directories].sort(comparePaths) };
}

export function groupScores(report: ScoreReport, groups: Trend['groups']): Record<string, number | null> {
  const list = groups.kind === 'package' ? report.packages : report.directories;
  const byPath = new Map(list.map((aggregate) => [aggregate.path, aggregate.score]));
  return Object.fromEntries(groups.paths.map((path) => [path, byPath.get(path) ?? null]));
}
