import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gitTopLevel } from './sources/git.js';

const CONFIG_FILE = 'upkeep.config.json';

export interface ProjectRoot {
  root: string;
  /** the upkeep.config.json found, if any */
  configFile?: string;
  /** the git top level, if the root is inside a git work tree */
  gitTop?: string;
}

/**
 * The project root, where `.upkeep/` lives and module paths start: the nearest directory at or
 * above `start` holding an upkeep.config.json (without leaving the git work tree), else the git
 * top level, else `start` itself.
 */
export async function findProjectRoot(start: string): Promise<ProjectRoot> {
  const from = resolve(start);
  const gitTop = await gitTopLevel(from);
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return { root: dir, configFile: candidate, ...(gitTop ? { gitTop } : {}) };
    if (dir === gitTop || dirname(dir) === dir) break;
  }
  return gitTop ? { root: gitTop, gitTop } : { root: from };
}
