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

/** What a test command left behind in the work tree (see {@link restoreWhatCommandWrote}). */
export interface CommandWrites {
  /** tracked files it changed or deleted, which were clean before it ran: restored from git */
  restored: string[];
  /** untracked files it created: listed, never deleted (one could be the user's own, made meanwhile) */
  created: string[];
}

/**
 * After a verify command: restores the tracked files it changed that were clean before it ran (a
 * test suite that rewrites its expected-output files, a formatter run as part of `npm test`), so
 * that the codemod leaves only its own edits. `before` is {@link dirtyFiles} taken before the
 * command (and before the codemod's edits were written, which are rolled back by then). Outside a
 * git work tree nothing can be compared: nothing is done.
 */
export async function restoreWhatCommandWrote(
  root: string,
  before: DirtyFile[] | 'not-a-repository',
): Promise<CommandWrites> {
  const none: CommandWrites = { restored: [], created: [] };
  if (before === 'not-a-repository') return none;
  const now = await dirtyFiles(root);
  if (now === 'not-a-repository') return none;
  const wasDirty = new Set(before.map((file) => file.path));
  const written = now.filter((file) => !wasDirty.has(file.path));
  const restored = written.filter((file) => file.status !== '??').map((file) => file.path);
  for (let i = 0; i < restored.length; i += 200) {
    await run('git', ['checkout', 'HEAD', '--', ...restored.slice(i, i + 200)], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
  }
  return { restored, created: written.filter((file) => file.status === '??').map((file) => file.path) };
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
