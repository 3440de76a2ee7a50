/**
 * What upkeep knows of a blob's content without reading it again: its class (a module, or why it
 * is skipped: binary, non-UTF-8, minified, generated — see sources/files.ts) by blob hash, and the
 * facts of each module's text (file-facts.ts) by kind of file and blob hash. Kept in memory for a
 * run (a blob met in 100 commits is read once) and in one file under `.upkeep/cache/`, so that a
 * run over unchanged files neither reads nor scans them again. Entries neither used nor learned
 * for KEEP_DAYS days are dropped when the file is written (as the result cache drops its own), so
 * runs over different commits (a diff's base and head, the work tree and a trend) keep each
 * other's knowledge.
 */
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../cache/atomic-write.js';
import { classifyBlob, type ContentClass } from '../sources/files.js';
import { prepareScanner, scanFile, type FileFacts } from './file-facts.js';
import { isTestLocation } from './runner-evidence.js';

/** Raised whenever what is stored, or what it means, changes: a file of another version is not read. */
export const FACTS_CACHE_VERSION = 4;
/** Entries unused for this many days are dropped when the file is written. */
const KEEP_DAYS = 30;
const DAY_MS = 86_400_000;

/** The file's shape: `version` must be FACTS_CACHE_VERSION, else the file is ignored (and rewritten). */
interface StoredFacts {
  version: number;
  /** blob hash → its content's class */
  classes: Record<string, ContentClass>;
  /** `<extension>[t]:<blob>` → the facts of that text in that kind of file */
  facts: Record<string, FileFacts>;
  /** `c:<blob>` and `f:<facts key>` → the day (days since 1970, UTC) the entry was last used */
  days: Record<string, number>;
}

/** The file of the facts cache under a state directory (`.upkeep`). */
export function factsCacheFile(stateDir: string): string {
  return join(stateDir, 'cache', `environment-facts-v${FACTS_CACHE_VERSION}.json`);
}

/** Facts by root-relative path for the given modules, from the cache or scanned; the cache is updated when `stateDir` is given. */
export async function factsOf(
  modules: ReadonlyArray<{ path: string; blob: string; text: string }>,
  stateDir: string | undefined,
): Promise<Map<string, FileFacts>> {
  const store = await FactsStore.open(stateDir);
  const out = await store.factsOf(modules);
  await store.save();
  return out;
}

/**
 * The facts cache over several listings (the sampled commits of a trend, or a commit and the
 * work tree): looked up and filled as each listing comes, written once at the end with what the
 * run saw (so the file does not grow with every change).
 */
export class FactsStore {
  /** what this run used or learned */
  private readonly keptFacts: Record<string, FileFacts> = {};
  private readonly keptClasses: Record<string, ContentClass> = {};
  private scanned = 0;
  private learned = 0;
  private readonly today = Math.floor(Date.now() / DAY_MS);
  /** one object per distinct content of facts: equal facts compare as the same object */
  private readonly interned = new Map<string, FileFacts>();

  private constructor(
    private readonly file: string | undefined,
    private readonly known: StoredFacts,
  ) {}

  /** The store of `stateDir` (nothing read or written when undefined: in memory for the run only). */
  static async open(stateDir: string | undefined): Promise<FactsStore> {
    const file = stateDir === undefined ? undefined : factsCacheFile(stateDir);
    return new FactsStore(file, file === undefined ? empty() : await load(file));
  }

  /** The class of a blob's content, when known. */
  classOf(blob: string): ContentClass | undefined {
    const found = this.keptClasses[blob] ?? this.known.classes[blob];
    if (found) this.keptClasses[blob] = found;
    return found;
  }

  /** The facts of a module's text at `path` (they depend on its kind of file), when known. */
  knownFacts(path: string, blob: string): FileFacts | undefined {
    const key = factsKey(path, blob);
    const kept = this.keptFacts[key];
    if (kept) return kept;
    const found = this.known.facts[key];
    if (found) this.keptFacts[key] = this.intern(found);
    return this.keptFacts[key];
  }

  /**
   * Classifies content just read for `path` and, when it is a module's text, scans its facts:
   * both are remembered. Returns the class (the text is not kept).
   */
  async learn(path: string, blob: string, content: Buffer): Promise<ContentClass> {
    const { contentClass, text } = classifyBlob(content);
    this.keptClasses[blob] = contentClass;
    this.learned++;
    if (contentClass.kind === 'module' && this.knownFacts(path, blob) === undefined) {
      await this.scan(path, blob, text!);
    }
    return contentClass;
  }

