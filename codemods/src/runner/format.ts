import { formatDelta, formatScore } from '@upkeep/core';
import type { FlakyRun, RunSummary } from './flaky.js';
import type { CodemodResult, DroppedGroup } from './run.js';
import type { Skip } from './types.js';
import type { TypeDiagnostic } from './typecheck.js';
import type { CommandRun } from './verify.js';

export interface FormatOptions {
  /** print the unified diff before the summary (dry runs) */
  diff: boolean;
  /** list every error of the type-check baseline */
  showBaseline?: boolean;
}

/** A score as the report prints it: "7.25/10", or "n/a" for a module with no statements (no "/10"). */
function scoreText(score: number | null): string {
  return score === null ? 'n/a' : `${formatScore(score)}/10`;
}

const REASON_TEXT: Record<DroppedGroup['reason'], string> = {
  parse: 'would not parse',
  'type-check': 'new type error',
  verify: '--verify failed',
  unverified: 'not verified (flaky tests)',
  'internal-error': 'internal error',
  requires: 'needs a dropped edit',
  'outside-file-set': 'outside the source files',
  'all-or-nothing': 'rejected with the rest',
};

/** The human-readable report of a codemod run: summary, skips, what was applied and dropped and why, verification, score delta. */
export function formatCodemodResult(result: CodemodResult, options: FormatOptions): string {
  const lines: string[] = [];
  if (result.recovered.length > 0) {
    lines.push(
      `restored ${result.recovered.length} file(s) left half-written by an interrupted run: ${result.recovered.join(', ')}`,
    );
  }
  if (options.diff && result.diff) lines.push(result.diff.trimEnd());
  lines.push(...result.summary);
  if (result.skips.length > 0) lines.push('skipped:', ...skipLines(result.skips));
  if (result.unparsable.length > 0) lines.push(`left untouched (do not parse): ${result.unparsable.join(', ')}`);
  for (const notice of result.notices.slice(0, 10)) lines.push(`note: ${notice}`);
  if (result.notices.length > 10) lines.push(`note: … and ${result.notices.length - 10} more (all in --format json)`);
  if (result.dropped.length > 0) {
    const counts = new Map<string, number>();
    for (const group of result.dropped) counts.set(group.reason, (counts.get(group.reason) ?? 0) + 1);
    lines.push(
      `dropped ${result.dropped.length} of ${result.groups.planned} planned edit(s): ${[...counts].map(([reason, n]) => `${n} ${REASON_TEXT[reason as DroppedGroup['reason']]}`).join(', ')}`,
    );
    for (const group of result.dropped.slice(0, 50)) lines.push(`  ${group.label}: ${group.detail}`);
    if (result.dropped.length > 50) lines.push(`  … and ${result.dropped.length - 50} more (all in --format json)`);
  }
  lines.push(...verificationLines(result, options));
  if (result.massDelete.length > 0 && result.status !== 'rejected') {
    lines.push(
      `mass delete allowed: ${result.massDelete.map((m) => `${m.folder === '' ? 'project' : `${m.folder}/`} ${m.deleted} of ${m.modules}`).join(', ')}`,
    );
  }
  if (result.status === 'unchanged') lines.push('nothing to change');
  const kept = result.dropped.length > 0 ? ` (${result.groups.applied} of ${result.groups.planned} planned edits)` : '';
  if (result.status === 'dry-run')
    lines.push(`dry run: ${result.changes.length} file(s) would change${kept}; nothing was written`);
  if (result.status === 'rejected') lines.push(`not applied: ${result.rejection}; nothing was changed`);
  if (result.status === 'applied') lines.push(`changed ${result.changes.length} file(s)${kept}`);
  if (result.score) {
    for (const module of result.score.modules) {
      lines.push(
        `${module.path}: ${scoreText(module.after)} (${scoreText(module.before)} before, ${formatDelta(module.before, module.after)})`,
      );
    }
    const { before, after } = result.score.total;
    lines.push(
      `Your code has been rated at ${scoreText(after)} (${scoreText(before)} before, ${formatDelta(before, after)})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function diagnosticLine(d: TypeDiagnostic): string {
  return `  ${d.path === '' ? '(project)' : `${d.path}:${d.line}:${d.column}`} TS${d.code} ${d.message}`;
}

function testsText(run: CommandRun): string {
  return run.tests
    ? `${run.tests.passed} passed, ${run.tests.failed} failed`
    : `exit code ${run.exitCode}, tests not counted`;
}

const PHASE_TEXT: Record<FlakyRun['phase'], string> = {
  baseline: 'before the change',
  change: 'with every edit kept',
  isolation: 'while isolating',
};

/** "while isolating (4 edit groups): 689 passed, 1 failed, then 690 passed, 0 failed; failing: 'a'" */
function flakyLine(flaky: FlakyRun): string {
  const run = (summary: RunSummary): string =>
    summary.tests
      ? `${summary.tests.passed} passed, ${summary.tests.failed} failed`
      : `exit code ${summary.exitCode}, tests not counted`;
  const names = flaky.failed.failures?.length
    ? `failing: ${flaky.failed.failures.map((name) => `'${name}'`).join(', ')}`
    : 'no failing test named in the output';
  const where =
    flaky.phase === 'baseline' ? PHASE_TEXT.baseline : `${PHASE_TEXT[flaky.phase]} (${flaky.tested} edit group(s))`;
  return `${where}: ${run(flaky.failed)}, then ${run(flaky.passed)}; ${names}`;
}

function verificationLines(result: CodemodResult, options: FormatOptions): string[] {
  const lines: string[] = [];
  const { typeCheck, tests, isolation } = result.verification;
  const applied = result.status === 'applied' || result.status === 'dry-run';
  if (applied && result.changes.length > 0)
    lines.push(
      `parse: every changed file parses as its runtime reads it (${result.changes.filter((c) => !c.deleted).length} file(s))`,
    );
  if (typeCheck) {
    const ts = typeCheck.typescript;
    const compiler = `TypeScript ${ts.version} (${ts.source === 'project' ? "the project's own" : `bundled; ${ts.note ?? "the project's own is not installed"}`})`;
    const configs = typeCheck.configs.map((config) => config ?? 'allowJs defaults').join(', ');
    lines.push(
      `type-check with ${compiler}, ${configs}: ${typeCheck.baseline.length} error(s) before the change${applied ? `, ${typeCheck.after} after` : ''}${applied ? (typeCheck.after <= typeCheck.baseline.length ? ', none new' : '') : ''}`,
    );
    if (options.showBaseline) for (const d of typeCheck.baseline) lines.push(diagnosticLine(d));
    else if (typeCheck.baseline.length > 0) lines.push('  (--show-baseline lists them)');
  }
  if (tests) {
    lines.push(
      `tests: \`${tests.command}\` before: ${testsText(tests.before)}${tests.after ? `; after: ${testsText(tests.after)}` : ''}`,
    );
    if (tests.auto) lines.push(`  chosen by --verify auto: ${tests.auto.why}`);
    lines.push(
      `  ${tests.runs} run(s) of the command${tests.reruns > 0 ? `, ${tests.reruns} of them re-running a failure to see whether it reproduces` : ''}`,
    );
    if (tests.flaky.length > 0)
      lines.push(
        `  flaky: ${tests.flaky.length} failure(s) did not reproduce when run again on the same tree; no edit was dropped for them:`,
      );
    for (const flaky of tests.flaky.slice(0, 10)) lines.push(`    ${flakyLine(flaky)}`);
    if (tests.flaky.length > 10) lines.push(`    … and ${tests.flaky.length - 10} more (all in --format json)`);
    for (const run of [tests.before, tests.after]) if (run?.stopped) lines.push(`  stopped: ${run.stopped}`);
    if (tests.uncounted)
      lines.push(
        '  the output has no test summary upkeep recognizes (mocha, jest, vitest, TAP, node:test, ava, tape, lab): tests could not be counted; judged by exit code alone',
      );
    if (tests.restored.length > 0)
      lines.push(
        `  the tests rewrote ${tests.restored.length} tracked file(s) the codemod did not change, restored from git after each run: ${namedFew(tests.restored)}`,
      );
    if (tests.created.length > 0)
      lines.push(
        `  the tests created ${tests.created.length} untracked file(s), left in place: ${namedFew(tests.created)}`,
      );
  }
  if (isolation.runs > 0) lines.push(`isolation: ${isolation.runs} verification run(s) to find the failing edits`);
  return lines;
}

