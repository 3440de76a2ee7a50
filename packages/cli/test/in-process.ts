import type { CliIo } from '../src/io.js';
import { runCli } from '../src/program.js';

/** What one in-process CLI run printed, and its exit status. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as the bin does (no colours), collecting what it prints. */
export async function cli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { NO_COLOR: '1' },
    cwd,
  };
  const status = await runCli(args, io);
  return { status, stdout, stderr };
}
