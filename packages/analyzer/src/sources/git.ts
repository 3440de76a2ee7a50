import { simpleGit, type SimpleGit } from 'simple-git';
import { InputError } from './source.js';

/** Top level of the git work tree that holds dir, or undefined outside git. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  try {
    const git = simpleGit({ baseDir: dir });
    const top = (await git.raw(['rev-parse', '--show-toplevel'])).trim();
    return top || undefined;
  } catch {
    return undefined;
  }
}

export function gitIn(dir: string): SimpleGit {
  return simpleGit({ baseDir: dir, maxConcurrentProcesses: 4 });
}

/** Splits NUL-separated git output (`-z`), dropping the trailing empty field. */
export function splitNul(output: string): string[] {
  const fields = output.split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/**
 * Resolves a ref to a commit, with the errors a user can act on: outside a repository, unknown
 * ref, and the CI classic, a shallow clone that lacks the commit.
 */
export async function resolveCommit(dir: string, ref: string): Promise<{ top: string; commit: string }> {
  const top = await gitTopLevel(dir);
  if (top === undefined) {
    throw new InputError(
      `--ref ${ref}: ${dir} is not inside a git repository; run upkeep inside one, or drop --ref to score the files on disk`,
    );
  }
  const git = gitIn(top);
  if (ref.startsWith('-')) throw new InputError(`--ref ${ref}: a ref cannot start with "-"`);
  try {
    const commit = (await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    if (commit) return { top, commit };
  } catch {
    // fall through to the explanation below
  }
  const shallow = (await git.raw(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
  if (shallow) {
    throw new InputError(
      `--ref ${ref}: unknown in this shallow clone; fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)`,
    );
  }
  throw new InputError(`--ref ${ref}: not a branch, tag or commit of the repository at ${top}`);
}
