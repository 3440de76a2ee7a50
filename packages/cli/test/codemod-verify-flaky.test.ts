// --verify with a test that fails at random: a failure costs an edit only when it reproduces. The
// "flaky" test is deterministic here: it fails on the invocations listed in FLAKY_FAIL_ON, counted
// in a file outside the project, so each test knows which run fails and what the runner must do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir, createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';
import { expectValidCodemodResult } from './codemod-result-schema.js';
import { MODULES, NODE_TESTS, VAR_TO_LET, verifiedRunArgs, expectOnlyM6Dropped } from './verify-fixtures.js';

const upkeep = inProcessCli(runCli);

interface Summary {
  exitCode: number;
  tests: { passed: number; failed: number } | null;
  failures?: string[];
}
interface Result {
  status: string;
  groups: { planned: number; applied: number; dropped: number };
  dropped: { label: string; reason: string; detail: string }[];
  verification: {
    tests: {
      before: Summary;
      after: Summary | null;
      runs: number;
      reruns: number;
      flaky: { phase: string; tested: number; failed: Summary; passed: Summary }[];
    };
  };
}

function json(stdout: string): Result {
  const result = JSON.parse(stdout) as Result;
  expectValidCodemodResult(result);
  return result;
}

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const TESTS = {
  ...NODE_TESTS,
  // fails on the invocations listed in FLAKY_FAIL_ON (1-based, counted in FLAKY_COUNTER)
  'test/timing.test.js':
    "const test = require('node:test');\nconst assert = require('node:assert');\nconst fs = require('node:fs');\ntest('timing-sensitive test', () => {\n  const counter = process.env.FLAKY_COUNTER;\n  const n = Number(fs.existsSync(counter) ? fs.readFileSync(counter, 'utf8') : '0') + 1;\n  fs.writeFileSync(counter, String(n));\n  assert.ok(!(process.env.FLAKY_FAIL_ON || '').split(',').includes(String(n)), 'timed out');\n});\n",
};

/** A project with the flaky test, and the --verify command that fails on the given runs of the suite. */
function flakyProject(failOn: number[], files: Record<string, string> = {}): { repo: TempRepo; verify: string } {
  const repo = createTempRepo({ ...TESTS, ...MODULES, ...files });
  repos.push(repo);
  repo.commit('initial');
  const counter = join(createTempDir('upkeep-flaky-'), 'runs');
  return { repo, verify: `FLAKY_COUNTER=${counter} FLAKY_FAIL_ON=${failOn.join(',')} node --test test/` };
}

async function run(repo: TempRepo, verify: string, ...extra: string[]): Promise<{ result: Result; stderr: string }> {
  const cli = await upkeep(verifiedRunArgs(VAR_TO_LET, ['src'], verify, ...extra), repo.dir);
  expect(cli.status, cli.stderr).toBe(0);
  return { result: json(cli.stdout), stderr: cli.stderr };
}

const FAILED_ONCE = {
  exitCode: 1,
  tests: { passed: 2, failed: 1, formats: ['tap'] },
  failures: ['timing-sensitive test'],
};
const PASSED = { exitCode: 0, tests: { passed: 3, failed: 0, formats: ['tap'] } };

