import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempDir } from '@upkeep/test-utils';
import { countTests, failingTests } from './test-count.js';

// outputs as the runners print them (mocha 10, jest 29, vitest 3, ava 6, lab 25), colour codes kept where they print them
const MOCHA = `  autoInject
    1) should not be subject to ReDoS
    nested
      ✓ works
      2) fails too


  1 passing (5ms)
  2 failing

  1) autoInject
       should not be subject to ReDoS:
     Error: Timeout of 2000ms exceeded.
      at Context.<anonymous> (t.js:2:60)

  2) autoInject
       nested
         fails too:
     Error: x
      at Context.<anonymous> (t.js:3:101)
`;
const JEST = `FAIL ./a.test.js
  logger
    ✓ writes a line (2 ms)
    ✕ flushes in time (4 ms)

  ● logger › flushes in time

    expect(received).toBe(expected) // Object.is equality

  ● Console

    console.log
      hello

Test Suites: 1 failed, 1 total
Tests:       1 failed, 1 passed, 2 total
`;
const VITEST = ` \u001b[31m❯\u001b[39m b.test.mjs (2 tests | 1 failed) 10ms
     \u001b[32m✓\u001b[39m hits 1ms
     \u001b[31m×\u001b[31m expires on time 7ms

\u001b[41m\u001b[1m FAIL \u001b[22m\u001b[49m b.test.mjs\u001b[2m > \u001b[22mcache\u001b[2m > \u001b[22mexpires on time
AssertionError: expected 1 to be 2 // Object.is equality

 Test Files  1 failed (1)
      Tests  1 failed | 1 passed (2)
`;
const AVA = `
  ✔ parses headers
  ✘ [fail]: retries on timeout
  ─

  retries on timeout

  1 test failed
`;
const LAB = `  .x

Failed tests:

  2) validate rejects in time:

      Expected 1 to equal specified value: 2

      at /work/joi/zz-probe.js:3:98


1 of 2 tests failed
`;

describe('failingTests', () => {
  it.each([
    ['mocha', MOCHA, ['autoInject should not be subject to ReDoS', 'autoInject nested fails too']],
    ['jest', JEST, ['logger › flushes in time']],
    ['vitest', VITEST, ['b.test.mjs > cache > expires on time']],
    ['ava', AVA, ['retries on timeout']],
    ['lab', LAB, ['validate rejects in time']],
  ])('names the failing tests of %s', (_runner, output, names) => {
    expect(failingTests(output)).toEqual(names);
    expect(countTests(output)!.failed).toBe(names.length);
  });

  it("names node:test's failing tests, with its TAP and spec reporters (run for real)", () => {
    const dir = createTempDir('upkeep-node-test-');
    writeFileSync(
      join(dir, 'a.test.js'),
      "const test = require('node:test');\nconst assert = require('node:assert');\ntest('passes', () => {});\ntest('times out under load', () => assert.equal(1, 2));\n",
    );
    for (const reporter of ['tap', 'spec']) {
      let output = '';
      try {
        execFileSync(process.execPath, ['--test', `--test-reporter=${reporter}`, 'a.test.js'], {
          cwd: dir,
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        output = (error as { stdout: string }).stdout;
      }
      expect(failingTests(output), reporter).toEqual(['times out under load']);
    }
  });

  it("counts a failing ava run, which prints only the failures' count: its passes are the ✔ lines", () => {
    expect(countTests(AVA)).toEqual({ passed: 1, failed: 1, formats: ['ava'] });
  });

  it('names none in a passing run or an output it does not know', () => {
    expect(failingTests('  3 passing (4ms)\n')).toEqual([]);
    expect(failingTests('build failed: 1) something went wrong\n')).toEqual([]);
  });

  it('names at most 20', () => {
    const output = `TAP version 13\n${Array.from({ length: 30 }, (_, i) => `not ok ${i + 1} - t${i}`).join('\n')}\n1..30\n`;
    expect(failingTests(output)).toEqual(Array.from({ length: 20 }, (_, i) => `t${i}`));
  });
});
