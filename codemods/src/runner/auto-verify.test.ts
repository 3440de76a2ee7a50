import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseAutoVerify, splitSteps } from './auto-verify.js';
import { runVerifyCommand } from './verify.js';

describe('chooseAutoVerify: what --verify auto runs', () => {
  it('is `npm test` itself when every step tests behaviour', () => {
    expect(chooseAutoVerify({ scripts: { test: 'lab -t 100 -a @hapi/code -L -Y' } })).toEqual({
      command: 'npm test',
      script: 'test',
      why: 'the test runner of package.json "scripts.test"',
      dropped: [],
      composed: false,
    });
  });

  it('runs the test runner the way the test script does, without the linter and the type-check before it (sindresorhus/got)', () => {
    const choice = chooseAutoVerify({
      scripts: { test: "xo && tsc --noEmit && NODE_OPTIONS='--import=tsx/esm' ava" },
    });
    expect(choice?.command).toBe("NODE_OPTIONS='--import=tsx/esm' ava");
    expect(choice?.dropped.map((step) => step.step)).toEqual(['xo', 'tsc --noEmit']);
    expect(choice?.composed).toBe(true);
  });

  it('follows npm run into other scripts, drops `eslint --fix` and ends mocha with --exit (caolan/async)', () => {
    const choice = chooseAutoVerify({
      scripts: {
        lint: 'eslint --fix .',
        'mocha-node-test': 'mocha',
        test: 'npm run lint && npm run mocha-node-test',
      },
    });
    expect(choice?.command).toBe('mocha --exit');
    expect(choice?.dropped).toEqual([
      { step: 'eslint --fix .', reason: 'linters judge style, which `upkeep score` measures, not behaviour' },
    ]);
  });

  it('keeps the pretest build with the arguments passed on, drops the posttest lint (yargs/yargs)', () => {
    const choice = chooseAutoVerify({
      scripts: {
        pretest: 'npm run compile -- -p tsconfig.test.json',
        compile: 'rimraf build && tsc',
        test: 'c8 mocha ./test/*.mjs --require ./test/before.mjs',
        posttest: 'npm run check',
        check: 'gts lint && npm run check:js',
        'check:js': 'eslint . --ext mjs --ext js',
      },
    });
    expect(choice?.command).toBe(
      'rimraf build && tsc -p tsconfig.test.json && c8 mocha ./test/*.mjs --require ./test/before.mjs --exit',
    );
    expect(choice?.dropped.map((step) => step.step)).toEqual(['gts lint', 'eslint . --ext mjs --ext js']);
  });

  it('follows npm-run-all (run-s, run-p, npm-run-all, globs by `:` segment), drops lint scripts and browser runs (mochajs/mocha)', () => {
    const choice = chooseAutoVerify({
      scripts: {
        build: 'rollup -c',
        clean: 'rimraf mocha.js',
        'lint:code': 'eslint .',
        'lint:knip-docs': 'cd docs && npm run lint:knip',
        lint: 'run-p --aggregate-output --continue-on-error lint:*',
        'test-node:unit': 'node bin/mocha.js test/unit',
        'test-node:interfaces:bdd': 'node bin/mocha.js --ui bdd test/interfaces/bdd.spec',
        'test-node:interfaces': 'run-p test-node:interfaces:*',
        'test-node:integration:watch': 'node bin/mocha.js test/integration/watch.spec.cjs',
        'test-node': 'npm-run-all -s test-node:*',
        'pretest-browser:playwright': 'playwright install chromium',
        'test-browser:playwright': 'playwright test',
        'test-browser': 'run-s clean build test-browser:*',
        'test-docs': 'cd docs && node check.js',
        test: 'run-s lint test-node test-browser --max-parallel 2 test-docs',
      },
    });
    expect(choice?.command).toBe(
      'node bin/mocha.js test/unit && node bin/mocha.js --ui bdd test/interfaces/bdd.spec && rimraf mocha.js && rollup -c && (cd docs && node check.js)',
    );
    expect(choice?.dropped.map((step) => [step.step, step.reason])).toEqual([
      ['eslint .', 'linters judge style, which `upkeep score` measures, not behaviour'],
      // a lint script whose steps are not all known linters is left out whole
      ['npm run lint:knip-docs', 'linters judge style, which `upkeep score` measures, not behaviour'],
      ['playwright install chromium', 'needs a browser'],
      ['playwright test', 'needs a browser'],
    ]);
    // a name that matches no script: the step runs as written
    expect(chooseAutoVerify({ scripts: { test: 'run-s missing' } })?.command).toBe('npm test');
    // scripts that run each other end, each dropped step named once
    const cycle = chooseAutoVerify({
      scripts: { test: 'mocha && npm run lint', lint: 'run-s lint:*', 'lint:a': 'npm run lint', 'lint:b': 'eslint .' },
    });
    expect(cycle?.command).toBe('mocha --exit');
    expect(cycle?.why).toContain('without `npm run lint:a`, `eslint .` (linters judge style');
  });

  it('adds jest --forceExit, its documented way to end with open handles (winstonjs/winston)', () => {
    const choice = chooseAutoVerify({ scripts: { test: 'jest' } });
    expect(choice?.command).toBe('jest --forceExit');
    expect(choice?.why).toContain('--forceExit');
    expect(chooseAutoVerify({ scripts: { test: 'jest --forceExit --ci' } })?.command).toBe('npm test');
    expect(chooseAutoVerify({ scripts: { test: 'mocha --no-exit test/' } })?.command).toBe('npm test');
    // piped output: the flag would go to the wrong command
    expect(chooseAutoVerify({ scripts: { test: 'mocha -R tap | faucet' } })?.command).toBe('npm test');
  });

  it('chooses the unit tests when the whole suite needs database servers (knex/knex)', () => {
    const choice = chooseAutoVerify({
      scripts: {
        test: 'mocha --exit --config test/mocha-all-config-test.js && npm run test:tape',
        'test:unit': 'mocha --exit --config test/mocha-unit-config-test.js',
        'db:start': 'docker compose -f scripts/docker-compose.yml up -d',
        'test:tape': 'node test/tape/index.js | faucet',
      },
      devDependencies: { pg: '8', mysql2: '3', mocha: '10' },
    });
    expect(choice?.script).toBe('test:unit');
    expect(choice?.command).toBe('npm run test:unit');
    expect(choice?.why).toBe(
      '"npm test" needs database servers (its scripts start containers; clients pg, mysql2); "scripts.test:unit" runs the tests that need none',
    );
  });

  it('says what is missing when the suite needs servers and there is no unit-test script', () => {
    const choice = chooseAutoVerify({
      scripts: { test: 'mocha --exit', services: 'docker-compose up -d' },
      dependencies: { redis: '4' },
    });
    expect(choice?.command).toBe('npm test');
    expect(choice?.why).toContain('it may need database servers (its scripts start containers; clients redis)');
  });

  it('leaves out a browser runner (karma) and keeps a script made only of lint as it is', () => {
    const browser = chooseAutoVerify({ scripts: { test: 'karma start && mocha test/node' } });
    expect(browser?.command).toBe('mocha test/node --exit');
    expect(browser?.dropped).toEqual([{ step: 'karma start', reason: 'needs a browser' }]);
    expect(chooseAutoVerify({ scripts: { test: 'eslint .' } })?.command).toBe('npm test');
  });

  it('has no choice without scripts.test', () => {
    expect(chooseAutoVerify({ scripts: { build: 'tsc' } })).toBeUndefined();
    expect(chooseAutoVerify({ scripts: { test: '  ' } })).toBeUndefined();
  });

  it('splits steps at && and ; outside quotes, pipes inside a step', () => {
    expect(splitSteps(`a && b "x && y" ; c 'p;q' | d`)).toEqual(['a', 'b "x && y"', "c 'p;q' | d"]);
  });
});

