import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ReportSource, SkippedFile } from '@upkeep/core';
import { DEFAULT_EXCLUDED_DIRS, blobHash } from './files.js';
import { gitIn, gitTopLevel, splitNul } from './git.js';
import type { SelectedPaths } from './select.js';
import type { Listing, ReadResult, Source, SourceEntry } from './source.js';

/**
 * The files on disk under the root, as the project model listed them (see
 * {@link listWorktreePaths}); contents were read once, for the blob hash, and are kept for the linter.
 */
export class WorktreeSource implements Source {
  readonly description: ReportSource = { kind: 'worktree' };
  private readonly contents = new Map<string, Buffer>();

  private constructor(
    readonly root: string,
    private readonly listing: Listing,
  ) {}

  /** A source over the listing the project model made, reading the contents it kept. */
  static fromListing(root: string, listing: Listing, contentOf: (path: string) => Buffer | undefined): WorktreeSource {
    const source = new WorktreeSource(root, listing);
    for (const entry of listing.entries) {
      const content = contentOf(entry.path);
      if (content) source.contents.set(entry.path, content);
    }
    return source;
  }

  async list(): Promise<Listing> {
    return this.listing;
  }

  async *read(entries: readonly SourceEntry[]): AsyncIterable<ReadResult> {
    for (const entry of entries) {
      const content = this.contents.get(entry.path);
      yield content ? { entry, content } : { entry, error: 'not listed by this source' };
    }
  }

  async close(): Promise<void> {
    this.contents.clear();
  }
}

/**
 * The files on disk under the pathspecs ('' for the whole root): from git (tracked and untracked,
 * minus what .gitignore excludes) in a work tree, else from a walk honouring .gitignore files.
 * `files` are real files; `candidates` also holds one `<dir>/_` marker per default-excluded
 * directory a walk did not enter, so that it can be reported once.
 */
export async function listWorktreePaths(
  root: string,
  pathspecs: readonly string[],
): Promise<{ files: string[]; candidates: string[] }> {
  if (await gitTopLevel(root)) {
    const files = await gitListing(root, pathspecs);
    return { files, candidates: files };
  }
  const markers = new Set<string>();
  const files = await walk(root, pathspecs, markers);
  return { files, candidates: [...files, ...markers] };
}

/** Reads the selected modules once (for the blob hash; the contents are kept for the linter). */
export async function readModules(
  root: string,
  selected: SelectedPaths,
): Promise<{ listing: Listing; contents: Map<string, Buffer> }> {
  const contents = new Map<string, Buffer>();
  const skipped: SkippedFile[] = [...selected.skipped];
  const entries: SourceEntry[] = [];
  await Promise.all(
    selected.modules.map(async (path) => {
      const outcome = await readRegularFile(join(root, path)).catch((error: NodeJS.ErrnoException): ReadOutcome => ({
        kind: 'unreadable',
        detail: error.code ?? error.message,
      }));
      if (outcome.kind === 'missing') return; // deleted from disk but still in git's index
      if (outcome.kind === 'skip') {
        skipped.push({ path, reason: outcome.reason, detail: outcome.detail });
        return;
      }
      if (outcome.kind === 'unreadable') {
        entries.push({ path, blob: '', size: 0, unreadable: outcome.detail });
        return;
      }
      contents.set(path, outcome.content);
      entries.push({ path, blob: blobHash(outcome.content), size: outcome.content.length });
    }),
  );
  entries.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { listing: { entries, skipped, packageRoots: selected.packageRoots }, contents };
}

async function gitListing(root: string, pathspecs: readonly string[]): Promise<string[]> {
  const specs = pathspecs.filter((spec) => spec !== '');
  const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'];
  const git = gitIn(root);
  const files = splitNul(await git.raw([...args, '--', ...(specs.length ? specs.map(literalPathspec) : ['.'])]));
  // a path the user named that git ignores (node_modules/pkg, a built dist/): its files, as asked;
  // a named folder that also holds files git lists keeps its ignored ones out, as a whole run does
  const ignoredSpecs = specs.filter((spec) => !files.some((file) => file === spec || file.startsWith(`${spec}/`)));
  if (ignoredSpecs.length === 0) return files;
  const ignoredArgs = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--'];
  const ignored = splitNul(await git.raw([...ignoredArgs, ...ignoredSpecs.map(literalPathspec)]));
  return [...files, ...ignored];
}

function literalPathspec(spec: string): string {
  return `:(literal)${spec}`;
}

type ReadOutcome =
  | { kind: 'file'; content: Buffer }
  | { kind: 'missing' }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'skip'; reason: 'symlink' | 'not-a-file'; detail: string };

/** Reads a regular file, or a symlink to one; never blocks on a FIFO nor follows a link loop. */
async function readRegularFile(file: string): Promise<ReadOutcome> {
  let info;
  try {
    info = await lstat(file);
  } catch {
    return { kind: 'missing' };
  }
  if (info.isSymbolicLink()) {
    try {
      info = await stat(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { kind: 'skip', reason: 'symlink', detail: code === 'ELOOP' ? 'symlink loop' : 'broken symlink' };
    }
    if (!info.isFile()) return { kind: 'skip', reason: 'symlink', detail: 'symlink to a directory' };
  }
  if (!info.isFile()) return { kind: 'skip', reason: 'not-a-file', detail: 'not a regular file' };
  // A read error here (permissions, I/O) is turned into a fatal message for the module by the caller.
  return { kind: 'file', content: await readFile(file) };
}

/** Lists files under the pathspecs outside git, honouring nested .gitignore files like git does. */
async function walk(root: string, pathspecs: readonly string[], markers: Set<string>): Promise<string[]> {
  const out: string[] = [];
  const rootRules = await gitignoreOf(root);
  for (const spec of pathspecs.length ? pathspecs : ['']) {
    const start = join(root, spec);
    const info = await stat(start).catch(() => undefined);
    if (info?.isFile()) out.push(spec);
    else if (info?.isDirectory())
      await walkDir(root, start, rootRules ? [{ base: root, rules: rootRules }] : [], out, markers);
  }
  return out;
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

async function walkDir(
  root: string,
  dir: string,
  scopes: IgnoreScope[],
  out: string[],
  markers: Set<string>,
): Promise<void> {
  const own = dir === root ? undefined : await gitignoreOf(dir);
  const active = own ? [...scopes, { base: dir, rules: own }] : scopes;
  const children = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const child of children) {
    const full = join(dir, child.name);
    const isDir = child.isDirectory();
    if (isDir && (child.name === '.git' || child.name === '.upkeep')) continue;
    if (active.some(({ base, rules }) => rules.ignores(relative(base, full) + (isDir ? '/' : '')))) continue;
    if (isDir) {
      // default-excluded directories are listed by name only, so they can be reported once
      if (DEFAULT_EXCLUDED_DIRS.includes(child.name))
        markers.add(relative(root, join(full, '_')).split('\\').join('/'));
      else await walkDir(root, full, active, out, markers);
    } else {
      out.push(relative(root, full).split('\\').join('/'));
    }
  }
}

async function gitignoreOf(dir: string): Promise<Ignore | undefined> {
  const text = await readFile(join(dir, '.gitignore'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : ignore().add(text);
}
