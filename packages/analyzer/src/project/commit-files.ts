/**
 * A commit's files as the project model reads them: every path of its tree, the selected modules
 * with their blobs, and any file's text from git objects. The model (packages, test runners,
 * test files) and the environments of a commit are then those of that commit, not of the work tree.
 */
import type { BlobReader } from '../sources/blob-reader.js';
import { readTree, treeListing } from '../sources/git-tree.js';
import type { PathFilter } from '../sources/select.js';
import type { ProjectFiles } from './model.js';

/**
 * @param top the repository's top level
 * @param prefix the project root relative to `top` ('' when they are the same)
 * @param reader a `git cat-file --batch` reader of that repository, closed by the caller
 */
export async function commitProjectFiles(
  top: string,
  prefix: string,
  commit: string,
  filter: PathFilter,
  reader: BlobReader,
): Promise<ProjectFiles> {
  const tree = await readTree(top, prefix, commit);
  const listing = treeListing(tree, filter);
  const contents = new Map<string, Buffer>();
  await Promise.all(
    listing.entries.map(async (entry) => {
      const content = await reader.read(entry.blob).catch(() => undefined);
      if (content !== undefined) contents.set(entry.path, content);
    }),
  );
  const read = async (file: string): Promise<string | undefined> => {
    const found = tree.blobs.get(file);
    if (!found || found.blob === '') return undefined;
    const known = contents.get(file);
    if (known) return known.toString('utf8');
    return (await reader.read(found.blob).catch(() => undefined))?.toString('utf8');
  };
  return { allFiles: [...tree.paths].sort(), listing, contents, read };
}
