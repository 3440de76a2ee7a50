// The options every `upkeep codemod` subcommand shares, and the one way they run a codemod:
// parse → validate → runCodemod → render → write → exit code.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { findProjectRoot } from '@upkeep/analyzer';
import { InterruptedError, formatCodemodResult, runCodemod, type Codemod } from '@upkeep/codemods';
import { buildAnalysisOptions } from '../analysis-options.js';
import { loadConfig } from '../config.js';
import { EXIT_GATE, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { writeOutput } from '../output.js';
import { toPathspecs } from '../paths.js';

/** Exit code of a run stopped with Ctrl-C (128 + SIGINT), every file restored. */
const EXIT_INTERRUPTED = 130;

export const CommonCodemodOptions = z.object({
  dryRun: z.boolean().optional(),
  allowDirty: z.boolean().optional(),
  verify: z
    .string()
    .trim()
    .min(1, { error: 'expects a command, e.g. --verify "npm test", or auto for the project\'s npm test' })
    .optional(),
  typeCheck: z.boolean(),
  isolate: z.boolean(),
  showBaseline: z.boolean().optional(),
  allowMassDelete: z.boolean().optional(),
  score: z.boolean(),
  format: z.enum(['text', 'json'], { error: 'expected text or json' }),
  out: z.string().min(1).optional(),
  quiet: z.boolean().optional(),
});

export type CommonCodemodOptions = z.infer<typeof CommonCodemodOptions>;

/** Adds the shared codemod options to a subcommand (each appears in its --help). */
export function withCommonOptions(command: Command): Command {
  return command
    .option('--dry-run', 'plan and verify (parse, type-check), print the unified diff and the summary; write nothing')
    .option('--allow-dirty', 'run even if the git work tree has uncommitted changes')
    .option(
      '--verify <command>',
      'your tests: run before the change (baseline) and on the changed tree, tests counted; edits that make them fail are dropped; "auto" runs the project\'s tests as its npm test does, without its linters, tsc --noEmit and browser runners (it prints what it chose)',
    )
    .option('--no-type-check', "skip the type-check comparison (no new diagnostic with the project's TypeScript)")
    .option(
      '--no-isolate',
      'all or nothing: one failing edit rejects the whole change (default: drop the failing edits, apply the rest)',
    )
    .option('--show-baseline', 'list the type-check errors the project has before the change')
    .option(
      '--allow-mass-delete',
      'allow a change that deletes more than a fifth of the modules (of the project or of a top-level folder)',
    )
    .option('--no-score', 'do not score the changed modules before and after')
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--quiet', 'no progress on stderr');
}

/** Runs a codemod on the project of `paths` (or the working directory) and writes the report; returns the exit code. */
export async function executeCodemod(
  codemod: Codemod,
  paths: readonly string[],
  options: CommonCodemodOptions,
  io: CliIo,
): Promise<number> {
  const start = paths.length === 0 ? io.cwd : await startOf(resolve(io.cwd, paths[0]!));
  const project = await findProjectRoot(start);
  const config = await loadConfig(project.configFile, io.cwd);
  const pathspecs = await toPathspecs([...paths], io.cwd, project.root, true);
  const verbose = options.quiet !== true;
  const controller = new AbortController();
  const onSigint = (): void => controller.abort();
  process.on('SIGINT', onSigint);
  try {
    const result = await runCodemod(codemod, {
      root: project.root,
      paths: pathspecs,
      allowDirty: options.allowDirty,
      dryRun: options.dryRun,
      verifyCommand: options.verify,
      typeCheck: options.typeCheck,
      isolate: options.isolate,
      allowMassDelete: options.allowMassDelete,
      files: { include: config.include, exclude: config.exclude },
      score:
        options.score &&
        buildAnalysisOptions(
          config,
          {},
          { cwd: io.cwd, root: project.root, configFile: project.configFile, env: io.env },
        ).options,
      signal: controller.signal,
      onProgress: verbose ? progressPrinter(io) : undefined,
      onLog: verbose ? (line) => io.stderr.write(`${line}\n`) : undefined,
      onCommandOutput:
        verbose && options.format !== 'json' && io.stderr.isTTY === true
          ? (chunk) => io.stderr.write(chunk)
          : undefined,
    });
    const text =
      options.format === 'json'
        ? `${JSON.stringify(result, null, 2)}\n`
        : formatCodemodResult(result, { diff: options.dryRun === true, showBaseline: options.showBaseline === true });
    await writeOutput(text, options.out, io);
    return result.status === 'rejected' ? EXIT_GATE : EXIT_OK;
  } catch (error) {
    if (error instanceof InterruptedError) {
      io.stderr.write(`upkeep: ${error.message}\n`);
      return EXIT_INTERRUPTED;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** One line per phase on stderr, on a terminal only (stdout stays clean for --format json). */
function progressPrinter(io: CliIo): (phase: string, done: number, total: number) => void {
  let last = '';
  return (phase, done, total) => {
    if (io.stderr.isTTY !== true) return;
    const line = total > 0 ? `${phase} ${done}/${total}` : `${phase} ${done}`;
    if (line !== last && (done === 0 || done === total || done % 250 === 0 || total === 0))
      io.stderr.write(`\r\u001b[K${line}${done === total ? '\n' : ''}`);
    last = line;
  };
}

/** The directory a path names, or the directory of the file it names; a UsageError when it does not exist. */
export async function startOf(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new UsageError(`${path}: no such file or directory`);
  return info.isDirectory() ? path : dirname(path);
}
