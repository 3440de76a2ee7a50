import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_EXCLUDED_DIRS, isModulePath } from '@upkeep/analyzer';

/** Root-relative JS/TS module files of the project: git's tracked and untracked files, else a walk. */
export function listModuleFiles(root: string): string[] {
  let listed: string[];
  try {
    const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    listed = output.split('\0').filter(Boolean);
  } catch {
    listed = walk(root, root);
  }
  return listed.filter((path) => isModulePath(path) && !path.split('/').some((part) => DEFAULT_EXCLUDED_DIRS.includes(part)));
}

function walk(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!DEFAULT_EXCLUDED_DIRS.includes(entry.name)) out.push(...walk(root, join(dir, entry.name)));
    } else if (entry.isFile()) out.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
  }
  return out;
}

/** Whether a root-relative path is one of, or under one of, the paths the user named (all when none). */
export function inScope(path: string, paths: readonly string[]): boolean {
  if (paths.length === 0) return true;
  return paths.some((scope) => scope === '' || path === scope || path.startsWith(scope.endsWith('/') ? scope : `${scope}/`));
}
