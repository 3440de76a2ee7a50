import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export const UPKEEP_BIN = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));

/**
 * Runs the built `upkeep` binary as a user would, in a child process. For end-to-end tests only
 * (the `e2e` project): it tests `dist/`, which must be built; CLI behaviour is tested in-process
 * with {@link inProcessCli}.
 */
export function runUpkeep(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [UPKEEP_BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The shape of `@upkeep/cli`'s `runCli` (test-utils cannot depend on the CLI, which depends on it). */
export type RunCli = (
  argv: readonly string[],
  io: {
    stdout: { write(chunk: string): unknown; isTTY?: boolean };
    stderr: { write(chunk: string): unknown; isTTY?: boolean };
    env: NodeJS.ProcessEnv;
    cwd: string;
  },
) => Promise<number>;

/** Runs `upkeep <args>` in `cwd`, in-process, collecting its output; same contract as {@link runUpkeep}. */
export type CliRunner = (args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv) => Promise<CliRun>;

/**
 * The CLI run in this process through its `runCli(argv, io)` seam, from source: no build, no
 * process start-up (about 1 s less per call), same arguments, environment (NO_COLOR=1 unless
 * overridden), working directory and results as a spawned `upkeep`. Streams are not terminals.
 *
 * @example const upkeep = inProcessCli(runCli); const run = await upkeep(['score'], repo.dir);
 */
export function inProcessCli(runCli: RunCli): CliRunner {
  return async (args, cwd, env = {}) => {
    let stdout = '';
    let stderr = '';
    const status = await runCli(args, {
      stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
      stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
      env: { ...process.env, NO_COLOR: '1', ...env },
      cwd,
    });
    return { status, stdout, stderr };
  };
}
