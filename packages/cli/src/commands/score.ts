import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  analyze,
  findProjectRoot,
  loadPreviousRun,
  runConfiguration,
  runScope,
  savePreviousRun,
  isUnwritableError,
  STATE_DIR,
} from '@upkeep/analyzer';
import { formatScore } from '@upkeep/core';
import { renderReport } from '@upkeep/reports';
import { buildAnalysisOptions, withAnalysisOrigin } from '../analysis-options.js';
import { loadConfig } from '../config.js';
import { EXIT_GATE, EXIT_OK, UsageError, colorsEnabled, type CliIo } from '../io.js';
import { checkOutput, writeOutput } from '../output.js';
import { toPathspecs } from '../paths.js';
import { createProgress } from '../progress.js';
import { formatEnvironment } from './explain-env.js';
import {
  formatOption,
  ENGINE_FLAG,
  ENGINE_HELP,
  engineOption,
  jobsOption,
  parseOptions,
  scoreBound,
} from '../validate.js';

const ScoreOptions = z.object({
  ref: z.string().min(1).optional(),
  format: formatOption('score'),
  out: z.string().min(1).optional(),
  failUnder: scoreBound('--fail-under').optional(),
  eslintConfig: z.string().min(1).optional(),
  jobs: jobsOption.optional(),
  engine: engineOption.optional(),
  cache: z.boolean(),
  quiet: z.boolean().optional(),
  explainEnv: z.boolean().optional(),
});

export function registerScore(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('score')
    .description('score every module (file) out of 10, pylint-style, and the whole project')
    .argument('[paths...]', 'files or directories to score (default: the whole project)')
    .option('--ref <ref>', 'score a git commit, branch or tag straight from git objects (the work tree is not touched)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--fail-under <score>', 'exit 1 when the project score is below this (0-10)')
    .option('--eslint-config <config>', 'recommended | typed | strict | project | path to an ESLint flat config file')
    .option(
      '--jobs <n>',
      "lint jobs: worker threads, oxlint threads (default: half the cores, at least 1, as ESLint's --concurrency auto)",
    )
    .option(ENGINE_FLAG, ENGINE_HELP)
    .option('--no-cache', 'neither read nor write the analysis cache in .upkeep/')
    .option('--quiet', 'print only the final rating line; no progress bar')
    .option(
      '--explain-env',
      'list the environment each group of modules was linted in (module or script, globals) and why, on stderr',
    )
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      setExit(await score(paths, parseOptions(ScoreOptions, raw), io));
    });
}

async function score(paths: string[], options: z.infer<typeof ScoreOptions>, io: CliIo): Promise<number> {
  await checkOutput(options.out, io);
  const project = await findProjectRoot(await rootSearchStart(paths, io.cwd));
  const config = await loadConfig(project.configFile, io.cwd);
  const pathspecs = await toPathspecs(paths, io.cwd, project.root, options.ref === undefined);
  const { options: analysis, origin } = buildAnalysisOptions(config, options, {
    cwd: io.cwd,
    root: project.root,
    configFile: project.configFile,
    env: io.env,
  });
  const progress = createProgress(io.stderr, !options.quiet, 'scoring');
  const { report, notices } = await withAnalysisOrigin(origin, () =>
    analyze({
      ...analysis,
      root: project.root,
      paths: pathspecs,
      ref: options.ref,
      onProgress: ({ done, total, doneBytes, totalBytes }) =>
        progress.update(done, total, totalBytes === undefined ? undefined : { doneBytes: doneBytes ?? 0, totalBytes }),
    }),
  ).finally(() => progress.stop());

  if (report.modules.length === 0 && report.skipped.length === 0) {
    throw new UsageError(
      `no JavaScript or TypeScript modules found in ${paths.length ? paths.join(', ') : project.root}`,
    );
  }
  // the user named what to score and every module of it was left out: say why, not "n/a"
  if (paths.length > 0 && report.modules.length === 0) {
    const [first, ...others] = report.skipped;
    const more = others.length > 0 ? ` (and ${others.length} more skipped; --format json lists them)` : '';
    throw new UsageError(`nothing to score in ${paths.join(', ')}: ${first!.path} is skipped: ${first!.detail}${more}`);
  }
  if (options.ref === undefined) {
    const scope = runScope(pathspecs);
    const configuration = runConfiguration(report, analysis);
    const previous = await loadPreviousRun(project.root, scope, configuration);
    if (previous.kind === 'same') report.previousRun = previous.run;
    if (previous.kind === 'configuration-changed') report.previousRunConfigurationChanged = { date: previous.date };
    try {
      await savePreviousRun(project.root, scope, configuration, report);
    } catch (error) {
      // a read-only checkout (analyze said so when it used the cache): the report stands
      if (!isUnwritableError(error)) throw error;
      notices.push(`this run is not remembered as the previous run: ${STATE_DIR}/ cannot be written`);
    }
  }

  if (options.explainEnv) io.stderr.write(formatEnvironment(report.environment));
  else if (!options.quiet) for (const notice of notices) io.stderr.write(`upkeep: ${notice}\n`);

  const toFile = options.out !== undefined;
  const text = await renderReport('score', options.format, report, {
    colors: !toFile && colorsEnabled(io, io.stdout),
    quiet: options.quiet,
  });
  await writeOutput(text, options.out, io);

  const failUnder = options.failUnder ?? config.failUnder;
  if (failUnder !== undefined && report.total.score !== null && report.total.score < failUnder) {
    io.stderr.write(
      `upkeep: the project is rated ${formatScore(report.total.score)}/10, under --fail-under ${failUnder}\n`,
    );
    return EXIT_GATE;
  }
  return EXIT_OK;
}

/** The project of the first path named (its nearest upkeep.config.json or git work tree), else of the working directory. */
async function rootSearchStart(paths: readonly string[], cwd: string): Promise<string> {
  if (paths.length === 0) return cwd;
  const first = resolve(cwd, paths[0]!);
  const info = await stat(first).catch(() => undefined);
  return info?.isDirectory() ? first : dirname(first);
}
