import { gitIn, splitNul } from '../sources/git.js';
import { readTree, treeListing } from '../sources/git-tree.js';
import type { PathFilter } from '../sources/select.js';
import type { Listing } from '../sources/source.js';

/**
 * The modules of one commit from `git ls-tree` (paths, blob hashes, sizes; no content read).
 * Unlike a single `--ref` run, a path the user named may be missing at an older commit: there it
 * simply holds no module yet.
 */
export async function listCommit(top: string, prefix: string, commit: string, filter: PathFilter): Promise<Listing> {
  return treeListing(await readTree(top, prefix, commit), filter);
}

/** Modules git sees as renamed between two commits (old path → new path), relative to the project root. */
export async function renamesBetween(
  top: string,
  prefix: string,
  from: string,
  to: string,
): Promise<Record<string, string>> {
  const output = await gitIn(top).raw([
    'diff',
    '--find-renames',
    '--name-status',
    '-z',
    '--no-ext-diff',
    from,
    to,
    '--',
    prefix || '.',
  ]);
  const fields = splitNul(output);
  const renames: Record<string, string> = {};
  const strip = (path: string): string => (prefix ? path.slice(prefix.length + 1) : path);
  for (let i = 0; i < fields.length;) {
    const status = fields[i]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames[strip(fields[i + 1]!)] = strip(fields[i + 2]!);
      i += 3;
    } else i += 2;
  }
  return renames;
}
