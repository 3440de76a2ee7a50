/** The process edges the CLI touches, passed in so that tests can run it in-process. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colors only for a terminal, never with NO_COLOR (https://no-color.org), always with FORCE_COLOR. */
export function colorsEnabled(io: CliIo, stream: OutStream): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Exit codes, as ESLint's: 0 ok, 1 findings or a failed gate, 2 usage, configuration or input error. */
export const EXIT_OK = 0;
export const EXIT_GATE = 1;
export const EXIT_USAGE = 2;
/** A run stopped by Ctrl-C, as shells report SIGINT (128 + 2). */
export const EXIT_INTERRUPTED = 130;

/** An error the user fixes by changing the command line or the configuration (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
