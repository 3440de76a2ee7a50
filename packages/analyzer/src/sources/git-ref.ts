import { relative, sep } from 'node:path';
import type { ReportSource } from '@upkeep/core';
import { BlobReader } from './blob-reader.js';
import { readTree, treeListing, type CommitTree } from './git-tree.js';
import type { PathFilter } from './select.js';
import { InputError, type Listing, type ReadResult, type Source, type SourceEntry } from './source.js';

/**
 * The modules of one commit, read straight from git objects: `git ls-tree` gives every path with
 * its blob hash (the cache key) and size, and only cache misses are read, through cat-file --batch.
 * The work tree and the index are never touched.
 */
export class GitRefSource implements Source {
  readonly description: ReportSource;
  private reader: BlobReader | undefined;

  /**
   * @param repoTop the git top level
   * @param root the project root: repoTop or a directory below it; paths are relative to it
   * @param known the commit's tree below the root when already listed (by the project model), and a
   *   reader of the repository to adopt (closed with the source): no second `ls-tree` or `cat-file` process
   */
  constructor(
    private readonly repoTop: string,
    readonly root: string,
    ref: string,
    private readonly commit: string,
    private readonly filter: PathFilter,
    private readonly known: { tree?: CommitTree; reader?: BlobReader } = {},
  ) {
    this.description = { kind: 'git', ref, commit };
    this.reader = known.reader;
  }

  async list(): Promise<Listing> {
    const prefix = relative(this.repoTop, this.root).split(sep).join('/');
    const tree = this.known.tree ?? (await readTree(this.repoTop, prefix, this.commit));
    for (const spec of this.filter.pathspecs) {
      if (spec !== '' && !tree.paths.some((path) => path === spec || path.startsWith(`${spec}/`))) {
        throw new InputError(
          `path ${spec} does not exist in ${this.description.kind === 'git' ? this.description.ref : 'the commit'}`,
        );
      }
    }
    return treeListing(tree, this.filter);
  }

  async *read(entries: readonly SourceEntry[]): AsyncIterable<ReadResult> {
    this.reader ??= new BlobReader(this.repoTop);
    const reader = this.reader;
    // Ask for everything at once; git streams the answers back in order.
    const pending = entries.map((entry) =>
      reader.read(entry.blob).then(
        (content): ReadResult => ({ entry, content }),
        (error: Error): ReadResult => ({ entry, error: error.message }),
      ),
    );
    for (const next of pending) yield await next;
  }

  async close(): Promise<void> {
    await this.reader?.close();
  }
}
