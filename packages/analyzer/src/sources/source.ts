import type { ReportSource, SkippedFile } from '@upkeep/core';

/** A module candidate as a source lists it: its content is read only when the cache misses. */
export interface SourceEntry {
  /** root-relative, forward slashes */
  path: string;
  blob: string;
  size: number;
  /** set when the file exists but could not be read: the module gets a fatal (F) message */
  unreadable?: string;
}

export interface Listing {
  entries: SourceEntry[];
  /** files seen but not analyzed, each once, with the reason */
  skipped: SkippedFile[];
  /** root-relative directories holding a package.json ("" for the root itself) */
  packageRoots: string[];
}

export type ReadResult = { entry: SourceEntry; content: Buffer } | { entry: SourceEntry; error: string };

/** Where the modules come from: the work tree, or a commit read straight from git objects. */
export interface Source {
  readonly description: ReportSource;
  /** absolute directory that module paths are relative to */
  readonly root: string;
  list(): Promise<Listing>;
  /** contents of the given entries, in any order; an entry that cannot be read comes with the reason */
  read(entries: readonly SourceEntry[]): AsyncIterable<ReadResult>;
  close(): Promise<void>;
}

/** A problem with the user's input (path, ref, repository): the CLI prints it and exits 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
