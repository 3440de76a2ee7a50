import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const STATE_DIR = '.upkeep';

/**
 * Creates `.upkeep/` at the project root with its own `.gitignore` (`*`), as pytest does for its
 * cache, so analysis state never shows in `git status` nor makes a work tree look dirty.
 */
export async function ensureStateDir(root: string): Promise<string> {
  const dir = join(root, STATE_DIR);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, '.gitignore'), '# created by upkeep: analysis state, never committed\n*\n', {
    flag: 'wx',
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return dir;
}

/** The errors of a state directory that cannot be created or written (read-only checkout, a file in its place). */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOSPC']);

/**
 * Why `.upkeep/` (and its cache folder, when there is one) cannot be created or written, in one
 * line for the user; undefined when it can. A run in a read-only checkout then reads and writes
 * no cache (and `upkeep score` keeps no previous run), instead of failing after the analysis.
 * @throws any other file-system error
 */
export async function unwritableStateDir(root: string): Promise<string | undefined> {
  const dir = join(root, STATE_DIR);
  try {
    await ensureStateDir(root);
    await access(dir, constants.W_OK);
    await access(join(dir, 'cache'), constants.W_OK).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    return undefined;
  } catch (error) {
    if (!isUnwritableError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code!;
    return `${STATE_DIR}/ cannot be written (${code}: ${(error as Error).message.replace(/^\w+: /, '')}); this run used no analysis cache`;
  }
}

/** Whether a file-system error says the state directory cannot be created or written. */
export function isUnwritableError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && UNWRITABLE.has(code);
}
