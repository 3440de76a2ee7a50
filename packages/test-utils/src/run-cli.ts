import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export const UPKEEP_BIN = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));

/** Runs the built `upkeep` binary as a user would, in a child process. */
export function runUpkeep(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [UPKEEP_BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
