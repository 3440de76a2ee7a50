import { Command, CommanderError } from 'commander';
import { InputError, UPKEEP_VERSION } from '@upkeep/analyzer';
import { registerScore } from './commands/score.js';
import { registerDiff } from './commands/diff.js';
import { registerGate } from './commands/gate.js';
import { registerComment } from './commands/comment.js';
import { registerNotify } from './commands/notify.js';
import { registerTrend } from './commands/trend.js';
import { registerCodemod } from './commands/codemod.js';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.js';

/** A fresh program for one run, writing to the given streams (testable in-process). */
export function createProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('upkeep')
    .description('Measure, refactor, prove it got better: pylint-style scores and safe codemods for JavaScript/TypeScript')
    .version(UPKEEP_VERSION, '-v, --version')
    .showHelpAfterError('(run upkeep --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  registerScore(program, io, setExit);
  registerDiff(program, io, setExit);
  registerGate(program, io, setExit);
  registerComment(program, io, setExit);
  registerNotify(program, io, setExit);
  registerTrend(program, io, setExit);
  registerCodemod(program, io, setExit);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/** Runs the CLI on argv (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = createProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are not errors; every other parse problem is a usage error
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`upkeep: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const detail = error instanceof Error ? (io.env.UPKEEP_DEBUG ? error.stack : error.message) : String(error);
    io.stderr.write(`upkeep: internal error: ${detail}\n(set UPKEEP_DEBUG=1 for the stack trace)\n`);
    return EXIT_USAGE;
  }
}