/** The first paths of a list, then how many more. */
function namedFew(paths: readonly string[]): string {
  const shown = paths.slice(0, NAMED_IN_GROUP).join(', ');
  return paths.length > NAMED_IN_GROUP ? `${shown} and ${paths.length - NAMED_IN_GROUP} more` : shown;
}

/** A reason repeated this often is one line naming its first subjects, not a line each. */
const GROUP_AT = 4;
const NAMED_IN_GROUP = 5;

/**
 * The skip list, a line each, except that skips sharing one reason text (80 files "not included by
 * tsconfig.json") become one line with the count and the first few subjects; JSON keeps every skip.
 */
export function skipLines(skips: readonly Skip[]): string[] {
  const byDetail = new Map<string, Skip[]>();
  for (const skip of skips) (byDetail.get(skip.detail) ?? byDetail.set(skip.detail, []).get(skip.detail)!).push(skip);
  const lines: string[] = [];
  for (const [detail, group] of byDetail) {
    if (group.length < GROUP_AT) {
      for (const skip of group) lines.push(`  ${skip.path}:${skip.line} ${skip.subject}: ${skip.detail}`);
      continue;
    }
    const named = group
      .slice(0, NAMED_IN_GROUP)
      .map((skip) => (skip.subject === skip.path ? skip.path : `${skip.path}:${skip.line} ${skip.subject}`));
    const more =
      group.length > NAMED_IN_GROUP ? `, … ${group.length - NAMED_IN_GROUP} more (all in --format json)` : '';
    lines.push(`  ${group.length} × ${detail}: ${named.join(', ')}${more}`);
  }
  return lines;
}
