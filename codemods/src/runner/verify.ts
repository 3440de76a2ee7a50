import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { InputError } from '@upkeep/analyzer';
import { chooseAutoVerify, type AutoVerifyChoice } from './auto-verify.js';
import { countTests, failingTests, type TestCount } from './test-count.js';

export { syntaxErrors } from './syntax.js';

/** One run of the user's test command. */
export interface CommandRun {
  exitCode: number;
  /** tests counted from the runner's summary; null when the output has none recognizable */
  tests: TestCount | null;
  /** seconds */
  duration: number;
  /** the last lines of its output (stdout and stderr interleaved) */
  output: string;
  /** why the runner stopped it: it printed its test summary, then stayed silent without exiting */
  stopped?: string;
  /** the failing tests its output names (first 20), when it failed; see {@link failingTests} */
  failures?: string[];
}

const OUTPUT_TAIL = 40;
/** enough for the summaries of large suites; TAP points are counted on the whole output */
const OUTPUT_LIMIT = 32 * 1024 * 1024;

/** Thrown when a run is interrupted (Ctrl-C): every file has been restored. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted; every file was restored byte for byte');
    this.name = 'InterruptedError';
  }
}

/** The test command to run: the one given, or what `--verify auto` chose from the project's scripts. */
export interface ResolvedVerify {
  command: string;
  /** set for `--verify auto`: the script, why, and the steps left out */
  auto?: AutoVerifyChoice;
}

/**
 * The command `--verify auto` means (see {@link chooseAutoVerify}): the project's `npm test`, or
 * its test runner steps without its linters, type-check and browser runs, or its unit tests when
 * the whole suite needs database servers. Reads the root package.json (BOM stripped); an
 * InputError when there is none, it is not JSON, or it has no `scripts.test`.
 */
export async function resolveVerify(command: string, root: string): Promise<ResolvedVerify> {
  if (command !== 'auto') return { command };
  const text = await readFile(join(root, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined)
    throw new InputError(
      '--verify auto runs the project\'s `npm test`, but there is no package.json at the project root; pass the test command instead, e.g. --verify "npm test"',
    );
  let manifest: { scripts?: unknown; dependencies?: unknown; devDependencies?: unknown };
  try {
    manifest = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof manifest;
  } catch (error) {
    throw new InputError(
      `--verify auto: package.json is not valid JSON (${(error as Error).message}); fix it or pass the test command instead`,
    );
  }
  const record = (value: unknown): Record<string, string> =>
    typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        )
      : {};
  const auto = chooseAutoVerify({
    scripts: record(manifest.scripts),
    dependencies: record(manifest.dependencies),
    devDependencies: record(manifest.devDependencies),
  });
  if (!auto) {
    throw new InputError(
      '--verify auto runs the project\'s `npm test`, but package.json has no "scripts.test"; pass the test command instead, e.g. --verify "npx mocha"',
    );
  }
  return { command: auto.command, auto };
}

/** The command `--verify auto` runs (see {@link resolveVerify}), or the command given. */
export async function resolveVerifyCommand(command: string, root: string): Promise<string> {
  return (await resolveVerify(command, root)).command;
}

/**
 * Seconds a command may stay silent after printing a test summary before it is stopped: a runner
 * kept alive by an open handle (a file watcher, a socket, a timer) after its tests ended.
 */
const IDLE_AFTER_SUMMARY = 120;

export interface RunCommandOptions {
  signal?: AbortSignal;
  onOutput?: (chunk: string) => void;
  /** put `<root>/node_modules/.bin` first on PATH, as npm does for a script (a command composed from the scripts' steps) */
  localBin?: boolean;
  /** seconds of silence after a test summary before the command is stopped (default {@link IDLE_AFTER_SUMMARY}) */
  idleAfterSummary?: number;
}

/**
 * Runs the user's test command in a shell at the project root (its own process group, so that an
 * abort stops it and its children), and counts the tests from its summary. A command that printed
 * a test summary and then stays silent for `idleAfterSummary` seconds without exiting (an open
 * handle keeps the runner alive) is stopped and judged by that summary: exit 0 when it counted no
 * failure, 1 otherwise, with `stopped` saying so.
 */
