import { mkdir, writeFile } from 'node:fs/promises';
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
