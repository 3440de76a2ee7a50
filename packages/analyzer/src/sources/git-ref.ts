import { relative, sep } from 'node:path';
import type { ReportSource, SkippedFile } from '@upkeep/core';
import { BlobReader } from './blob-reader.js';
import { gitIn, splitNul } from './git.js';
import { selectPaths, type PathFilter } from './select.js';
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
   */
  constructor(
    private readonly repoTop: string,
    readonly root: string,
    ref: string,
    private readonly commit: string,
    private readonly filter: PathFilter,
  ) {
    this.description = { kind: 'git', ref, commit };
  }

  async list(): Promise<Listing> {
    const prefix = relative(this.repoTop, this.root).split(sep).join('/');
    const output = await gitIn(this.repoTop).raw([
      'ls-tree',
      '-r',
      '-l',
      '-z',
      '--full-tree',
      this.commit,
      '--',
      prefix || '.',
    ]);
    const blobs = new Map<string, { blob: string; size: number }>();
    const skipped: SkippedFile[] = [];
    const paths: string[] = [];
    for (const line of splitNul(output)) {
      // "<mode> <type> <object> <size>\t<path>"
      const tab = line.indexOf('\t');
      const [mode, type, object, size] = line.slice(0, tab).split(/\s+/);
      const path = prefix ? line.slice(tab + 1 + prefix.length + 1) : line.slice(tab + 1);
      paths.push(path);
      if (type !== 'blob') continue; // submodules
      if (mode === '120000') {
        blobs.set(path, { blob: '', size: 0 });
        continue;
      }
      blobs.set(path, { blob: object!, size: Number(size) });
    }
    for (const spec of this.filter.pathspecs) {
      if (spec !== '' && !paths.some((path) => path === spec || path.startsWith(`${spec}/`))) {
        throw new InputError(
          `path ${spec} does not exist in ${this.description.kind === 'git' ? this.description.ref : 'the commit'}`,
        );
      }
    }
    const selected = selectPaths(paths, this.filter);
    const entries: SourceEntry[] = [];
    for (const path of selected.modules) {
      const found = blobs.get(path);
      if (!found) continue;
      if (found.blob === '') skipped.push({ path, reason: 'symlink', detail: 'symlink (not followed in git objects)' });
      else entries.push({ path, ...found });
    }
    return { entries, skipped: [...selected.skipped, ...skipped], packageRoots: selected.packageRoots };
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
