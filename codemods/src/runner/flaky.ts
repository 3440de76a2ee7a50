// Failures of the --verify command that do not reproduce on the same tree: what the report keeps
// of them, and how a baseline that failed once is settled by its second run.
import { judgeRun, type CommandRun } from './verify.js';

/** One run of the test command, without its output. */
export interface RunSummary {
  exitCode: number;
  tests: CommandRun['tests'];
  /** the failing tests its output names */
  failures?: string[];
}

/** A failure of the test command that passed when run again on the same tree. */
export interface FlakyRun {
  /** 'baseline': before the change; 'change': with every edit still kept; 'isolation': a subset tried while isolating */
  phase: 'baseline' | 'change' | 'isolation';
  /** edit groups applied in that run (0 for the baseline) */
  tested: number;
  /** the run that failed */
  failed: RunSummary;
  /**
   * the re-run on the same tree, judged as good as the baseline (for the baseline itself: the
   * better of its two runs, which still counts the failures the suite has anyway)
   */
  passed: RunSummary;
}

export function summaryOf(run: CommandRun): RunSummary {
  return { exitCode: run.exitCode, tests: run.tests, ...(run.failures ? { failures: run.failures } : {}) };
}

/** "689 passed, 1 failed", or the exit code when the tests were not counted */
export function testsOf(run: CommandRun): string {
  return run.tests
    ? `${run.tests.passed} passed, ${run.tests.failed} failed`
    : `exit code ${run.exitCode}, tests not counted`;
}

/** the failing tests a run names: "failing: 'a', 'b'", or that its output names none */
export function failingNames(run: CommandRun): string {
  return run.failures && run.failures.length > 0
    ? `failing: ${run.failures.map((name) => `'${name}'`).join(', ')}`
    : 'its output names no failing test';
}

/**
 * The baseline from a first run that failed and its re-run on the same tree: the re-run when it
 * passed (the first failure was flaky); when both failed, the better one if one counts fewer
 * failures and no fewer passes (its extra failures were flaky), else the one with more passes.
 * `flaky` and `log` are set when a failure did not reproduce.
 */
export function settleBaseline(
  first: CommandRun,
  again: CommandRun,
): { before: CommandRun; flaky?: FlakyRun; log?: string } {
  if (again.exitCode === 0) {
    return {
      before: again,
      flaky: { phase: 'baseline', tested: 0, failed: summaryOf(first), passed: summaryOf(again) },
      log: `flaky: the baseline passed when run again (${testsOf(again)}); ${failingNames(first)}`,
    };
  }
  if (again.tests && first.tests && judgeRun(first, again).ok !== judgeRun(again, first).ok) {
    const [worse, better] = judgeRun(first, again).ok ? [first, again] : [again, first];
    return {
      before: better,
      flaky: { phase: 'baseline', tested: 0, failed: summaryOf(worse), passed: summaryOf(better) },
      log: `flaky: the baseline counted ${testsOf(worse)} once and ${testsOf(better)} once; ${failingNames(worse)}; the better run sets the bar`,
    };
  }
  return { before: again.tests && (!first.tests || again.tests.passed > first.tests.passed) ? again : first };
}
