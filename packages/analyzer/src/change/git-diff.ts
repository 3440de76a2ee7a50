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

const STATUS: Record<string, FileStatus> = { A: 'added', D: 'deleted', M: 'modified', R: 'renamed', T: 'type-changed', C: 'added' };

/**
 * The files a change touches, below the project root, with git's rename detection
 * (`git diff --name-status -M -z`): paths arrive NUL-separated, so any character in a name is safe.
 */
export async function changedFiles(root: string, base: string, head: DiffHead): Promise<ChangedFile[]> {
  const output = await gitIn(root).raw([...STABLE, 'diff', '--name-status', '-z', ...DIFF_FLAGS, ...sides(base, head), '--']);
  const fields = splitNul(output);
  const files: ChangedFile[] = [];
  for (let index = 0; index < fields.length; ) {
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
  return files.flatMap((file) => (file.status === 'renamed' && file.from !== undefined ? [{ from: file.from, to: file.path }] : []));
}

/** Undoes git's C-style quoting of a path in a patch header ("a/sp\"ace" → a/sp"ace). */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
  for (let index = 1; index < text.length - 1; index++) {
    const char = text[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = text[index + 1]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Zero-context hunks of every changed file, by head path, from one `git diff -U0`. Content lines
 * are skipped by count, so a removed line that reads like a header is never taken for one.
 */
export function parseHunks(patch: string): Record<string, Hunk[]> {
  const byPath: Record<string, Hunk[]> = {};
  const lines = patch.split('\n');
  let current: Hunk[] | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('diff --git ')) current = undefined;
    else if (line.startsWith('+++ ') && current === undefined) {
      // git ends the name with a tab when it holds a space
      const target = unquoteGitPath(line.slice(4).replace(/\t$/, ''));
      if (target !== '/dev/null') current = byPath[target.replace(/^b\//, '')] ??= [];
    } else {
      const match = HUNK_HEADER.exec(line);
      if (match === null || current === undefined) continue;
      const hunk: Hunk = {
        oldStart: Number(match[1]),
        oldLines: match[2] === undefined ? 1 : Number(match[2]),
        newStart: Number(match[3]),
        newLines: match[4] === undefined ? 1 : Number(match[4]),
      };
      current.push(hunk);
      // skip the hunk's content by count; "\ No newline at end of file" markers are not counted
      for (let left = hunk.oldLines + hunk.newLines; left > 0 && index + 1 < lines.length; ) {
        if (!lines[++index]!.startsWith('\\')) left--;
      }
    }
  }
  return byPath;
}

/** Zero-context hunks of the given head paths (modified and renamed modules). */
export async function changedHunks(root: string, base: string, head: DiffHead, paths: readonly string[]): Promise<Record<string, Hunk[]>> {
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
