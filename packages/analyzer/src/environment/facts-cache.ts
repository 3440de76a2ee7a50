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
  const file = stateDir === undefined ? undefined : join(stateDir, 'cache', `environment-facts-v${VERSION}.json`);
  const known = file === undefined ? {} : await load(file);
  const out = new Map<string, FileFacts>();
  const kept: Record<string, FileFacts> = {};
  let scanned = 0;
  for (const module of modules) {
    const key = `${module.path.slice(module.path.lastIndexOf('.'))}:${module.blob}`;
    let facts = known[key];
    if (!facts) {
      if (scanned++ === 0) await prepareScanner();
      facts = scanFile(module.path, module.text);
    }
    kept[key] = facts;
    out.set(module.path, facts);
  }
  // only what this run saw is kept, so the file does not grow with every change
  if (file !== undefined && (scanned > 0 || Object.keys(known).length !== Object.keys(kept).length)) {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(kept));
  }
  return out;
}

async function load(file: string): Promise<Record<string, FileFacts>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, FileFacts>;
  } catch {
    return {};
  }
}