export function runVerifyCommand(command: string, root: string, options: RunCommandOptions = {}): Promise<CommandRun> {
  return new Promise((resolvePromise, rejectPromise) => {
    const started = Date.now();
    if (options.signal?.aborted) {
      rejectPromise(new InterruptedError());
      return;
    }
    const child = spawn(command, {
      cwd: root,
      shell: true,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // the user's own environment, unchanged: variables such as NO_COLOR, FORCE_COLOR or CI change
      // what some projects' tests expect (commander.js tests its colour handling), and a baseline that
      // fails only under upkeep would refuse the run; colour codes are stripped when counting instead
      env: {
        ...process.env,
        ...(options.localBin
          ? { PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}` }
          : {}),
      },
    });
    let output = '';
    let stopped: string | undefined;
    const idleMs = (options.idleAfterSummary ?? IDLE_AFTER_SUMMARY) * 1000;
    let idle: NodeJS.Timeout | undefined;
    const watch = (): void => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => {
        if (countTests(output) === null) return;
        stopped = `it printed its test summary, then neither exited nor printed anything for ${idleMs / 1000} s (an open handle keeps it alive?); stopped and judged by that summary`;
        output += `\nupkeep: ${stopped}\n`;
        stop();
      }, idleMs);
      idle.unref();
    };
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
      options.onOutput?.(text);
      watch();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const signalGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const stop = (): void => {
      signalGroup('SIGTERM');
      // a runner that ignores SIGTERM is killed
      setTimeout(() => signalGroup('SIGKILL'), 5000).unref();
    };
    const abort = stop;
    options.signal?.addEventListener('abort', abort, { once: true });
    let finished = false;
    const finish = (code: number): void => {
      if (finished) return;
      finished = true;
      if (idle) clearTimeout(idle);
      options.signal?.removeEventListener('abort', abort);
      if (options.signal?.aborted) {
        rejectPromise(new InterruptedError());
        return;
      }
      const tests = countTests(output);
      const exitCode = stopped === undefined ? code : tests !== null && tests.failed === 0 ? 0 : 1;
      const tail = output.split('\n').slice(-OUTPUT_TAIL).join('\n');
      const failures = exitCode !== 0 || (tests?.failed ?? 0) > 0 ? failingTests(output) : [];
      resolvePromise({
        exitCode,
        tests,
        duration: (Date.now() - started) / 1000,
        output: tail,
        ...(stopped === undefined ? {} : { stopped }),
        ...(failures.length > 0 ? { failures } : {}),
      });
    };
    child.on('error', (error) => {
      output += `\n${error.message}`;
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Why a baseline run cannot serve to judge the change, or undefined when it can. A baseline that
 * passes always can. One that fails can when its runner's summary was counted and shows tests
 * passing (a flaky or environment-bound test fails already): the change is then judged by the
 * counts alone (see {@link judgeRun}). The shell's 127 and 126 (command not found, not executable)
 * name the command; nothing was tested.
 */
export function baselineRefusal(command: string, baseline: CommandRun): string | undefined {
  if (baseline.exitCode === 0) return undefined;
  if (baseline.exitCode === 127 || baseline.exitCode === 126) {
    const why = baseline.exitCode === 127 ? 'a command it runs was not found' : 'a command it runs is not executable';
    return `--verify: \`${command}\` could not run: ${why} (exit ${baseline.exitCode}); check the command, and that the project's dependencies are installed (npm install)`;
  }
  if (baseline.tests === null)
    return `the tests already fail before the change (exit ${baseline.exitCode}), and their output has no test summary upkeep can count to judge the change by: fix them or run without --verify`;
  if (baseline.tests.passed === 0)
    return `the tests already fail before the change (exit ${baseline.exitCode}, no test passed): fix them or run without --verify`;
  return undefined;
}

/**
 * Whether a run after the change is as good as the baseline. After a passing baseline: exit 0 and,
 * when both were counted, no fewer tests passing. After a failing one (accepted by
 * {@link baselineRefusal}): a counted summary, no fewer tests passing and no more failing,
 * whatever the exit code.
 */
export function judgeRun(baseline: CommandRun, after: CommandRun): { ok: boolean; why?: string } {
  if (baseline.exitCode !== 0 && baseline.tests) {
    if (!after.tests) return { ok: false, why: `exit code ${after.exitCode}, and no test summary to count` };
    if (after.tests.passed < baseline.tests.passed)
      return { ok: false, why: `${after.tests.passed} tests passing instead of ${baseline.tests.passed}` };
    if (after.tests.failed > baseline.tests.failed)
      return {
        ok: false,
        why: `${after.tests.failed} tests failing instead of ${baseline.tests.failed} before the change`,
      };
    return { ok: true };
  }
  if (after.exitCode !== 0) return { ok: false, why: `exit code ${after.exitCode}` };
  if (baseline.tests && after.tests && after.tests.passed < baseline.tests.passed) {
    return { ok: false, why: `${after.tests.passed} tests passing instead of ${baseline.tests.passed} (exit code 0)` };
  }
  if (baseline.tests && !after.tests)
    return { ok: false, why: `the test summary is gone (${baseline.tests.passed} tests passed before)` };
  return { ok: true };
}
