import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TsProject } from './engine.js';
import { openTsProject } from './engine.js';
import { unifiedDiff } from './diff.js';
import { listCodemodFiles, type FileSetOptions } from './files.js';
import { dirtyFiles, requireCleanTree, restoreWhatCommandWrote, type CommandWrites } from './git-state.js';
import { massDeleteMessage, massDeletes, type MassDelete } from './guard.js';
import { FLAKY_LIMIT, isolate, maxRuns, type FlakyFailure, type Verdict } from './isolate.js';
import { ParseChecker, isGrammarCode, packageTypeReader, type ParseFailure } from './parse-check.js';
import { scoreDelta, scoreWorkTree, type ScoreDelta, type ScoreOptions } from './score.js';
import { syntaxErrors } from './syntax.js';
import {
  TypeCheckSession,
  chooseTsconfigs,
  newDiagnostics,
  resolveProjectTypeScript,
  type TypeDiagnostic,
  type TypeScriptInfo,
} from './typecheck.js';
import type { ProjectModel } from '@upkeep/analyzer';
import type { Codemod, CodemodContext, EditGroup, FileChange, Skip } from './types.js';
import {
  InterruptedError,
  baselineRefusal,
  judgeRun,
  resolveVerify,
  runVerifyCommand,
  type CommandRun,
  type ResolvedVerify,
} from './verify.js';
import type { AutoVerifyChoice } from './auto-verify.js';
import { failingNames, settleBaseline, summaryOf, testsOf, type FlakyRun } from './flaky.js';
import { recoverInterrupted, writeAllOrNothing } from './write.js';

import { CODEMOD_RESULT_SCHEMA_VERSION } from '@upkeep/core';

export const CODEMOD_RESULT_VERSION = CODEMOD_RESULT_SCHEMA_VERSION;

export interface RunOptions {
  /** absolute project root */
  root: string;
  /** root-relative files or directories; empty for the whole project */
  paths: readonly string[];
  /** run on a work tree with uncommitted changes */
  allowDirty?: boolean;
  /** plan and verify (parse, type-check), print the diff, write nothing */
  dryRun?: boolean;
  /** a shell command (the user's tests), or 'auto' for the project's `npm test`: run before (baseline) and on the changed tree */
  verifyCommand?: string;
  /** compare type-check diagnostics before and after (default true) */
  typeCheck?: boolean;
  /** drop the edit groups that fail verification and keep the rest (default true); false: all or nothing */
  isolate?: boolean;
  /** allow a change that deletes more than a fifth of the modules (of the project or a top-level folder) */
  allowMassDelete?: boolean;
  /** include/exclude of upkeep.config.json, for the file set */
  files?: FileSetOptions;
  /** score the changed modules before and after with the analyzer (default true) */
  score?: boolean | ScoreOptions;
  /** aborting (Ctrl-C) stops the test command, restores every file and rejects with InterruptedError */
  signal?: AbortSignal;
  onProgress?: (phase: string, done: number, total: number) => void;
  /** one-line messages for the user while the run goes (what will be run, how many runs at most) */
  onLog?: (line: string) => void;
  /** output of the --verify command as it runs */
  onCommandOutput?: (chunk: string) => void;
}

/** applied: everything planned (or what was kept after isolation) was written; rejected: nothing could be applied. */
export type RunStatus = 'applied' | 'dry-run' | 'unchanged' | 'rejected';

/** Why an edit group was not applied. */
export type DropReason =
  | 'parse'
  | 'type-check'
  | 'verify'
  | 'unverified'
  | 'internal-error'
  | 'requires'
  | 'outside-file-set'
  | 'all-or-nothing';

export interface DroppedGroup {
  id: string;
  label: string;
  kind: string;
  files: string[];
  reason: DropReason;
  /** "would not parse: src/a.js:3: Unexpected token", "new type error TS2552 at src/a.ts:4: …", "--verify failed when included (exit code 1)" */
  detail: string;
}