describe('runVerifyCommand: a runner that does not exit', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is stopped after its summary and silence, and judged by the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-idle-'));
    dirs.push(dir);
    // mocha's summary, then an open handle that keeps the process alive
    writeFileSync(join(dir, 'hang.js'), "console.log('  3 passing (5ms)');\nsetInterval(() => {}, 1000);\n");
    const run = await runVerifyCommand('node hang.js', dir, { idleAfterSummary: 1 });
    expect(run.exitCode).toBe(0);
    expect(run.tests).toEqual({ passed: 3, failed: 0, formats: ['mocha'] });
    expect(run.stopped).toMatch(/^it printed its test summary, then neither exited nor printed anything for 1 s/);
    expect(run.duration).toBeLessThan(30);
  });

  it('a stopped run with failures fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-idle-'));
    dirs.push(dir);
    writeFileSync(
      join(dir, 'hang.js'),
      "console.log('  2 passing (5ms)');\nconsole.log('  1 failing');\nsetInterval(() => {}, 1000);\n",
    );
    const run = await runVerifyCommand('node hang.js', dir, { idleAfterSummary: 1 });
    expect(run.exitCode).toBe(1);
    expect(run.stopped).toBeDefined();
  });

  it('a silent command without a summary is not stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-idle-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'slow.js'), 'setTimeout(() => process.exit(3), 2500);\n');
    const run = await runVerifyCommand('node slow.js', dir, { idleAfterSummary: 1 });
    expect(run.exitCode).toBe(3);
    expect(run.stopped).toBeUndefined();
  });

  it('finds the project-local runner on PATH for a composed command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-bin-'));
    dirs.push(dir);
    const bin = join(dir, 'node_modules', '.bin');
    const { mkdirSync, chmodSync } = await import('node:fs');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'fake-runner'), "#!/bin/sh\necho '  4 passing (1ms)'\n");
    chmodSync(join(bin, 'fake-runner'), 0o755);
    expect((await runVerifyCommand('fake-runner', dir, { localBin: true })).tests?.passed).toBe(4);
    expect((await runVerifyCommand('fake-runner', dir)).exitCode).toBe(127);
  });
});

describe('runVerifyCommand: the tests run in the user environment', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('passes NO_COLOR, FORCE_COLOR and CI through as they are, and counts a coloured summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'upkeep-env-'));
    dirs.push(dir);
    // a suite that, like commander.js's, checks its colour handling against the environment it was started in
    writeFileSync(
      join(dir, 'env.js'),
      [
        'const seen = ["NO_COLOR", "FORCE_COLOR", "CI"].map((name) => `${name}=${process.env[name] ?? "-"}`).join(" ");',
        'console.log(seen);',
        'console.log("\\u001b[32m  4 passing\\u001b[39m (3ms)");',
      ].join('\n'),
    );
    const expected = ['NO_COLOR', 'FORCE_COLOR', 'CI'].map((name) => `${name}=${process.env[name] ?? '-'}`).join(' ');
    const run = await runVerifyCommand('node env.js', dir);
    expect(run.exitCode).toBe(0);
    expect(run.output).toContain(expected);
    expect(run.tests).toEqual({ passed: 4, failed: 0, formats: ['mocha'] });
  });
});
