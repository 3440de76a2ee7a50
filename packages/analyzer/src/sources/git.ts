import { execFile } from 'node:child_process';
import { simpleGit, type SimpleGit } from 'simple-git';
import { InputError } from './source.js';

/** Top level of the git work tree that holds dir, or undefined outside git. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  try {
    const git = simpleGit({ baseDir: dir });
    const top = (await git.raw(['rev-parse', '--show-toplevel'])).trim();
    return top || undefined;
  } catch (error) {
    refusedOwnership(dir, error instanceof Error ? error.message : String(error));
    return undefined;
  }
}

/**
 * git refuses a repository owned by another user (`detected dubious ownership`: a checkout
 * mounted into a container, a CI step running as another user); upkeep would otherwise take it
 * for a folder outside any repository. Throws InputError saying what to do.
 */
function refusedOwnership(dir: string, gitOutput: string): void {
  if (!/dubious ownership/i.test(gitOutput)) return;
  const repository = /repository at '([^']+)'/.exec(gitOutput)?.[1] ?? dir;
  throw new InputError(
    `git refuses the repository at ${repository}: it is owned by another user (git's "dubious ownership"); run \`git config --global --add safe.directory ${repository}\`, or run upkeep as the user who owns it`,
  );
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

/** `git args` in dir: its exit code and output, never a throw for a git that ran. */
function runGit(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/**
 * Resolves a ref to a commit, with the errors a user can act on: outside a repository, unknown
 * ref, and the CI classic, a shallow clone that lacks the commit. One git process when the ref
 * resolves (the top level and the commit are asked for together).
 */
export async function resolveCommit(dir: string, ref: string): Promise<{ top: string; commit: string }> {
  if (ref.startsWith('-')) throw new InputError(`--ref ${ref}: a ref cannot start with "-"`);
  let found: { code: number; stdout: string; stderr: string } | undefined;
  try {
    found = await runGit(dir, [
      'rev-parse',
      '--show-toplevel',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${ref}^{commit}`,
    ]);
  } catch {
    found = undefined; // no git, or a directory that does not exist: explained below
  }
  refusedOwnership(dir, found?.stderr ?? '');
  const [top, commit] = (found?.stdout ?? '').split('\n').map((line) => line.trim());
  if (found?.code === 0 && top && commit) return { top, commit };
  if (!top) {
    throw new InputError(
      `--ref ${ref}: ${dir} is not inside a git repository; run upkeep inside one, or drop --ref to score the files on disk`,
    );
  }
  const shallow =
    (await runGit(top, ['rev-parse', '--is-shallow-repository']).catch(() => ({ stdout: 'false' }))).stdout.trim() ===
    'true';
  if (shallow) {
    throw new InputError(
      `--ref ${ref}: unknown in this shallow clone; fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)`,
    );
  }
  throw new InputError(`--ref ${ref}: not a branch, tag or commit of the repository at ${top}`);
}
