import type { Command } from 'commander';
import { analyzeHistory, findProjectRoot, InterruptedError, type HistoryResult } from '@upkeep/analyzer';
import { buildTrend } from '@upkeep/core';
import { renderReport } from '@upkeep/reports';
import { buildAnalysisOptions, withAnalysisOrigin } from '../analysis-options.js';
import { loadConfig } from '../config.js';
import { EXIT_INTERRUPTED, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { checkOutput, writeOutput } from '../output.js';
import { toPathspecs } from '../paths.js';
import { createProgress } from '../progress.js';
import { TrendOptions, checkTrendOptions } from '../trend-options.js';
import { ENGINE_FLAG, ENGINE_HELP, parseOptions } from '../validate.js';

export function registerTrend(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('trend')
    .description('score the history of a branch from git (first parent, sampled) and report how quality moved')
    .argument('[paths...]', 'files or directories to follow (default: the whole project)')
    .option('--branch <ref>', 'branch, tag or commit to walk back from (default: the checked-out branch)')
    .option('--since <date>', 'only commits that landed on or after this date (2024-01-31 or an ISO date-time)')
    .option('--until <date>', 'only commits that landed on or before this date')
    .option('--every <period>', 'one point per: commit | day | week | month | <N>commits (default: commit)')
    .option('--max-points <n>', 'at most this many points, thinned out evenly (default: 100)')
    .option('--format <format>', 'markdown | html | json | csv (default: from the --out extension, else markdown)')
    .option('--out <file>', 'write the report to a file (written whole or not at all) instead of stdout')
    .option('--eslint-config <config>', 'recommended | project | path to an ESLint flat config file')
    .option(
      '--jobs <n>',
      "lint jobs: worker threads, oxlint threads (default: half the cores, at least 1, as ESLint's --concurrency auto)",
    )
    .option(ENGINE_FLAG, ENGINE_HELP)
    .option('--no-cache', 'neither read nor write the analysis cache in .upkeep/')
    .option('--quiet', 'no progress bar and no summary line')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      setExit(await trend(paths, parseOptions(TrendOptions, raw), io));
    });
}

async function trend(paths: string[], options: TrendOptions, io: CliIo): Promise<number> {
  const format = checkTrendOptions(options);
  await checkOutput(options.out, io);
  const project = await findProjectRoot(io.cwd);
  const config = await loadConfig(project.configFile, io.cwd);
  const { options: analysis, origin } = buildAnalysisOptions(config, options, {
    cwd: io.cwd,
    root: project.root,
    configFile: project.configFile,
    env: io.env,
  });
  const progress = createProgress(io.stderr, !options.quiet, 'trend');
  const controller = new AbortController();
  const onSigint = (): void => {
    io.stderr.write('\nupkeep: stopping; what was linted stays in the cache (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  let history: HistoryResult;
  try {
    const pathspecs = await toPathspecs(paths, io.cwd, project.root, false);
    history = await withAnalysisOrigin(origin, () =>
      analyzeHistory({
        root: project.root,
        paths: pathspecs,
        branch: options.branch,
        since: options.since?.date,
        until: options.until?.date,
        sinceText: options.since?.text,
        untilText: options.until?.text,
        every: options.every,
        maxPoints: options.maxPoints,
        ...analysis,
        signal: controller.signal,
        onProgress: ({ phase, done, total, doneBytes, totalBytes }) =>
          phase === 'linting' &&
          progress.update(
            done,
            total,
            totalBytes === undefined ? undefined : { doneBytes: doneBytes ?? 0, totalBytes },
          ),
      }),
    );
  } catch (error) {
    // after a Ctrl-C, what failed (a git process the signal reached too) is the interruption
    if (!(error instanceof InterruptedError) && !controller.signal.aborted) throw error;
    progress.stop();
    const what = error instanceof InterruptedError ? error.message : 'interrupted';
    io.stderr.write(`upkeep: ${what}; no report was written\n`);
    return EXIT_INTERRUPTED;
  } finally {
    progress.stop();
    process.removeListener('SIGINT', onSigint);
  }
  if (history.points.every((point) => point.report.modules.length === 0)) {
    throw new UsageError(
      `no JavaScript or TypeScript module in any of the ${history.points.length} sampled commits of ${history.branch}; nothing to chart`,
    );
  }
  const result = buildTrend({
    toolVersion: history.points[0]!.report.tool.version,
    branch: history.branch,
    head: history.head,
    sampling: history.sampling,
    points: history.points,
    renames: history.renames,
  });
  await writeOutput(await renderReport('trend', format, result), options.out, io);
  if (!options.quiet) for (const notice of history.notices) io.stderr.write(`upkeep: ${notice}\n`);
  if (!options.quiet && options.out !== undefined && options.out !== '-') {
    const { linted, distinctModules } = history.stats;
    io.stderr.write(
      `upkeep: ${result.points.length} points, ${distinctModules} distinct module versions (${linted} linted, ${distinctModules - linted} from the cache) → ${options.out}\n`,
    );
  }
  return EXIT_OK;
}
