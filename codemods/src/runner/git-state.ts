import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { InputError } from '@upkeep/analyzer';

const run = promisify(execFile);

/** A file git sees as changed, staged or untracked, with git's two-letter status. */
export interface DirtyFile {
  path: string;
  status: string;
}

/** Files whose changes a codemod's edits would mix with (`git status`, untracked included). */
export async function dirtyFiles(root: string): Promise<DirtyFile[] | 'not-a-repository'> {
  const result = await run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  }).catch(() => undefined);
  if (!result) return 'not-a-repository';
  const records = result.stdout.split('\0');
  const files: DirtyFile[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.length < 4) continue;
    files.push({ status: record.slice(0, 2), path: record.slice(3) });
    if (record[0] === 'R' || record[0] === 'C') i++; // the rename's source follows as its own record
  }
  return files;
}

/** Refuses to start unless the work tree is clean (like `cargo fix`), so every change can be reviewed and reverted with git. */
export async function requireCleanTree(root: string): Promise<void> {
  const dirty = await dirtyFiles(root);
  if (dirty === 'not-a-repository') {
    throw new InputError(
      `${root} is not a git work tree, so the changes could not be reviewed or reverted with git; run \`git init\` and commit first, or pass --allow-dirty`,
    );
  }
  if (dirty.length === 0) return;
  const shown = dirty.slice(0, 20).map((file) => `  ${file.status} ${file.path}`);
  if (dirty.length > 20) shown.push(`  … and ${dirty.length - 20} more`);
  throw new InputError(
    `the work tree has uncommitted changes, which the codemod's edits would mix with:\n${shown.join('\n')}\ncommit or stash them first, or pass --allow-dirty`,
  );
}
