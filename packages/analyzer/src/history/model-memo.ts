/**
 * The project model of consecutive commits whose model inputs did not change: most commits of a
 * history edit modules only, and the model (packages, tsconfigs, test runners, entries) depends on
 * the paths of the tree, which listed modules are text, and the files it reads as text — not on
 * the modules' contents. The last model is reused when all three are the same; the listing (with
 * the commit's blobs) and the reader are always the commit's own.
 */
import type { CommitFiles } from '../project/commit-files.js';
import type { ProjectFiles } from '../project/model.js';
import type { ProjectModel } from '../project/types.js';
import type { CommitTree } from '../sources/git-tree.js';

interface Remembered {
  paths: string;
  modules: string;
  /** every file the model read, with the blob it had ('' when absent) */
  reads: Map<string, string>;
  model: ProjectModel;
}

export class CommitModelMemo {
  private last: Remembered | undefined;
  /** models built, and reused, so far */
  readonly counters = { built: 0, reused: 0 };

  /** The model of a commit's files: the last one when its inputs are the same, else `build`'s. */
  async modelOf(
    files: CommitFiles,
    tree: CommitTree,
    build: (files: ProjectFiles) => Promise<ProjectModel>,
  ): Promise<ProjectModel> {
    const paths = tree.paths.join('\0');
    const modules = files.listing.entries.map((entry) => (files.isModule?.(entry.path) ? '1' : '0')).join('');
    const blobOf = (file: string): string => tree.blobs.get(file)?.blob ?? '';
    const last = this.last;
    if (
      last !== undefined &&
      last.paths === paths &&
      last.modules === modules &&
      [...last.reads].every(([file, blob]) => blobOf(file) === blob)
    ) {
      this.counters.reused++;
      return { ...last.model, listing: files.listing, read: files.read, contentOf: () => undefined };
    }
    const reads = new Map<string, string>();
    const model = await build({
      ...files,
      read: (file) => {
        reads.set(file, blobOf(file));
        return files.read(file);
      },
    });
    this.counters.built++;
    this.last = { paths, modules, reads, model: { ...model, read: files.read } };
    return { ...model, read: files.read };
  }
}
