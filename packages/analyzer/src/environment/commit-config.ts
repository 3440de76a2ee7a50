/**
 * Configuration files are loaded from disk (ESLint's by ESLint's own loaders, upkeep.config.json
 * by the CLI): when a commit is scored (`--ref`, `trend`), the configs its tree lists are read as
 * they are in the work tree. A config the commit has and the work tree lacks is not applied at
 * all; this says so, in words a user can act on.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Whether `file`, a config listed by the scored source, is missing from the work tree. Only a
 * commit's tree lists such a file (a work-tree listing has what is on disk). No blob is read.
 */
export async function missingFromWorkTree(root: string, file: string): Promise<boolean> {
  return access(join(root, file)).then(
    () => false,
    () => true,
  );
}

/** The notice for a config the scored commit has and the work tree lacks; `what` names what it gives ("env and globals"). */
export function missingConfigNotice(file: string, what: string): string {
  return `${file} is in the commit scored but not in the work tree: upkeep reads configuration files (ESLint's and its own) from the work tree, also for --ref and trend, so its ${what} are not applied to this run; restore it (\`git checkout <ref> -- ${file}\`) or score a checkout of that commit (\`git worktree add ../scored <ref>\`, then \`upkeep score\` there)`;
}

/** The notice for an upkeep.config.json the scored commit has and the work tree lacks, if so. */
export async function upkeepConfigAtCommit(root: string, allFiles: readonly string[]): Promise<string[]> {
  const file = 'upkeep.config.json';
  if (!allFiles.includes(file) || !(await missingFromWorkTree(root, file))) return [];
  return [missingConfigNotice(file, 'settings (include, exclude, eslintConfig, …)')];
}
