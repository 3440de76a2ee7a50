/**
 * A commit's files as the project model reads them: every path of its tree, the selected modules
 * with their blobs and each one's verdict (a module, or why it is skipped), and any file's text
 * from git objects. The model (packages, test runners, test files) and the environments of a
 * commit are then those of that commit, not of the work tree.
 *
 * Module contents are not kept: a blob's class and its environment facts come from the facts
 * cache when known, and only the blobs it does not know are read (once each per run).
 */
import type { FactsStore } from '../environment/facts-cache.js';
import type { BlobReader } from '../sources/blob-reader.js';
import { classifyKnown, sizeSkip, type ContentClass } from '../sources/files.js';
import { readTree, treeListing, type CommitTree } from '../sources/git-tree.js';
import { narrowListing, scopeFilter, selectPaths, type PathFilter } from '../sources/select.js';
import type { SourceEntry } from '../sources/source.js';
import type { ProjectFiles } from './model.js';

/** A commit's files, with the verdict of each listed module that could be read or decided from its size. */
export interface CommitFiles extends ProjectFiles {
  /** root-relative module path → module, or the skip that applies to it (too large, binary, minified…) */
  verdicts: ReadonlyMap<string, ContentClass>;
  /** the commit's tree below the prefix, as listed (the source of the run lists its modules from it too) */
  tree: CommitTree;
}

/** What the listing of a commit knows and learns of blobs: the facts store and the size limit. */
export interface BlobKnowledge {
  store: FactsStore;
  /** bytes; larger modules are skipped as too large without being read */
  maxFileSize: number;
  /** texts of other files (package.json, configs, pages) by blob, shared by the commits of a run */
  texts?: TextMemo;
}

/**
 * Texts of a run's non-module files by blob hash (package.json, tsconfig, runner configs, pages):
 * the same in most commits, read once. Bounded: past `budget` characters it starts afresh.
 */
export class TextMemo {
  private readonly texts = new Map<string, string>();
  private size = 0;

  constructor(private readonly budget = 32 * 1024 * 1024) {}

  get(blob: string): string | undefined {
    return this.texts.get(blob);
  }

  set(blob: string, text: string): void {
    if (text.length > this.budget) return;
    if (this.size + text.length > this.budget) {
      this.texts.clear();
      this.size = 0;
    }
    this.texts.set(blob, text);
    this.size += text.length;
  }
}

/** Blobs read at once while listing: bounds the contents in memory at any time. */
const BATCH = 256;

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
  knowledge: BlobKnowledge,
  /** the commit's tree when already known (a trend lists its commits' trees from one `git log`) */
  known?: CommitTree,
): Promise<CommitFiles> {
  const tree = known ?? (await readTree(top, prefix, commit));
  // limited to paths: the verdicts (and facts) of the whole project's modules too, for the environments
  const wider = scopeFilter(filter);
  const scope = treeListing(tree, wider ?? filter);
  const listing = wider === undefined ? scope : narrowListing(scope, selectPaths(tree.paths, filter));
  const verdicts = await verdictsOf(scope.entries, reader, knowledge);
  const read = async (file: string): Promise<string | undefined> => {
    const found = tree.blobs.get(file);
    if (!found || found.blob === '') return undefined;
    const known = knowledge.texts?.get(found.blob);
    if (known !== undefined) return known;
    const text = (await reader.read(found.blob).catch(() => undefined))?.toString('utf8');
    if (text !== undefined) knowledge.texts?.set(found.blob, text);
    return text;
  };
  return {
    allFiles: [...tree.paths].sort(),
    listing,
    contents: new Map(),
    isModule: (path) => verdicts.get(path)?.kind === 'module',
    read,
    verdicts,
    tree,
    ...(wider === undefined ? {} : { scope }),
  };
}

/**
 * The verdict of each entry: from its size when over the limit, else from the class remembered
 * for its blob (with the facts of a module's text for its kind of file); the other blobs are read,
 * classified and scanned. An entry that cannot be read has no verdict.
 */
async function verdictsOf(
  entries: readonly SourceEntry[],
  reader: BlobReader,
  { store, maxFileSize }: BlobKnowledge,
): Promise<Map<string, ContentClass>> {
  const verdicts = new Map<string, ContentClass>();
  const unknown: SourceEntry[] = [];
  for (const entry of entries) {
    const tooLarge = sizeSkip(entry.size, maxFileSize);
    if (tooLarge) {
      verdicts.set(entry.path, tooLarge);
      continue;
    }
    const known = store.classOf(entry.blob);
    if (known && (known.kind === 'skip' || store.knownFacts(entry.path, entry.blob) !== undefined))
      verdicts.set(entry.path, classifyKnown(entry.path, entry.size, maxFileSize, known));
    else unknown.push(entry);
  }
  for (let start = 0; start < unknown.length; start += BATCH) {
    await Promise.all(
      unknown.slice(start, start + BATCH).map(async (entry) => {
        const content = await reader.read(entry.blob).catch(() => undefined);
        if (content === undefined) return;
        const contentClass = await store.learn(entry.path, entry.blob, content);
        verdicts.set(entry.path, classifyKnown(entry.path, content.length, maxFileSize, contentClass));
      }),
    );
  }
  return verdicts;
}
