import picomatch from 'picomatch';
import type { SkippedFile } from '@upkeep/core';
import { excludedDirOf, isModulePath } from './files.js';
import type { Listing } from './source.js';

export interface PathFilter {
  /** root-relative paths the user asked for ("" for everything); files or directories */
  pathspecs: readonly string[];
  /** globs from upkeep.config.json, relative to the root */
  include?: readonly string[];
  exclude?: readonly string[];
}

export interface SelectedPaths {
  modules: string[];
  skipped: SkippedFile[];
  packageRoots: string[];
}

/** The pathspec that holds the path, so default exclusions apply only below what the user named. */
function matchingSpec(path: string, pathspecs: readonly string[]): string | undefined {
  return pathspecs.find((spec) => spec === '' || path === spec || path.startsWith(`${spec}/`));
}

/**
 * Picks the modules among the paths a source lists: inside a pathspec, not in a default-excluded
 * directory (node_modules, dist, …: reported once per directory), matching include/exclude, with
 * a module extension. Also collects the workspace package roots for per-package aggregates.
 */
export function selectPaths(paths: Iterable<string>, filter: PathFilter): SelectedPaths {
  const included = filter.include?.length ? picomatch([...filter.include], { dot: true }) : undefined;
  const excluded = filter.exclude?.length ? picomatch([...filter.exclude], { dot: true }) : undefined;
  const modules: string[] = [];
  const packageRoots = new Set<string>();
  const excludedDirs = new Set<string>();
  for (const path of paths) {
    const spec = matchingSpec(path, filter.pathspecs);
    if (spec === undefined) continue;
    const below = spec === '' || spec === path ? path : path.slice(spec.length + 1);
    const dir = excludedDirOf(below);
    if (dir !== undefined) {
      const full = spec === '' || spec === path ? dir : `${spec}/${dir}`;
      excludedDirs.add(full);
      continue;
    }
    if (excluded?.(path)) continue;
    if (path === 'package.json' || path.endsWith('/package.json')) {
      packageRoots.add(path.slice(0, -'package.json'.length).replace(/\/$/, ''));
      continue;
    }
    if (!isModulePath(path) || (included && !included(path))) continue;
    modules.push(path);
  }
  const skipped: SkippedFile[] = [...excludedDirs].sort().map((dir) => ({
    path: `${dir}/`,
    reason: 'ignored',
    detail: `directory excluded by default (${dir.split('/').pop()}); name it as a path to score it`,
  }));
  return { modules: modules.sort(), skipped, packageRoots: [...packageRoots].sort() };
}

/**
 * The scope of a run limited to paths: the modules a whole-project run lists, and those the user
 * named outside it (in an excluded directory). Their environments are decided together: the
 * scripts of a package share one global scope, so a module's environment must not depend on
 * which paths were asked for. Undefined when no path limits the run (the listing is the scope).
 */
export function scopeFilter(filter: PathFilter): PathFilter | undefined {
  if (!filter.pathspecs.some((spec) => spec !== '')) return undefined;
  // the named paths first: a file named inside an excluded directory stays in (see matchingSpec)
  return { ...filter, pathspecs: [...filter.pathspecs, ''] };
}

/** The part of a scope's listing that `selected` picked: its modules, their skips, its excluded directories and package roots. */
export function narrowListing(scope: Listing, selected: SelectedPaths): Listing {
  const modules = new Set(selected.modules);
  return {
    entries: scope.entries.filter((entry) => modules.has(entry.path)),
    skipped: [...selected.skipped, ...scope.skipped.filter((file) => modules.has(file.path))],
    packageRoots: selected.packageRoots,
  };
}
