import { readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiagnosticCount, TsProject } from './engine.js';
import { openTsProject } from './engine.js';
import { unifiedDiff } from './diff.js';
import { listModuleFiles } from './files.js';
import { requireCleanTree } from './git-state.js';
import { scoreDelta, scoreWorkTree, type ScoreDelta, type ScoreOptions } from './score.js';
import type { Codemod, CodemodContext, Skip } from './types.js';
import { parseCheck, runVerifyCommand, syntaxErrors, typeCheck, type CommandResult, type ParseFailure, type TypeCheckResult } from './verify.js';
import { recoverInterrupted, writeAllOrNothing } from './write.js';

export const CODEMOD_RESULT_VERSION = 1;

export interface RunOptions {
  /** absolute project root */
  root: string;
  /** root-relative files or directories; empty for the whole project */
  paths: readonly string[];
  /** run on a work tree with uncommitted changes */
  allowDirty?: boolean;
  /** plan and verify, print the diff, write nothing */
  dryRun?: boolean;
  /** a shell command (the user's tests) run on the changed tree; if it fails every file is restored */
  verifyCommand?: string;
  /** compare type-check diagnostics before and after (default true) */
  typeCheck?: boolean;
  /** score the changed modules before and after with the analyzer (default true) */
  score?: boolean | ScoreOptions;
  onProgress?: (phase: string, done: number, total: number) => void;
  /** output of the --verify command as it runs */
  onCommandOutput?: (chunk: string) => void;
}

export type RunStatus = 'applied' | 'dry-run' | 'unchanged' | 'rejected';

/** The machine-readable result of a codemod run (`--format json`). */
export interface CodemodResult {
  schemaVersion: typeof CODEMOD_RESULT_VERSION;
  codemod: string;
  status: RunStatus;
  /** why a rejected change was not kept */
  rejection?: string;
  /** files restored from a run that was killed while writing */
  recovered: string[];
  changes: { path: string; deleted: boolean }[];
  /** the unified diff of every change (always computed; printed by --dry-run) */
  diff: string;
  skips: Skip[];
  unparsable: string[];
  summary: string[];
  details: unknown;
  verification: {
    typeCheck: TypeCheckResult | null;
    parse: ParseFailure[];
    command: CommandResult | null;
  };
  score: ScoreDelta | null;
}

/**
 * Runs a codemod with the guarantees every codemod shares: clean tree, plan in memory, verify
 * (type check ⊆ before, every changed file parses, the user's command), write all or nothing,
 * score delta. Usage problems throw InputError; a failed verification is a `rejected` result.
 */
export async function runCodemod(codemod: Codemod, options: RunOptions): Promise<CodemodResult> {
  const { root } = options;
  const progress = options.onProgress ?? ((): void => undefined);
  const recovered = await recoverInterrupted(root);
  if (!options.allowDirty && !options.dryRun) await requireCleanTree(root);

  let project: TsProject | undefined;
  let diagnosticsBefore: DiagnosticCount[] | undefined;
  const loadProject = async (): Promise<TsProject> => {
    if (!project) {
      progress('loading the project', 0, 1);
      const modules = (): string[] => listModuleFiles(root).map((path) => join(root, path));
      const parsing = (): string[] => modules().filter((file) => !/\.d\.[cm]?ts$/.test(file) && syntaxErrors(file, readFileSync(file, 'utf8')).length === 0);
      project = openTsProject(root, modules, parsing);
      progress('loading the project', 1, 1);
    }
    return project;
  };
  const context: CodemodContext = { root, paths: options.paths, model: { files: listModuleFiles(root), isFixture: () => false, notices: [] }, project: loadProject, onProgress: progress };
  const plan = await codemod.plan(context);
  const changes = plan.changes.filter((change) => change.after !== change.before);
  const result: CodemodResult = {
    schemaVersion: CODEMOD_RESULT_VERSION,
    codemod: codemod.id,
    status: 'unchanged',
    recovered,
    changes: changes.map((change) => ({ path: change.path, deleted: change.after === null })),
    diff: changes.map((change) => unifiedDiff(change.path, change.before, change.after)).join(''),
    skips: plan.skips,
    unparsable: plan.unparsable,
    summary: plan.summary,
    details: plan.details,
    verification: { typeCheck: null, parse: [], command: null },
    score: null,
  };
  if (changes.length === 0) return result;

  result.verification.parse = parseCheck(changes);
  if (result.verification.parse.length > 0) return reject(result, 'a changed file would no longer parse');
  if (options.typeCheck !== false && (project !== undefined || (await hasTsconfig(root)))) {
    progress('type-checking', 0, 2);
    const loaded = await loadProject();
    diagnosticsBefore ??= loaded.diagnostics();
    progress('type-checking', 1, 2);
    result.verification.typeCheck = typeCheck(loaded, changes, diagnosticsBefore);
    progress('type-checking', 2, 2);
    if (result.verification.typeCheck.introduced.length > 0) return reject(result, 'the change would add type-check errors');
  }
  if (options.dryRun) return { ...result, status: 'dry-run' };

  const scoring = options.score === false ? undefined : options.score === true || options.score === undefined ? {} : options.score;
  const scoreBefore = scoring ? await scoreWorkTree(root, options.paths, scoring) : undefined;
  progress('writing', 0, changes.length);
  const written = await writeAllOrNothing(root, changes);
  progress('writing', changes.length, changes.length);
  if (options.verifyCommand !== undefined) {
    progress('running the verify command', 0, 1);
    result.verification.command = await runVerifyCommand(options.verifyCommand, root, options.onCommandOutput);
    if (!result.verification.command.passed) {
      await written.rollback();
      return reject(result, `\`${options.verifyCommand}\` failed (exit code ${result.verification.command.exitCode}); every file was restored byte for byte`);
    }
  }
  await written.commit();
  result.status = 'applied';
  if (scoreBefore && scoring) {
    const scoreAfter = await scoreWorkTree(root, options.paths, scoring);
    result.score = scoreDelta(scoreBefore, scoreAfter, changes.filter((change) => change.after !== null).map((change) => change.path));
  }
  return result;
}

function reject(result: CodemodResult, why: string): CodemodResult {
  return { ...result, status: 'rejected', rejection: why };
}

async function hasTsconfig(root: string): Promise<boolean> {
  return access(join(root, 'tsconfig.json')).then(() => true, () => false);
}
