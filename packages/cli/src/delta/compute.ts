import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyzeChange, findProjectRoot } from '@upkeep/analyzer';
import {
  DeltaSchema,
  DiffInputError,
  diffReports,
  evaluateGate,
  hasGateConditions,
  type Delta,
  type GateConditions,
  type UpkeepConfig,
} from '@upkeep/core';
import { buildAnalysisOptions, withAnalysisOrigin } from '../analysis-options.js';
import { loadConfig } from '../config.js';
import { UsageError, type CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import type { ChangeOptionValues, GateOptionValues } from './options.js';

/** The gate conditions in force: flags first, then `gate` in upkeep.config.json, then its top-level failUnder. */
function gateConditions(flags: GateOptionValues, config: UpkeepConfig): GateConditions {
  const conditions: GateConditions = {};
  const failUnder = flags.failUnder ?? config.gate?.failUnder ?? config.failUnder;
  const maxModuleDrop = flags.maxModuleDrop ?? config.gate?.maxModuleDrop;
  const minNewModule = flags.minNewModule ?? config.gate?.minNewModule;
  if (failUnder !== undefined) conditions.failUnder = failUnder;
  if (maxModuleDrop !== undefined) conditions.maxModuleDrop = maxModuleDrop;
  if (minNewModule !== undefined) conditions.minNewModule = minNewModule;
  if (flags.newErrors === false || config.gate?.noNewErrors === true) conditions.noNewErrors = true;
  return conditions;
}

async function readDelta(file: string, io: CliIo): Promise<Delta> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(resolve(io.cwd, file), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--from ${file}: ${code === undefined ? `not valid JSON (${(error as Error).message})` : `cannot read the file (${code})`}`,
    );
  }
  const parsed = DeltaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `--from ${file}: not an upkeep Delta (at "${issue.path.join('.')}": ${issue.message}); write one with upkeep diff --format json`,
    );
  }
  return parsed.data;
}

/**
 * The Delta a command works on: read from --from, or analyzed from --base and --head (or the work
 * tree), with the gate verdict when any condition is set. Notices go to stderr.
 */
export async function computeDelta(change: ChangeOptionValues, gate: GateOptionValues, io: CliIo): Promise<Delta> {
  const project = await findProjectRoot(io.cwd);
  const config = await loadConfig(project.configFile, io.cwd);
  const conditions = gateConditions(gate, config);
  let delta: Delta;
  if (change.from !== undefined) {
    if (change.base !== undefined)
      throw new UsageError('--from and --base exclude each other: read a Delta, or analyze a change');
    delta = await readDelta(change.from, io);
  } else {
    if (change.base === undefined)
      throw new UsageError(
        '--base is required (the branch the change goes into, e.g. --base origin/main), or --from delta.json',
      );
    if (change.head !== undefined && change.worktree) throw new UsageError('--head and --worktree exclude each other');
    const base = change.base;
    const { options: analysis, origin } = buildAnalysisOptions(config, change, {
      cwd: io.cwd,
      root: project.root,
      configFile: project.configFile,
      env: io.env,
    });
    const progress = createProgress(io.stderr, !change.quiet, 'analyzing');
    const result = await withAnalysisOrigin(origin, () =>
      analyzeChange({
        ...analysis,
        root: project.root,
        base,
        head: change.worktree ? undefined : (change.head ?? 'HEAD'),
        onProgress: ({ done, total, doneBytes, totalBytes }) =>
          progress.update(
            done,
            total,
            totalBytes === undefined ? undefined : { doneBytes: doneBytes ?? 0, totalBytes },
          ),
      }),
    ).finally(() => progress.stop());
    if (!change.quiet) for (const notice of result.notices) io.stderr.write(`upkeep: ${notice}\n`);
    if (result.stats.coldCache && result.stats.cacheEnabled && !change.quiet) {
      io.stderr.write(
        `upkeep: nothing came from the analysis cache: this run analyzed all ${result.stats.linted} modules; later runs lint only what changed\n`,
      );
    }
    try {
      delta = diffReports(result);
    } catch (error) {
      if (error instanceof DiffInputError) throw new UsageError(error.message);
      throw error;
    }
  }
  if (hasGateConditions(conditions)) delta = { ...delta, gate: evaluateGate(delta, conditions) };
  return delta;
}
