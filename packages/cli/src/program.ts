import { Command, CommanderError } from 'commander';
import { InputError, UPKEEP_VERSION } from '@upkeep/analyzer';
import { closestName } from '@upkeep/core';

/** Registers no command: `upkeep --version` needs none. */
const VERSION_ONLY = '';

type Register = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

/**
 * Every command, loaded only when needed: a run of `upkeep score` does not pay for loading the
 * codemods (ts-morph, jscodeshift) or the forge clients, which matters on CI where a diff of a
 * few files should take about as long as starting the process.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  score: async () => (await import('./commands/score.js')).registerScore,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
  gate: async () => (await import('./commands/gate.js')).registerGate,
  comment: async () => (await import('./commands/comment.js')).registerComment,
  notify: async () => (await import('./commands/notify.js')).registerNotify,
  trend: async () => (await import('./commands/trend.js')).registerTrend,
  codemod: async () => (await import('./commands/codemod.js')).registerCodemod,
};
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.js';

/**
 * A fresh program for one run, writing to the given streams (testable in-process). With `only`,
 * just that command is loaded and registered; without it (help, an unknown command), all are.
 */
export async function createProgram(io: CliIo, setExit: (code: number) => void, only?: string): Promise<Command> {
  const program = new Command('upkeep')
    .description(
      'Measure, refactor, prove it got better: pylint-style scores and safe codemods for JavaScript/TypeScript',
    )
    .version(UPKEEP_VERSION, '-v, --version')
    .showHelpAfterError('(run upkeep --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  const names = only === VERSION_ONLY ? [] : only !== undefined && only in COMMANDS ? [only] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program, io, setExit);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}

/** Runs the CLI on argv (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const command = argv.find((arg) => !arg.startsWith('-'));
  const versionOnly = command === undefined && argv.some((arg) => arg === '-v' || arg === '--version');
  const program = await createProgram(io, (code) => (exitCode = code), versionOnly ? VERSION_ONLY : command);
  try {
    checkSubcommands(program, argv);
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

/**
 * An unknown subcommand (`upkeep codemod frobnicate`) is a usage error that names the command
 * meant when a typo is close (`renam` → rename), else lists the subcommands there are.
 */
function checkSubcommands(program: Command, argv: readonly string[]): void {
  let command = program;
  const path = ['upkeep'];
  for (const arg of argv) {
    if (arg === '--') return;
    if (arg.startsWith('-')) continue;
    if (command.commands.length === 0) return;
    const names = command.commands
      .filter((sub) => !(sub as Command & { _hidden?: boolean })._hidden)
      .map((sub) => sub.name());
    const next = command.commands.find((sub) => sub.name() === arg || sub.aliases().includes(arg));
    if (arg === 'help' && next === undefined) return;
    if (next === undefined) {
      const near = closestName(arg, names) ?? names.find((name) => name.startsWith(arg) || arg.startsWith(name));
      const hint =
        near === undefined
          ? `the commands of ${path.join(' ')} are ${names.join(', ')}`
          : `did you mean ${path.join(' ')} ${near}?`;
      throw new UsageError(`unknown command "${arg}" for ${path.join(' ')}: ${hint} (see ${path.join(' ')} --help)`);
    }
    command = next;
    path.push(next.name());
  }
}
