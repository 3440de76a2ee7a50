import type { TrendCommit } from '@upkeep/core';
import { gitIn, gitTopLevel } from '../sources/git.js';
import { InputError } from '../sources/source.js';

export interface HistoryCommit extends TrendCommit {
  /** committer time, for sampling by period */
  time: Date;
}

/** The repository, the branch to walk and the commit it points at, with errors a user can act on. */
export async function resolveBranch(
  root: string,
  branch: string | undefined,
): Promise<{ top: string; name: string; head: string }> {
  const top = await gitTopLevel(root);
  if (top === undefined) {
    throw new InputError(
      `upkeep trend reads the score history from git, and ${root} is not inside a git repository; run it inside one`,
    );
  }
  const git = gitIn(top);
  const name = branch ?? (await currentBranch(top));
  if (name.startsWith('-')) throw new InputError(`--branch ${name}: a branch cannot start with "-"`);
  const head = (
    await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]).catch(() => '')
  ).trim();
  if (head) return { top, name, head };
  const anyCommit = (await git.raw(['rev-list', '-n', '1', '--all']).catch(() => '')).trim();
  if (anyCommit === '')
    throw new InputError(`the repository at ${top} has no commits yet: there is no history to score; commit first`);
  const branches = (await git.raw(['branch', '--format=%(refname:short)']).catch(() => '')).split('\n').filter(Boolean);
  const shallow = (await git.raw(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
  const hint = shallow
    ? '; this is a shallow clone: fetch the full history (git fetch --unshallow)'
    : branches.length
      ? `; branches: ${branches.slice(0, 10).join(', ')}`
      : '';
  throw new InputError(`--branch ${name}: not a branch, tag or commit of the repository at ${top}${hint}`);
}

async function currentBranch(top: string): Promise<string> {
  const name = (
    await gitIn(top)
      .raw(['symbolic-ref', '--quiet', '--short', 'HEAD'])
      .catch(() => '')
  ).trim();
  return name || 'HEAD';
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * The first-parent history of a commit, oldest first: the commits as they landed on the branch,
 * each merge counted once for the whole branch it brought in (what `git log --first-parent` shows).
 */
export async function firstParentHistory(top: string, head: string): Promise<HistoryCommit[]> {
  const format = ['%H', '%P', '%cI', '%an', '%s'].join(FIELD) + RECORD;
  const output = await gitIn(top).raw(['log', '--first-parent', '--reverse', `--format=${format}`, head, '--']);
  const commits: HistoryCommit[] = [];
  for (const record of output.split(RECORD)) {
    const fields = record.replace(/^\n/, '').split(FIELD);
    if (fields.length < 5) continue;
    const [commit, parents, date, author, subject] = fields as [string, string, string, string, string];
    commits.push({ commit, date, author, subject, merge: parents.trim().split(' ').length > 1, time: new Date(date) });
  }
  return commits;
}
