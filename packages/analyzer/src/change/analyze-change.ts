import {
  DEFAULT_EVALUATION,
  buildScoreReport,
  parseEvaluation,
  type Hunk,
  type ModuleResult,
  type RenamePair,
  type ScoreReport,
} from '@upkeep/core';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import { isModulePath } from '../sources/files.js';
import { gitIn, gitTopLevel, resolveCommit, splitNul } from '../sources/git.js';
import { InputError } from '../sources/source.js';
import { changedFiles, changedHunks, renamesOf, type ChangedFile, type DiffHead } from './git-diff.js';
import { isTypeAware } from '../eslint-config-choice.js';

export interface AnalyzeChangeOptions extends Omit<AnalyzeOptions, 'ref' | 'paths' | 'onProgress'> {
  /** the commit-ish the change is compared with (a pull request's target branch) */
  base: string;
  /** the commit-ish of the change; undefined for the files on disk */
  head?: string;
  onProgress?: AnalyzeOptions['onProgress'];
}

export interface AnalyzeChangeStats {
  /** modules of the head */
  modules: number;
  /** modules linted in this run, both sides together; the others came from the cache */
  linted: number;
  cacheHits: number;
  /** nothing came from the cache: the run was a full analysis */
  coldCache: boolean;
  /** the analysis cache was read and written (not with --no-cache, nor when `.upkeep/` cannot be written) */
  cacheEnabled: boolean;
}

export interface AnalyzeChangeResult {
  /** the whole project at the base: changed modules analyzed from the base commit, the others shared with the head */
  base: ScoreReport;
  head: ScoreReport;
  files: ChangedFile[];
  renames: RenamePair[];
  /** zero-context hunks of modified and renamed modules, by head path */
  hunks: Record<string, Hunk[]>;
  /** what the user should know about the run (both sides' notices, each once), one line each */
  notices: string[];
  stats: AnalyzeChangeStats;
}

/** Renames --ref in the messages of the shared ref resolution to the flag the user typed. */
async function commitOf(root: string, ref: string, flag: string): Promise<string> {
  try {
    return (await resolveCommit(root, ref)).commit;
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.message.replace(/^--ref /, `${flag} `));
    throw error;
  }
}

async function pathsAt(root: string, commit: string): Promise<Set<string>> {
  return new Set(
    splitNul(await gitIn(root).raw(['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--name-only', commit])),
  );
}

/**
 * Scores the base and the head of a change while linting only what differs: the head is analyzed
 * whole (unchanged modules are cache hits), the base only at the paths git reports as changed;
 * every other base module has the same blob as in the head, so its result is shared. Both reports
 * cover the whole project, so their totals are exact.
 */
export async function analyzeChange(options: AnalyzeChangeOptions): Promise<AnalyzeChangeResult> {
  const { base, head, onProgress, ...shared } = options;
  if ((await gitTopLevel(shared.root)) === undefined) {
    throw new InputError(
      `--base ${base}: ${shared.root} is not inside a git repository; upkeep diff compares two commits of one`,
    );
  }
  if (shared.eslintConfig !== undefined && isTypeAware(shared.eslintConfig)) {
    throw new InputError(
      `--eslint-config ${shared.eslintConfig} cannot analyze the base commit from git objects; diff with --eslint-config recommended or project`,
    );
  }
  const baseCommit = await commitOf(shared.root, base, '--base');
  const headCommit = head === undefined ? undefined : await commitOf(shared.root, head, '--head');
  if (headCommit === baseCommit) {
    throw new InputError(
      `--base ${base} and --head ${head} are the same commit (${baseCommit.slice(0, 12)}): there is no change to compare`,
    );
  }
  const diffHead: DiffHead = headCommit === undefined ? { worktree: true } : { commit: headCommit };
  const files = await changedFiles(shared.root, baseCommit, diffHead);

  const headRun = await analyze({ ...shared, ref: headCommit, onProgress });
  // the ref as the user gave it (HEAD, origin/feature) beside the commit it named
  if (head !== undefined && headCommit !== undefined)
    headRun.report.source = { kind: 'git', ref: head, commit: headCommit };
  const headChanged = new Set(files.filter((file) => file.status !== 'deleted').map((file) => file.path));
  const baseChanged = files
    .filter((file) => file.status !== 'added')
    .map((file) => file.from ?? file.path)
    .filter(isModulePath);
  // the engine the head ran on (ESLint when oxlint could not run), so both sides are judged alike
  const engine = headRun.report.config.engine?.name ?? shared.engine;
  const baseRun =
    baseChanged.length === 0
      ? undefined
      : await analyze({
          ...shared,
          ...(engine === undefined ? {} : { engine }),
          ref: baseCommit,
          paths: baseChanged,
        });
  const basePaths = await pathsAt(shared.root, baseCommit);
  const unchanged = headRun.report.modules.filter(
    (module) => basePaths.has(module.path) && !headChanged.has(module.path),
  );

  const parsed = parseEvaluation(shared.evaluation ?? DEFAULT_EVALUATION);
  if (!parsed.ok) throw new InputError(`evaluation: ${parsed.error.message}`);
  const baseModules: ModuleResult[] = [...unchanged, ...(baseRun?.report.modules ?? [])];
  const baseReport = buildScoreReport({
    toolVersion: headRun.report.tool.version,
    source: { kind: 'git', ref: base, commit: baseCommit },
    config: { eslintConfig: headRun.report.config.eslintConfig, hash: headRun.report.config.hash },
    modules: baseModules,
    skipped: [
      ...headRun.report.skipped.filter((file) => basePaths.has(file.path) && !headChanged.has(file.path)),
      ...(baseRun?.report.skipped ?? []),
    ],
    packageRoots: headRun.report.packages.map((aggregate) => aggregate.path),
    evaluation: parsed.expression,
  });

  const modified = files.filter(
    (file) => file.status === 'modified' || file.status === 'renamed' || file.status === 'type-changed',
  );
  const hunkPaths = [
    ...new Set(modified.flatMap((file) => (file.from === undefined ? [file.path] : [file.from, file.path]))),
  ];
  const hunks = await changedHunks(shared.root, baseCommit, diffHead, hunkPaths.filter(isModulePath));
  const linted = headRun.stats.linted + (baseRun?.stats.linted ?? 0);
  const cacheHits = headRun.stats.cache.hits + (baseRun?.stats.cache.hits ?? 0);
  return {
    base: baseReport,
    head: headRun.report,
    files,
    renames: renamesOf(files),
    hunks,
    notices: [...new Set([...headRun.notices, ...(baseRun?.notices ?? [])])],
    stats: {
      modules: headRun.stats.modules,
      linted,
      cacheHits,
      coldCache: cacheHits === 0 && linted > 0,
      cacheEnabled: headRun.stats.cache.enabled,
    },
  };
}
