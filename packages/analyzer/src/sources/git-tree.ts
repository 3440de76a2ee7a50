import type { SkippedFile } from '@upkeep/core';
import { gitIn, splitNul } from './git.js';
import { selectPaths, type PathFilter } from './select.js';
import type { Listing, SourceEntry } from './source.js';

/** One path of a commit's tree: its blob hash and size; `blob` is '' for a symlink. */
export interface TreeBlob {
  blob: string;
  size: number;
}

/**
 * Parses `git ls-tree -r -l -z` output ("<mode> <type> <object> <size>\t<path>", NUL-separated):
 * every path (relative to `prefix`, the project root below the top level), and the blobs among
 * them. Submodules (type commit) are listed as paths but have no blob; symlinks have blob ''.
 */
function parseLsTree(output: string, prefix: string): { paths: string[]; blobs: Map<string, TreeBlob> } {
  const blobs = new Map<string, TreeBlob>();
  const paths: string[] = [];
  for (const line of splitNul(output)) {
    const tab = line.indexOf('\t');
    const [mode, type, object, size] = line.slice(0, tab).split(/\s+/);
    const path = prefix ? line.slice(tab + 1 + prefix.length + 1) : line.slice(tab + 1);
    paths.push(path);
    if (type !== 'blob') continue;
    blobs.set(path, mode === '120000' ? { blob: '', size: 0 } : { blob: object!, size: Number(size) });
  }
  return { paths, blobs };
}

/** A commit's tree below a prefix: every path (files, symlinks, submodules) in git's order, and the blobs among them. */
export interface CommitTree {
  paths: string[];
  blobs: Map<string, TreeBlob>;
}

/** Every path of a commit below the prefix, with blob hashes and sizes (no content is read). */
export async function readTree(top: string, prefix: string, commit: string): Promise<CommitTree> {
  const output = await gitIn(top).raw(['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', prefix || '.']);
  return parseLsTree(output, prefix);
}

/** The modules of a commit's tree as a source listing: selected like the work tree's, symlinks skipped (not followed in git objects). */
export function treeListing(tree: { paths: string[]; blobs: Map<string, TreeBlob> }, filter: PathFilter): Listing {
  const selected = selectPaths(tree.paths, filter);
  const entries: SourceEntry[] = [];
  const skipped: SkippedFile[] = [...selected.skipped];
  for (const path of selected.modules) {
    const found = tree.blobs.get(path);
    if (!found) continue;
    if (found.blob === '') skipped.push({ path, reason: 'symlink', detail: 'symlink (not followed in git objects)' });
    else entries.push({ path, ...found });
  }
  return { entries, skipped, packageRoots: selected.packageRoots };
}
