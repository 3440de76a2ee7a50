import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '@upkeep/analyzer';
import { countTests, type TestCount } from './test-count.js';

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

/**
 * The command `--verify auto` means: the project's `npm test`, when package.json has a
 * `scripts.test` (BOM stripped); an InputError otherwise.
 */
export async function resolveVerifyCommand(command: string, root: string): Promise<string> {
  if (command !== 'auto') return command;
  const text = await readFile(join(root, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined)
    throw new InputError(
      '--verify auto runs the project\'s `npm test`, but there is no package.json at the project root; pass the test command instead, e.g. --verify "npm test"',
    );
  let manifest: { scripts?: { test?: unknown } };
  try {
    manifest = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof manifest;
  } catch (error) {
    throw new InputError(
      `--verify auto: package.json is not valid JSON (${(error as Error).message}); fix it or pass the test command instead`,
    );
  }
  if (typeof manifest.scripts?.test !== 'string' || manifest.scripts.test.trim() === '') {
    throw new InputError(
      '--verify auto runs the project\'s `npm test`, but package.json has no "scripts.test"; pass the test command instead, e.g. --verify "npx mocha"',
    );
  }
  return 'npm test';
}

/**
 * Runs the user's test command in a shell at the project root (its own process group, so that an
 * abort stops it and its children), and counts the tests from its summary.
 */
export function runVerifyCommand(
  command: string,
  root: string,
  options: { signal?: AbortSignal; onOutput?: (chunk: string) => void } = {},
): Promise<CommandRun> {
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
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', CI: process.env['CI'] ?? '1' },
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output += text;
      if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const abort = (): void => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    const finish = (exitCode: number): void => {
      options.signal?.removeEventListener('abort', abort);
      if (options.signal?.aborted) {
        rejectPromise(new InterruptedError());
        return;
      }
      const tail = output.split('\n').slice(-OUTPUT_TAIL).join('\n');
      resolvePromise({ exitCode, tests: countTests(output), duration: (Date.now() - started) / 1000, output: tail });
    };
    child.on('error', (error) => {
      output += `\n${error.message}`;
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/** Whether a run after the change is as good as the baseline: exit 0 and, when both were counted, no fewer tests passing. */
export function judgeRun(baseline: CommandRun, after: CommandRun): { ok: boolean; why?: string } {
  if (after.exitCode !== 0) return { ok: false, why: `exit code ${after.exitCode}` };
  if (baseline.tests && after.tests && after.tests.passed < baseline.tests.passed) {
    return { ok: false, why: `${after.tests.passed} tests passing instead of ${baseline.tests.passed} (exit code 0)` };
  }
  if (baseline.tests && !after.tests)
    return { ok: false, why: `the test summary is gone (${baseline.tests.passed} tests passed before)` };
  return { ok: true };
}
