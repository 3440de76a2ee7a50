/**
 * The facts of each module's text (file-facts.ts), remembered by kind of file and blob hash in one
 * file under `.upkeep/cache/`, so that a run over unchanged files does not scan them again.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../cache/atomic-write.js';
import { prepareScanner, scanFile, type FileFacts } from './file-facts.js';

const VERSION = 2;

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
 * The facts cache over several listings (the sampled commits of a trend): looked up and filled as
 * each listing comes, written once at the end with what the run saw.
 */
export class FactsStore {
  private readonly kept: Record<string, FileFacts> = {};
  private scanned = 0;

  private constructor(
    private readonly file: string | undefined,
    private readonly known: Record<string, FileFacts>,
  ) {}

  static async open(stateDir: string | undefined): Promise<FactsStore> {
    const file = stateDir === undefined ? undefined : join(stateDir, 'cache', `environment-facts-v${VERSION}.json`);
    return new FactsStore(file, file === undefined ? {} : await load(file));
  }

  /** Facts by root-relative path of the given modules. */
  async factsOf(modules: ReadonlyArray<{ path: string; blob: string; text: string }>): Promise<Map<string, FileFacts>> {
    const out = new Map<string, FileFacts>();
    for (const module of modules) {
      const key = `${module.path.slice(module.path.lastIndexOf('.'))}:${module.blob}`;
      let facts = this.kept[key] ?? this.known[key];
      if (!facts) {
        if (this.scanned++ === 0) await prepareScanner();
        facts = scanFile(module.path, module.text);
      }
      this.kept[key] = facts;
      out.set(module.path, facts);
    }
    return out;
  }

  /** Writes what this run saw (only that, so the file does not grow with every change). */
  async save(): Promise<void> {
    const file = this.file;
    if (file === undefined) return;
    if (this.scanned === 0 && Object.keys(this.known).length === Object.keys(this.kept).length) return;
    await mkdir(join(file, '..'), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(this.kept));
  }
}

async function load(file: string): Promise<Record<string, FileFacts>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, FileFacts>;
  } catch {
    return {};
  }
}
