import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { findProjectRoot } from '@upkeep/analyzer';
import { DEAD_CODE_KINDS, deadCodeCodemod, formatCodemodResult, runCodemod, type DeadCodeKind } from '@upkeep/codemods';
import { buildAnalysisOptions } from '../analysis-options.js';
import { loadConfig } from '../config.js';
import { EXIT_GATE, EXIT_OK, type CliIo } from '../io.js';
import { writeOutput } from '../output.js';
import { toPathspecs } from '../paths.js';
import { createProgress } from '../progress.js';
import { parseOptions } from '../validate.js';

const kindList = z.string().transform((text, ctx) => {
  const kinds = text.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(DEAD_CODE_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    ctx.addIssue({ code: 'custom', message: `unknown kind ${unknown.join(', ') || '(none)'}; expected a comma-separated list of ${DEAD_CODE_KINDS.join(', ')}` });
    return z.NEVER;
  }
  return kinds as DeadCodeKind[];
});

const DeadCodeOptions = z.object({
  dryRun: z.boolean().optional(),
  only: kindList.optional(),
  removeParams: z.boolean().optional(),
  entry: z.array(z.string().min(1)).optional(),
  verify: z.string().min(1, { error: 'expected a command' }).optional(),
  typeCheck: z.boolean(),
  score: z.boolean(),
  allowDirty: z.boolean().optional(),
  format: z.enum(['text', 'json'], { error: 'expected text or json' }),
  out: z.string().min(1).optional(),
  quiet: z.boolean().optional(),
});

/** `upkeep codemod dead-code`, a subcommand of `upkeep codemod`. */
export function registerDeadCode(codemod: Command, io: CliIo, setExit: (code: number) => void): void {
  codemod
    .command('dead-code')
    .description('find dead code project-wide (imports, locals, unreachable statements, private members, exports, files) and remove it to a fixpoint, verified')
    .argument('[paths...]', 'remove dead code only in these files or directories (the analysis is always project-wide)')
    .option('--dry-run', 'print the diff, the deleted files and what is kept and why; write nothing')
    .option('--only <kinds>', `comma-separated kinds to take: ${DEAD_CODE_KINDS.join(',')}`)
    .option('--remove-params', 'also remove unused parameters where every call site is known (otherwise they are only reported)')
    .option('--entry <glob...>', 'extra entry points (files or globs relative to the project root), added to upkeep.config.json "entries"')
    .option('--verify <command>', 'a shell command (your tests) run on the changed tree; if it fails every file is restored byte for byte')
    .option('--no-type-check', 'skip the check that the change adds no type-check errors')
    .option('--no-score', 'do not score the changed modules before and after')
    .option('--allow-dirty', 'run on a work tree with uncommitted changes')
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--quiet', 'no progress bar')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      setExit(await deadCode(paths, parseOptions(DeadCodeOptions, raw), io));
    });
}

async function deadCode(paths: string[], options: z.infer<typeof DeadCodeOptions>, io: CliIo): Promise<number> {
  const start = paths.length === 0 ? io.cwd : resolve(io.cwd, paths[0]!);
  const isDir = (await stat(start).catch(() => undefined))?.isDirectory() ?? false;
  const project = await findProjectRoot(isDir ? start : dirname(start));
  const pathspecs = await toPathspecs(paths, io.cwd, project.root, true);
  const config = await loadConfig(project.configFile, io.cwd);
  const progress = createProgress(io.stderr, !options.quiet, 'dead code');
  const result = await runCodemod(deadCodeCodemod({ only: options.only, removeParams: options.removeParams, entries: options.entry }), {
    root: project.root,
    paths: pathspecs,
    dryRun: options.dryRun,
    allowDirty: options.allowDirty,
    verifyCommand: options.verify,
    typeCheck: options.typeCheck,
    score: options.score && buildAnalysisOptions(config, {}, { cwd: io.cwd, root: project.root, configFile: project.configFile }).options,
    onProgress: (_phase, done, total) => progress.update(done, total),
    onCommandOutput: options.format === 'json' ? undefined : (chunk) => io.stderr.write(chunk),
  }).finally(() => progress.stop());
  const text = options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : formatCodemodResult(result, { diff: options.dryRun ?? false });
  await writeOutput(text, options.out, io);
  return result.status === 'rejected' ? EXIT_GATE : EXIT_OK;
}
