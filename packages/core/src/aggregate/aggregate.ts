import type { Evaluation } from '../evaluation/ast.js';
import type { Aggregate, ModuleResult } from '../model.js';
import { addCounts, emptyCounts } from '../scoring/counts.js';
import { scoreOf } from '../scoring/score.js';
import { ancestorDirectories, comparePaths, isWithin, normalizeRoot, ROOT_PATH } from './paths.js';

export interface AggregateOptions {
  /** Workspace package directories relative to the project root; "" or "." is the root package. */
  packageRoots?: string[];
}

export interface Aggregates {
  total: Aggregate;
  /** "." and every directory that holds a module, at any depth, sorted as a tree. */
  directories: Aggregate[];
  /** One per distinct package root, sorted by path. */
  packages: Aggregate[];
}

/**
 * A module enters an aggregate when it is scored: it has statements, or it did not parse (its
 * syntax error then counts against the total, as in pylint, even though no statement was counted),
 * or it could not be analyzed at all (its fatal message must reach the total).
 */
export function entersAggregates(module: ModuleResult): boolean {
  return module.statements > 0 || !module.parseable || module.counts.fatal > 0;
}

/**
 * Sums counts and statements and applies the formula to the sums, as pylint rates a whole run:
 * the score of a set of modules is not the mean of their scores.
 */
export function aggregateModules(path: string, modules: readonly ModuleResult[], evaluation: Evaluation): Aggregate {
  let counts = emptyCounts();
  let statements = 0;
  let entered = 0;
  for (const module of modules) {
    if (!entersAggregates(module)) continue;
    counts = addCounts(counts, module.counts);
    statements += module.statements;
    entered += 1;
  }
  return { path, modules: entered, statements, counts, score: scoreOf(counts, statements, evaluation) };
}

function groupByDirectory(modules: readonly ModuleResult[]): Map<string, ModuleResult[]> {
  const groups = new Map<string, ModuleResult[]>([[ROOT_PATH, []]]);
  for (const module of modules) {
    for (const directory of ancestorDirectories(module.path)) {
      const group = groups.get(directory) ?? [];
      group.push(module);
      groups.set(directory, group);
    }
  }
  return groups;
}

function groupByPackage(
  modules: readonly ModuleResult[],
  packageRoots: readonly string[],
): Map<string, ModuleResult[]> {
  const roots = [...new Set(packageRoots.map(normalizeRoot))];
  const groups = new Map<string, ModuleResult[]>(roots.map((root) => [root, []]));
  for (const module of modules) {
    const owners = roots.filter((root) => isWithin(module.path, root));
    // the deepest root wins, so a workspace package nested in the root package keeps its own modules
    const owner = owners.sort((a, b) => comparePaths(b, a))[0];
    if (owner !== undefined) groups.get(owner)?.push(module);
  }
  return groups;
}

function aggregateGroups(groups: Map<string, ModuleResult[]>, evaluation: Evaluation): Aggregate[] {
  return [...groups.entries()]
    .sort(([a], [b]) => comparePaths(a, b))
    .map(([path, members]) => aggregateModules(path, members, evaluation));
}

export function aggregate(
  modules: readonly ModuleResult[],
  evaluation: Evaluation,
  options: AggregateOptions = {},
): Aggregates {
  return {
    total: aggregateModules(ROOT_PATH, modules, evaluation),
    directories: aggregateGroups(groupByDirectory(modules), evaluation),
    packages: aggregateGroups(groupByPackage(modules, options.packageRoots ?? []), evaluation),
  };
}