  /** Facts by root-relative path of the given modules (texts that are modules: their class is remembered too). */
  async factsOf(modules: ReadonlyArray<{ path: string; blob: string; text: string }>): Promise<Map<string, FileFacts>> {
    const out = new Map<string, FileFacts>();
    for (const module of modules) {
      if (this.classOf(module.blob) === undefined) {
        this.keptClasses[module.blob] = { kind: 'module' };
        this.learned++;
      }
      out.set(
        module.path,
        this.knownFacts(module.path, module.blob) ?? (await this.scan(module.path, module.blob, module.text)),
      );
    }
    return out;
  }

  /**
   * Writes what this run used or learned (as used today) and what earlier runs knew that was used
   * in the last KEEP_DAYS days; nothing when that changes nothing.
   */
  async save(): Promise<void> {
    const file = this.file;
    if (file === undefined) return;
    const { known, today } = this;
    const stale = (key: string): boolean => (known.days[key] ?? 0) < today - KEEP_DAYS;
    const staleKnown =
      Object.keys(known.classes).some((blob) => stale(`c:${blob}`)) ||
      Object.keys(known.facts).some((key) => stale(`f:${key}`));
    const touched =
      Object.keys(this.keptClasses).some((blob) => known.days[`c:${blob}`] !== today) ||
      Object.keys(this.keptFacts).some((key) => known.days[`f:${key}`] !== today);
    if (this.scanned === 0 && this.learned === 0 && !staleKnown && !touched) return;
    const stored: StoredFacts = { version: FACTS_CACHE_VERSION, classes: {}, facts: {}, days: {} };
    for (const [blob, contentClass] of Object.entries(known.classes)) {
      if (stale(`c:${blob}`)) continue;
      stored.classes[blob] = contentClass;
      stored.days[`c:${blob}`] = known.days[`c:${blob}`]!;
    }
    for (const [key, facts] of Object.entries(known.facts)) {
      if (stale(`f:${key}`)) continue;
      stored.facts[key] = facts;
      stored.days[`f:${key}`] = known.days[`f:${key}`]!;
    }
    for (const [blob, contentClass] of Object.entries(this.keptClasses)) {
      stored.classes[blob] = contentClass;
      stored.days[`c:${blob}`] = today;
    }
    for (const [key, facts] of Object.entries(this.keptFacts)) {
      stored.facts[key] = facts;
      stored.days[`f:${key}`] = today;
    }
    await mkdir(join(file, '..'), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(stored));
    // the files of other versions are never read again
    const dir = join(file, '..');
    for (const name of await readdir(dir).catch(() => [])) {
      if (/^environment-facts-v\d+\.json$/.test(name) && join(dir, name) !== file)
        await rm(join(dir, name), { force: true });
    }
  }

  private intern(facts: FileFacts): FileFacts {
    const key = JSON.stringify(facts);
    const found = this.interned.get(key);
    if (found) return found;
    this.interned.set(key, facts);
    return facts;
  }

  private async scan(path: string, blob: string, text: string): Promise<FileFacts> {
    this.scanned++;
    // memoized: concurrent scans all wait for the one preparation
    await prepareScanner();
    const facts = this.intern(scanFile(path, text));
    this.keptFacts[factsKey(path, blob)] = facts;
    return facts;
  }
}

/** The kind of file of each path met (a trend meets the same paths in every commit), bounded. */
const kinds = new Map<string, string>();

/** Runner calls are looked for in test locations only: the location is part of what was scanned. */
function factsKey(path: string, blob: string): string {
  let kind = kinds.get(path);
  if (kind === undefined) {
    kind = `${path.slice(path.lastIndexOf('.'))}${isTestLocation(path) ? 't' : ''}`;
    if (kinds.size >= 100_000) kinds.clear();
    kinds.set(path, kind);
  }
  return `${kind}:${blob}`;
}

function empty(): StoredFacts {
  return { version: FACTS_CACHE_VERSION, classes: {}, facts: {}, days: {} };
}

async function load(file: string): Promise<StoredFacts> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<StoredFacts>;
    if (
      stored.version !== FACTS_CACHE_VERSION ||
      typeof stored.classes !== 'object' ||
      typeof stored.facts !== 'object' ||
      typeof stored.days !== 'object'
    )
      return empty();
    return {
      version: FACTS_CACHE_VERSION,
      classes: stored.classes ?? {},
      facts: stored.facts ?? {},
      days: stored.days ?? {},
    };
  } catch {
    return empty();
  }
}