export interface TestsResult {
  command: string;
  /** what `--verify auto` chose from the project's scripts, and why */
  auto?: { script: string; why: string; dropped: { step: string; reason: string }[]; composed: boolean };
  before: CommandRun;
  /** the last run on the change that was kept (null when nothing was kept to test) */
  after: CommandRun | null;
  /** true when a run's output had no recognizable summary: judged by exit code alone */
  uncounted: boolean;
  /** tracked files the test command rewrote (they were clean before it ran): restored after every run */
  restored: string[];
  /** untracked files the test command created: left in place (never deleted), listed */
  created: string[];
  /** times the command ran, the baseline and every re-run included */
  runs: number;
  /** of `runs`, those that ran a failing tree again to tell a flaky test from a broken edit */
  reruns: number;
  /** failures that did not reproduce when run again on the same tree: no edit was dropped for them */
  flaky: FlakyRun[];
}

export interface TypeCheckResult {
  typescript: TypeScriptInfo;
  /** root-relative tsconfig(s) used; [null] for the allowJs defaults */
  configs: (string | null)[];
  /** errors before the change */
  baseline: TypeDiagnostic[];
  /** errors with the applied change */
  after: number;
  /** errors the change as planned would add (before isolation); the dropped groups explain them */
  introduced: TypeDiagnostic[];
}

/** The machine-readable result of a codemod run (`--format json`); schema in schemas/codemod-result.schema.json. */
export interface CodemodResult {
  schemaVersion: typeof CODEMOD_RESULT_VERSION;
  codemod: string;
  status: RunStatus;
  /** why nothing was applied */
  rejection?: string;
  /** files restored from a run that was killed while writing */
  recovered: string[];
  /** the changes applied (or, for a dry run, that would be) */
  changes: { path: string; deleted: boolean }[];
  /** the unified diff of those changes */
  diff: string;
  groups: { planned: number; applied: number; dropped: number };
  dropped: DroppedGroup[];
  skips: Skip[];
  unparsable: string[];
  notices: string[];
  summary: string[];
  details: unknown;
  verification: {
    /** parse failures of the change as planned (each explained by a dropped group) */
    parse: ParseFailure[];
    typeCheck: TypeCheckResult | null;
    tests: TestsResult | null;
    isolation: { enabled: boolean; runs: number };
  };
  massDelete: MassDelete[];
  score: ScoreDelta | null;
}

interface Planned {
  groups: EditGroup[];
  changesFor(kept: ReadonlySet<string>): Promise<FileChange[]>;
}

/** The plan's groups, or one group per changed file. */
function groupsOf(plan: {
  changes: FileChange[];
  groups?: EditGroup[];
  changesFor?(kept: ReadonlySet<string>): FileChange[] | Promise<FileChange[]>;
}): Planned {
  const changes = plan.changes.filter((change) => change.after !== change.before);
  if (plan.groups && plan.changesFor) {
    const changesFor = plan.changesFor.bind(plan);
    return {
      groups: plan.groups,
      changesFor: async (kept) => (await changesFor(kept)).filter((change) => change.after !== change.before),
    };
  }
  const groups: EditGroup[] =
    plan.groups ??
    changes.map((change) => ({
      id: `file:${change.path}`,
      label: change.after === null ? `delete ${change.path}` : change.path,
      kind: 'file',
      files: [change.path],
    }));
  return {
    groups,
    // without changesFor, a file is kept when every group touching it is
    changesFor: (kept) => {
      const dropped = new Set(groups.filter((group) => !kept.has(group.id)).flatMap((group) => group.files));
      return Promise.resolve(changes.filter((change) => !dropped.has(change.path)));
    },
  };
}

/**
 * Runs a codemod with the guarantees every codemod shares: clean tree, plan in memory, verify
 * (every changed file parses as its runtime reads it, no new type error with the project's
 * TypeScript, the project's tests as green and as many passing as before), isolate and drop the
 * edit groups that fail, write all or nothing, score delta. Usage problems throw InputError; a
 * change of which nothing could be kept is a `rejected` result; an abort throws InterruptedError
 * after restoring every file.
 */
