import { parsePatch } from 'diff';
import type { Hunk, RenamePair } from '@upkeep/core';
import { gitIn, splitNul } from '../sources/git.js';

export type FileStatus = 'added' | 'deleted' | 'modified' | 'renamed' | 'type-changed';

export interface ChangedFile {
  status: FileStatus;
  /** root-relative path in the head (the base path for a deleted file) */
  path: string;
  /** root-relative path in the base, for a renamed file */
  from?: string;
}

/** The head side of a diff: another commit, or the work tree (tracked files as on disk). */
export type DiffHead = { commit: string } | { worktree: true };

// user settings that change the output of git diff are switched off explicitly
const STABLE = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false'];
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '-M', '--relative'];

function sides(base: string, head: DiffHead): string[] {
  return 'commit' in head ? [base, head.commit] : [base];
}

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  D: 'deleted',
  M: 'modified',
  R: 'renamed',
  T: 'type-changed',
  C: 'added',
};

/**
 * The files a change touches, below the project root, with git's rename detection
 * (`git diff --name-status -M -z`): paths arrive NUL-separated, so any character in a name is safe.
 */
export async function changedFiles(root: string, base: string, head: DiffHead): Promise<ChangedFile[]> {
  const output = await gitIn(root).raw([
    ...STABLE,
    'diff',
    '--name-status',
    '-z',
    ...DIFF_FLAGS,
    ...sides(base, head),
    '--',
  ]);
  const fields = splitNul(output);
  const files: ChangedFile[] = [];
  for (let index = 0; index < fields.length;) {
    const code = fields[index++]!;
    const status = STATUS[code[0]!] ?? 'modified';
    if (code[0] === 'R' || code[0] === 'C') {
      const from = fields[index++]!;
      const to = fields[index++]!;
      files.push(code[0] === 'R' ? { status, path: to, from } : { status, path: to });
    } else {
      files.push({ status, path: fields[index++]! });
    }
  }
  return files;
}

/** Renames among the changed files, as the diff of reports pairs them. */
export function renamesOf(files: readonly ChangedFile[]): RenamePair[] {
  return files.flatMap((file) =>
    file.status === 'renamed' && file.from !== undefined ? [{ from: file.from, to: file.path }] : [],
  );
}

/**
 * Zero-context hunks of every changed file, by head path, from one `git diff -U0`, read with
 * jsdiff's `parsePatch` (git's quoted names, content lines that look like headers, "\ No newline"
 * markers). Numbers stay git's: jsdiff counts the start of an empty side one line further
 * (the unified-diff convention it normalizes), which is undone here.
 */
export function parseHunks(patch: string): Record<string, Hunk[]> {
  const byPath: Record<string, Hunk[]> = {};
  for (const file of parsePatch(patch)) {
    const target = file.newFileName;
    if (target === undefined || target === '/dev/null' || file.hunks.length === 0) continue;
    const hunks = (byPath[target.replace(/^b\//, '')] ??= []);
    for (const hunk of file.hunks) {
      hunks.push({
        oldStart: hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart,
        oldLines: hunk.oldLines,
        newStart: hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart,
        newLines: hunk.newLines,
      });
    }
  }
  return byPath;
}

/** Zero-context hunks of the given head paths (modified and renamed modules). */
export async function changedHunks(
  root: string,
  base: string,
  head: DiffHead,
  paths: readonly string[],
): Promise<Record<string, Hunk[]>> {
  if (paths.length === 0) return {};
  const output = await gitIn(root).raw([
    ...STABLE,
    'diff',
    '-U0',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    ...DIFF_FLAGS,
    ...sides(base, head),
    '--',
    ...paths.map((path) => `:(literal)${path}`),
  ]);
  return parseHunks(output);
}
