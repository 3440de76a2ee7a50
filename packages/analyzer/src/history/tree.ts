import type { SkippedFile } from '@upkeep/core';
import { gitIn, splitNul } from '../sources/git.js';
import { selectPaths, type PathFilter } from '../sources/select.js';
import type { Listing, SourceEntry } from '../sources/source.js';

/**
 * The modules of one commit from `git ls-tree` (paths, blob hashes, sizes; no content read).
 * Unlike a single `--ref` run, a path the user named may be missing at an older commit: there it
 * simply holds no module yet.
 */
export async function listCommit(top: string, prefix: string, commit: string, filter: PathFilter): Promise<Listing> {
  const output = await gitIn(top).raw(['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', prefix || '.']);
  const blobs = new Map<string, { blob: string; size: number }>();
  const paths: string[] = [];
  for (const line of splitNul(output)) {
    // "<mode> <type> <object> <size>\t<path>"
    const tab = line.indexOf('\t');
    const [mode, type, object, size] = line.slice(0, tab).split(/\s+/);
    const path = prefix ? line.slice(tab + 1 + prefix.length + 1) : line.slice(tab + 1);
    paths.push(path);
    if (type !== 'blob') continue; // submodules
    blobs.set(path, mode === '120000' ? { blob: '', size: 0 } : { blob: object!, size: Number(size) });
  }
  const selected = selectPaths(paths, filter);
  const entries: SourceEntry[] = [];
  const skipped: SkippedFile[] = [...selected.skipped];
  for (const path of selected.modules) {
    const found = blobs.get(path);
    if (!found) continue;
    if (found.blob === '') skipped.push({ path, reason: 'symlink', detail: 'symlink (not followed in git objects)' });
    else entries.push({ path, ...found });
  }
  return { entries, skipped, packageRoots: selected.packageRoots };
}

/** Modules git sees as renamed between two commits (old path → new path), relative to the project root. */
export async function renamesBetween(top: string, prefix: string, from: string, to: string): Promise<Record<string, string>> {
  const output = await gitIn(top).raw(['diff', '--find-renames', '--name-status', '-z', '--no-ext-diff', from, to, '--', prefix || '.']);
  const fields = splitNul(output);
  const renames: Record<string, string> = {};
  const strip = (path: string): string => (prefix ? path.slice(prefix.length + 1) : path);
  for (let i = 0; i < fields.length; ) {
    const status = fields[i]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames[strip(fields[i + 1]!)] = strip(fields[i + 2]!);
      i += 3;
    } else i += 2;
  }
  return renames;
}