export async function runCodemod(codemod: Codemod, options: RunOptions): Promise<CodemodResult> {
  const { root } = options;
  const progress = options.onProgress ?? ((): void => undefined);
  const log = options.onLog ?? ((): void => undefined);
  const useIsolation = options.isolate !== false;
  const recovered = await recoverInterrupted(root);
  if (!options.allowDirty && !options.dryRun) await requireCleanTree(root);
  const verify: ResolvedVerify | undefined =
    options.verifyCommand === undefined ? undefined : await resolveVerify(options.verifyCommand, root);
  const verifyCommand = verify?.command;
  if (verify?.auto) log(`--verify auto: \`${verify.auto.command}\` — ${verify.auto.why}`);
  const localBin = verify?.auto?.composed === true;

  progress('listing files', 0, 1);
  const model: ProjectModel = await listCodemodFiles(root, options.paths, options.files);
  progress('listing files', 1, 1);
  let project: TsProject | undefined;
  const loadProject = async (): Promise<TsProject> => {
    if (!project) {
      progress('loading the project', 0, 1);
      const modules = (): string[] => model.files.map((path) => join(root, path));
      const parsing = (included: ReadonlySet<string>): string[] =>
        modules().filter(
          (file) =>
            !included.has(file) &&
            !/\.d\.[cm]?ts$/.test(file) &&
            syntaxErrors(file, readFileSync(file, 'utf8')).length === 0,
        );
      project = openTsProject(root, modules, parsing);
      progress('loading the project', 1, 1);
    }
    return project;
  };
  const context: CodemodContext = { root, paths: options.paths, model, project: loadProject, onProgress: progress };
  const plan = await codemod.plan(context);
  const planned = groupsOf(plan);
  const groupById = new Map(planned.groups.map((group) => [group.id, group]));
  const dropped: DroppedGroup[] = [];
  const dropGroup = (group: EditGroup, reason: DropReason, detail: string): void => {
    dropped.push({ id: group.id, label: group.label, kind: group.kind, files: group.files, reason, detail });
  };
  for (const error of plan.internalErrors ?? []) {
    dropped.push({
      id: `internal-error:${error.path}`,
      label: `edits of ${error.path}`,
      kind: 'file',
      files: [error.path],
      reason: 'internal-error',
      detail: error.message,
    });
  }
  // codemods edit only score's file set: not dist/ bundles, not fixtures unless named
  const fileSet = new Set(model.files);
  const allChanges = await planned.changesFor(new Set(groupById.keys()));
  const changedPaths = new Set(allChanges.map((change) => change.path));
  let candidates = planned.groups.filter((group) => {
    const outside = group.files.filter((path) => changedPaths.has(path) && !fileSet.has(path));
    if (outside.length === 0) return true;
    dropGroup(
      group,
      'outside-file-set',
      `${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not among the project's source files (\`upkeep score\` skips ${outside.length === 1 ? 'it' : 'them'}: build output, vendored, generated, a test fixture, or excluded)`,
    );
    return false;
  });

  const result: CodemodResult = {
    schemaVersion: CODEMOD_RESULT_VERSION,
    codemod: codemod.id,
    status: 'unchanged',
    recovered,
    changes: [],
    diff: '',
    groups: { planned: planned.groups.length + (plan.internalErrors?.length ?? 0), applied: 0, dropped: 0 },
    dropped,
    skips: plan.skips,
    unparsable: plan.unparsable,
    notices: [...model.notices],
    summary: plan.summary,
    details: plan.details,
    verification: { parse: [], typeCheck: null, tests: null, isolation: { enabled: useIsolation, runs: 0 } },
    massDelete: [],
    score: null,
  };
  const finish = (kept: FileChange[]): CodemodResult => {
    result.changes = kept.map((change) => ({ path: change.path, deleted: change.after === null }));
    result.diff = kept.map((change) => unifiedDiff(change.path, change.before, change.after)).join('');
    result.groups.dropped = dropped.length;
    return result;
  };
  if (allChanges.length === 0 && dropped.length === 0) return finish([]);

  // the guard looks at the whole plan: a plan that deletes the project is wrong even if it verifies
  const deletions = allChanges.filter((change) => change.after === null).map((change) => change.path);
  result.massDelete = massDeletes(model.files, deletions);
  if (result.massDelete.length > 0 && !options.allowMassDelete) {
    result.status = 'rejected';
    result.rejection = massDeleteMessage(result.massDelete);
    return finish([]);
  }

  // one verification of a subset of groups, in three layers (cheapest first)
  const changesOf = (kept: ReadonlySet<string>): Promise<FileChange[]> => planned.changesFor(kept);
  const touching = (paths: Iterable<string>): Set<string> => {
    const wanted = new Set(paths);
    return new Set(
      candidates
        .filter(
          (group) =>
            group.files.some((path) => wanted.has(path)) || (group.declaration && wanted.has(group.declaration.path)),
        )
        .map((group) => group.id),
    );
  };
  let session: TypeCheckSession | undefined;
  let baseline: TypeDiagnostic[] = [];
  const wantTypeCheck = options.typeCheck !== false;
  if (wantTypeCheck) {
    const { ts: projectTs, info } = resolveProjectTypeScript(root);
    const configs = chooseTsconfigs(projectTs, root, [...changedPaths]);
    // without a tsconfig, only a codemod that loaded the TypeScript project (rename) is checked, with allowJs defaults
    if (configs === null ? project !== undefined : configs.length > 0) {
      progress('type-checking (baseline)', 0, 1);
      session = new TypeCheckSession(projectTs, info, root, configs, () => model.files);
      baseline = session.check();
      progress('type-checking (baseline)', 1, 1);
      result.verification.typeCheck = {
        typescript: info,
        configs: session.configs,
        baseline,
        after: baseline.length,
        introduced: [],
      };
    }
  }
  const packageType = packageTypeReader(root);
  const parser = new ParseChecker(
    (path) => model.packageOf(path)?.type ?? packageType(path),
    (path) => session?.covers(path) ?? false,
  );

  type Failure = { reason: DropReason; detail: string; paths: string[] };
  const staticCheck = async (
    kept: ReadonlySet<string>,
    record = false,
  ): Promise<Verdict<Failure> & { changes: FileChange[] }> => {
    const changes = await changesOf(kept);
    const parse = parser.check(
      changes.filter((change): change is FileChange & { after: string } => change.after !== null),
    );
    if (record) result.verification.parse = parse;
    if (parse.length > 0) {
      const failures = parse.map((failure) => ({
        reason: 'parse' as const,
        detail: `would not parse (read as ${failure.readAs}): ${failure.path}:${failure.errors[0]}`,
        paths: [failure.path],
      }));
      return { ok: false, failures, suspects: touching(parse.map((failure) => failure.path)), changes };
    }
    if (session) {
      progress('type-checking', 0, 1);
      const after = session.check(new Map(changes.map((change) => [change.path, change.after])));
      progress('type-checking', 1, 1);
      const introduced = newDiagnostics(baseline, after, new Map(changes.map((change) => [change.path, change])));
      if (record && result.verification.typeCheck) result.verification.typeCheck.introduced = introduced;
      if (introduced.length > 0) {
        const failures = introduced.map((d) => ({
          reason: isGrammarCode(d.code) ? ('parse' as const) : ('type-check' as const),
          detail: `${isGrammarCode(d.code) ? 'would not parse' : 'new type error'} TS${d.code} at ${d.path}:${d.line}: ${d.message}`,
          paths: [d.path],
        }));
        const paths = introduced.map((d) => d.path);
        const suspects = touching(paths);
        return {
          ok: false,
          failures,
          suspects: paths.every((path) => changes.some((change) => change.path === path)) ? suspects : undefined,
          changes,
        };
      }
      if (result.verification.typeCheck) result.verification.typeCheck.after = after.length;
    }
    return { ok: true, failures: [], changes };
  };
  const failureFor = (verdict: Verdict<Failure>, id: string): Failure | undefined => {
    const group = groupById.get(id);
    return (
      verdict.failures.find((failure) => group?.files.some((path) => failure.paths.includes(path))) ??
      verdict.failures[0]
    );
  };
  const requires = new Map(candidates.map((group) => [group.id, group.requires ?? []]));
  const applyIsolation = (isolated: {
    kept: string[];
    dropped: { id: string; failure: Failure | undefined; requiredBy?: string }[];
    runs: number;
  }): void => {
    result.verification.isolation.runs += isolated.runs;
    for (const entry of isolated.dropped) {
      const group = groupById.get(entry.id)!;
      if (entry.failure) dropGroup(group, entry.failure.reason, entry.failure.detail);
      else
        dropGroup(
          group,
          'requires',
          `needs ${groupById.get(entry.requiredBy ?? '')?.label ?? entry.requiredBy}, which was dropped`,
        );
    }
    const keptIds = new Set(isolated.kept);
    candidates = candidates.filter((group) => keptIds.has(group.id));
  };
  const ids = (): string[] => candidates.map((group) => group.id);

  // layer 1 and 2: parse and type-check, in memory
  const first = await staticCheck(new Set(ids()), true);
  let keptChanges = first.changes;
  if (!first.ok) {
    if (!useIsolation)
      return rejectAll(
        result,
        candidates,
        first.failures.map((f) => f.detail),
        dropGroup,
        finish,
      );
    log(
      `the change does not verify (${first.failures[0]!.detail}); isolating the failing edits among ${candidates.length} group(s)`,
    );
    const isolated = await isolate(ids(), requires, (kept) => staticCheck(kept), {
      initial: first,
      failureFor,
      onRun: (runs) => progress('isolating', runs, 0),
    });
    applyIsolation(isolated);
    keptChanges = await changesOf(new Set(ids()));
    if (session) {
      const after = session.check(new Map(keptChanges.map((change) => [change.path, change.after])));
      if (result.verification.typeCheck) result.verification.typeCheck.after = after.length;
    }
  }
  if (keptChanges.length === 0) return nothingApplied(result, finish);
  if (options.dryRun) {
    result.status = 'dry-run';
    result.groups.applied = candidates.length;
    return finish(keptChanges);
  }

  const scoring =
    options.score === false ? undefined : options.score === true || options.score === undefined ? {} : options.score;
  const scoreBefore = scoring ? await scoreWorkTree(root, options.paths, scoring) : undefined;

  // layer 3: the project's tests, on disk
  if (verifyCommand !== undefined) {
    // what the test command itself writes (expected-output files, a formatter in `npm test`) is put back after every run
    const commandWrites: CommandWrites = { restored: [], created: [] };
    const noteWrites = (writes: CommandWrites): void => {
      for (const path of writes.restored) {
        if (!commandWrites.restored.includes(path)) {
          commandWrites.restored.push(path);
          log(`\`${verifyCommand}\` rewrote ${path}, a file the codemod did not change: restored`);
        }
      }
      for (const path of writes.created) if (!commandWrites.created.includes(path)) commandWrites.created.push(path);
    };
    let commandRuns = 0;
    let reruns = 0;
    const runBaseline = async (): Promise<CommandRun> => {
      commandRuns += 1;
      const treeBefore = await dirtyFiles(root);
      return runVerifyCommand(verifyCommand, root, {
        signal: options.signal,
        onOutput: options.onCommandOutput,
        localBin,
      }).finally(async () => noteWrites(await restoreWhatCommandWrote(root, treeBefore)));
    };
    log(`running \`${verifyCommand}\` before the change (baseline)`);
    progress('tests (baseline)', 0, 1);
    let before = await runBaseline();
    if (before.stopped) log(`\`${verifyCommand}\`: ${before.stopped}`);
    const flaky: FlakyRun[] = [];
    if (before.exitCode !== 0 && before.exitCode !== 126 && before.exitCode !== 127) {
      // a test that fails at random must not set the bar (nor refuse the run): once more, on the same tree
      log(
        `\`${verifyCommand}\` fails before the change (${testsOf(before)}); running it again to tell a flaky test from a failing suite`,
      );
      reruns += 1;
      const again = await runBaseline();
      if (again.stopped) log(`\`${verifyCommand}\`: ${again.stopped}`);
      const settled = settleBaseline(before, again);
      before = settled.before;
      if (settled.flaky) flaky.push(settled.flaky);
      if (settled.log) log(settled.log);
    }
    progress('tests (baseline)', 1, 1);
    const refusal = baselineRefusal(verifyCommand, before);
    if (refusal !== undefined) {
      const { InputError } = await import('@upkeep/analyzer');
      throw new InputError(`${refusal}\n${before.output}`);
    }
    const tests: TestsResult = {
      command: verifyCommand,
      ...(verify?.auto ? { auto: autoOf(verify.auto) } : {}),
      before,
      after: null,
      uncounted: before.tests === null,
      restored: commandWrites.restored,
      created: commandWrites.created,
      runs: 0,
      reruns: 0,
      flaky,
    };
    result.verification.tests = tests;
    if (before.tests === null)
      log(
        `the output of \`${verifyCommand}\` has no test summary upkeep recognizes: tests could not be counted; judged by exit code alone`,
      );
    else
      log(
        `baseline: ${before.tests.passed} test(s) passed, ${before.tests.failed} failed (${before.duration.toFixed(1)} s)`,
      );
    if (before.exitCode !== 0)
      log(
        `\`${verifyCommand}\` already fails before the change (exit ${before.exitCode}, twice); the change is judged by the counts: no fewer than ${before.tests!.passed} test(s) passing and no more than ${before.tests!.failed} failing`,
      );
    type CommandVerdict = Verdict<Failure> & { run?: CommandRun };
    /** the passing run of each subset tried, by its groups: the report shows the one of the subset kept */
    const passed = new Map<string, CommandRun>();
    const keyOf = (kept: Iterable<string>): string => [...kept].sort().join('\n');
    const commandCheck = async (kept: ReadonlySet<string>): Promise<CommandVerdict> => {
      const checked = await staticCheck(kept);
      if (!checked.ok) return checked;
      if (checked.changes.length === 0) return { ok: true, failures: [] };
      commandRuns += 1;
      const run = await runOnDisk(root, checked.changes, verifyCommand, options, localBin, noteWrites);
      if (run.stopped) log(`\`${verifyCommand}\`: ${run.stopped}`);
      tests.after = run;
      if (run.tests === null) tests.uncounted = true;
      const judged = judgeRun(before, run);
      if (judged.ok) passed.set(keyOf(kept), run);
      return judged.ok
        ? { ok: true, failures: [], run }
        : {
            ok: false,
            failures: [{ reason: 'verify', detail: `--verify failed when included (${judged.why})`, paths: [] }],
            run,
          };
    };
    const noteFlaky = (event: FlakyFailure<CommandVerdict>): void => {
      const failedRun = event.failed.run;
      const passedRun = event.passed.run;
      if (!failedRun || !passedRun) return;
      flaky.push({
        phase: event.phase,
        tested: event.tested,
        failed: summaryOf(failedRun),
        passed: summaryOf(passedRun),
      });
      log(
        `flaky: \`${verifyCommand}\` failed with ${event.tested} edit group(s) applied (${testsOf(failedRun)}), then passed on the same tree (${testsOf(passedRun)}); ${failingNames(failedRun)}; no edit dropped for it`,
      );
    };
    const settle = (): void => {
      tests.runs = commandRuns;
      tests.reruns = reruns;
    };
    progress('tests (with the change)', 0, 1);
    let firstRun = await commandCheck(new Set(ids()));
    progress('tests (with the change)', 1, 1);
    if (!firstRun.ok && !useIsolation) {
      // all or nothing: still, a failure must reproduce before it rejects the change
      reruns += 1;
      const again = await commandCheck(new Set(ids()));
      if (again.ok) noteFlaky({ phase: 'change', tested: ids().length, failed: firstRun, passed: again });
      firstRun = again;
      if (!firstRun.ok) {
        settle();
        return rejectAll(
          result,
          candidates,
          firstRun.failures.map((f) => f.detail),
          dropGroup,
          finish,
        );
      }
    }
    if (!firstRun.ok) {
      log(
        `\`${verifyCommand}\` fails with the change (${firstRun.failures[0]!.detail}); running it again, then isolating the failing edits among ${candidates.length} group(s) if it fails again: about ${Math.ceil(Math.log2(Math.max(2, candidates.length))) + 4} runs per failing edit (${maxRuns(candidates.length, 1, true)} at most for one; a failure is acted on only when it reproduces, at most ${FLAKY_LIMIT} that do not are absorbed), ${before.duration.toFixed(0)} s each`,
      );
      const isolated = await isolate<Failure, CommandVerdict>(ids(), requires, commandCheck, {
        initial: firstRun,
        failureFor,
        confirm: { flakyLimit: FLAKY_LIMIT },
        onFlaky: noteFlaky,
        onRun: (runs, kept, droppedCount) =>
          log(`isolation run ${runs}: ${kept} group(s) tested, ${droppedCount} dropped so far`),
      });
      reruns += isolated.confirmations;
      applyIsolation(isolated);
      for (const id of isolated.unverified) {
        dropGroup(
          groupById.get(id)!,
          'unverified',
          `not applied: \`${verifyCommand}\` failed at random more than ${FLAKY_LIMIT} times while isolating (failures that did not reproduce), and no passing run included this edit; run again when the suite is stable`,
        );
      }
      const unverified = new Set(isolated.unverified);
      candidates = candidates.filter((group) => !unverified.has(group.id));
      keptChanges = await changesOf(new Set(ids()));
      tests.after = passed.get(keyOf(ids())) ?? tests.after;
      settle();
      if (keptChanges.length === 0) return nothingApplied(result, finish);
    }
    settle();
  }

  progress('writing', 0, keptChanges.length);
  const written = await writeAllOrNothing(root, keptChanges);
  await written.commit();
  progress('writing', keptChanges.length, keptChanges.length);
  result.status = 'applied';
  result.groups.applied = candidates.length;
  if (scoreBefore && scoring) {
    const scoreAfter = await scoreWorkTree(root, options.paths, scoring);
    result.score = scoreDelta(
      scoreBefore,
      scoreAfter,
      keptChanges.filter((change) => change.after !== null).map((change) => change.path),
    );
  }
  return finish(keptChanges);
}

