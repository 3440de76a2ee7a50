import { describe, expect, it } from 'vitest';
import { baselineRefusal, judgeRun, type CommandRun } from './verify.js';

function run(exitCode: number, passed?: number, failed?: number): CommandRun {
  return {
    exitCode,
    tests: passed === undefined ? null : { passed, failed: failed ?? 0, formats: ['mocha'] },
    duration: 1,
    output: '',
  };
}

describe('baselineRefusal', () => {
  it('accepts a passing baseline, and a failing one whose summary counts passing tests', () => {
    expect(baselineRefusal('npm test', run(0))).toBeUndefined();
    expect(baselineRefusal('npm test', run(0, 3))).toBeUndefined();
    expect(baselineRefusal('npm test', run(1, 689, 1))).toBeUndefined();
  });

  it('refuses what cannot judge a change, each with its reason', () => {
    expect(baselineRefusal('mocah', run(127))).toBe(
      "--verify: `mocah` could not run: a command it runs was not found (exit 127); check the command, and that the project's dependencies are installed (npm install)",
    );
    expect(baselineRefusal('./t.sh', run(126))).toContain('a command it runs is not executable (exit 126)');
    expect(baselineRefusal('npm test', run(1))).toBe(
      'the tests already fail before the change (exit 1), and their output has no test summary upkeep can count to judge the change by: fix them or run without --verify',
    );
    expect(baselineRefusal('npm test', run(1, 0, 5))).toBe(
      'the tests already fail before the change (exit 1, no test passed): fix them or run without --verify',
    );
  });
});

describe('judgeRun', () => {
  it('after a passing baseline: exit 0 and no fewer passing', () => {
    expect(judgeRun(run(0, 4), run(0, 4))).toEqual({ ok: true });
    expect(judgeRun(run(0, 4), run(1, 4, 1))).toEqual({ ok: false, why: 'exit code 1' });
    expect(judgeRun(run(0, 4), run(0, 3))).toEqual({
      ok: false,
      why: '3 tests passing instead of 4 (exit code 0)',
    });
    expect(judgeRun(run(0, 4), run(0))).toEqual({ ok: false, why: 'the test summary is gone (4 tests passed before)' });
    expect(judgeRun(run(0), run(0))).toEqual({ ok: true });
  });

  it('after a failing, counted baseline: by the counts whatever the exit code', () => {
    const baseline = run(1, 10, 2);
    expect(judgeRun(baseline, run(1, 10, 2))).toEqual({ ok: true });
    // a known failure that passes now is no harm
    expect(judgeRun(baseline, run(1, 11, 1))).toEqual({ ok: true });
    expect(judgeRun(baseline, run(0, 12, 0))).toEqual({ ok: true });
    expect(judgeRun(baseline, run(1, 9, 3))).toEqual({ ok: false, why: '9 tests passing instead of 10' });
    // more tests ran (a suite that did not load before), one more fails
    expect(judgeRun(baseline, run(1, 10, 3))).toEqual({
      ok: false,
      why: '3 tests failing instead of 2 before the change',
    });
    expect(judgeRun(baseline, run(1))).toEqual({ ok: false, why: 'exit code 1, and no test summary to count' });
  });
});