describe('--verify with a test that fails at random', () => {
  it('a baseline that fails once is run again; when it passes, it is the bar and the failure is reported as flaky', async () => {
    const { repo, verify } = flakyProject([1]);
    const { result, stderr } = await run(repo, verify);
    expect(result.status).toBe('applied');
    expect(result.groups).toEqual({ planned: 8, applied: 8, dropped: 0 });
    expect(result.verification.tests.before).toMatchObject(PASSED);
    expect(result.verification.tests.flaky).toEqual([
      { phase: 'baseline', tested: 0, failed: FAILED_ONCE, passed: PASSED },
    ]);
    // two baseline runs and one with the change
    expect(result.verification.tests).toMatchObject({ runs: 3, reruns: 1 });
    expect(stderr).toContain('running it again to tell a flaky test from a failing suite');
    expect(stderr).toContain(
      "flaky: the baseline passed when run again (3 passed, 0 failed); failing: 'timing-sensitive test'",
    );
  });

  it('a baseline that fails twice, once with one failure more: the extra one is flaky, the better run sets the bar', async () => {
    const { repo, verify } = flakyProject([2], {
      'test/known.test.js':
        "const test = require('node:test');\nconst assert = require('node:assert');\ntest('known failure', () => assert.equal(1, 2));\n",
    });
    const { result, stderr } = await run(repo, verify);
    expect(result.groups).toEqual({ planned: 8, applied: 8, dropped: 0 });
    // runs: 1 fails 'known failure' only, 2 fails the timing test too
    expect(result.verification.tests.before).toMatchObject({ exitCode: 1, tests: { passed: 3, failed: 1 } });
    expect(result.verification.tests.flaky).toEqual([
      {
        phase: 'baseline',
        tested: 0,
        failed: {
          exitCode: 1,
          tests: { passed: 2, failed: 2, formats: ['tap'] },
          failures: ['known failure', 'timing-sensitive test'],
        },
        passed: {
          exitCode: 1,
          tests: { passed: 3, failed: 1, formats: ['tap'] },
          failures: ['known failure'],
        },
      },
    ]);
    expect(stderr).toContain(
      "flaky: the baseline counted 2 passed, 2 failed once and 3 passed, 1 failed once; failing: 'known failure', 'timing-sensitive test'; the better run sets the bar",
    );
  });

  it('a failure with every edit that does not reproduce costs no edit (isolation never starts)', async () => {
    const { repo, verify } = flakyProject([2]);
    const { result } = await run(repo, verify);
    expect(result.groups).toEqual({ planned: 8, applied: 8, dropped: 0 });
    expect(result.verification.tests.flaky).toEqual([
      { phase: 'change', tested: 8, failed: FAILED_ONCE, passed: PASSED },
    ]);
    expect(result.verification.tests).toMatchObject({ runs: 3, reruns: 1, after: PASSED });
    expect(readFileSync(join(repo.dir, 'src/m7.js'), 'utf8')).toContain('let value7');
  });

  it('the text report says how many runs were spent and names the flaky test', async () => {
    const { repo, verify } = flakyProject([2]);
    const cli = await upkeep(['codemod', 'run', VAR_TO_LET, 'src', '--no-score', '--verify', verify], repo.dir);
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(
      '  3 run(s) of the command, 1 of them re-running a failure to see whether it reproduces\n',
    );
    expect(cli.stdout).toContain(
      "  flaky: 1 failure(s) did not reproduce when run again on the same tree; no edit was dropped for them:\n    with every edit kept (8 edit group(s)): 2 passed, 1 failed, then 3 passed, 0 failed; failing: 'timing-sensitive test'\n",
    );
    expect(cli.stdout).toContain('changed 8 file(s)');
  });

  it('--no-isolate: a failure that does not reproduce does not reject the change', async () => {
    const { repo, verify } = flakyProject([2]);
    const { result } = await run(repo, verify, '--no-isolate');
    expect(result.status).toBe('applied');
    expect(result.groups).toEqual({ planned: 8, applied: 8, dropped: 0 });
    expect(result.verification.tests.flaky.map((f) => f.phase)).toEqual(['change']);
  });

  it('a random failure while bisecting does not blame an innocent edit; the real culprit is still dropped', async () => {
    // src/m6.js breaks the suite when it contains `let` (a real culprit); the 4th run (the first
    // half of the edits, which is innocent) fails at random
    const { repo, verify } = flakyProject([4], {
      'test/m6.test.js':
        "const test = require('node:test');\nconst assert = require('node:assert');\nconst fs = require('node:fs');\nconst path = require('node:path');\ntest('m6 keeps var', () => assert.ok(!fs.readFileSync(path.join(__dirname, '../src/m6.js'), 'utf8').includes('let ')));\n",
    });
    const { result } = await run(repo, verify);
    expectOnlyM6Dropped(result);
    const { flaky } = result.verification.tests;
    expect(flaky).toHaveLength(1);
    expect(flaky[0]).toMatchObject({
      phase: 'isolation',
      tested: 4,
      failed: { exitCode: 1, tests: { passed: 3, failed: 1 }, failures: ['timing-sensitive test'] },
      passed: { exitCode: 0, tests: { passed: 4, failed: 0 } },
    });
    // 1 baseline, 1 with every edit + 1 to confirm, the search (3 runs, one failing at random, + the
    // re-run that passed), the search above it (2 runs), the culprit confirmed twice (once a failure
    // did not reproduce), the 7 kept
    expect(result.verification.tests).toMatchObject({ runs: 12, reruns: 4 });
    // the report shows the passing run of the edits kept
    expect(result.verification.tests.after).toMatchObject({ exitCode: 0, tests: { passed: 4, failed: 0 } });
    for (const kept of ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm7'])
      expect(readFileSync(join(repo.dir, `src/${kept}.js`), 'utf8')).toContain('let value');
    expect(readFileSync(join(repo.dir, 'src/m6.js'), 'utf8')).toBe(MODULES['src/m6.js']);
  });

  it('a failure that reproduces on every run is dropped as before, after one re-run', async () => {
    const { repo, verify } = flakyProject([], {
      'test/m6.test.js':
        "const test = require('node:test');\nconst assert = require('node:assert');\nconst fs = require('node:fs');\nconst path = require('node:path');\ntest('m6 keeps var', () => assert.ok(!fs.readFileSync(path.join(__dirname, '../src/m6.js'), 'utf8').includes('let ')));\n",
    });
    const { result } = await run(repo, verify);
    expect(result.dropped.map((d) => d.label)).toEqual(['src/m6.js']);
    expect(result.verification.tests.flaky).toEqual([]);
    // baseline, every edit + its re-run, prefixes of 4, 6 and 7 groups + the re-run of 7, then the 7 kept
    expect(result.verification.tests).toMatchObject({ runs: 8, reruns: 2 });
  });
});