/**
 * Writes the changes, runs the command, restores every file (also when aborted: then
 * InterruptedError): the codemod's from its journal, the tracked files the command rewrote from git.
 */
async function runOnDisk(
  root: string,
  changes: readonly FileChange[],
  command: string,
  options: RunOptions,
  localBin: boolean,
  noteWrites: (writes: CommandWrites) => void,
): Promise<CommandRun> {
  if (options.signal?.aborted) throw new InterruptedError();
  const treeBefore = await dirtyFiles(root);
  const written = await writeAllOrNothing(root, changes);
  let run: CommandRun;
  try {
    run = await runVerifyCommand(command, root, {
      signal: options.signal,
      onOutput: options.onCommandOutput,
      localBin,
    });
  } finally {
    // restored whatever happened, also when interrupted (then runVerifyCommand threw)
    await written.rollback();
    noteWrites(await restoreWhatCommandWrote(root, treeBefore));
  }
  if (options.signal?.aborted) throw new InterruptedError();
  return run;
}

function autoOf(choice: AutoVerifyChoice): NonNullable<TestsResult['auto']> {
  return { script: choice.script, why: choice.why, dropped: choice.dropped, composed: choice.composed };
}

function rejectAll(
  result: CodemodResult,
  groups: readonly EditGroup[],
  reasons: string[],
  dropGroup: (group: EditGroup, reason: DropReason, detail: string) => void,
  finish: (kept: FileChange[]) => CodemodResult,
): CodemodResult {
  for (const group of groups)
    dropGroup(group, 'all-or-nothing', `not applied with --no-isolate: ${reasons[0] ?? 'verification failed'}`);
  result.status = 'rejected';
  result.rejection = `${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? `; and ${reasons.length - 3} more` : ''} (with --no-isolate, one failing edit rejects the whole change)`;
  return finish([]);
}

function nothingApplied(result: CodemodResult, finish: (kept: FileChange[]) => CodemodResult): CodemodResult {
  if (result.dropped.length === 0) return finish([]);
  result.status = 'rejected';
  result.rejection = `none of the ${result.dropped.length} planned edit group(s) verified`;
  return finish([]);
}
