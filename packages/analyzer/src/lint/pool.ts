import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintFacts, LintInput, LintSpec } from './lint-spec.js';
import type { BatchRequest, BatchResponse } from './worker.js';

export interface LintOutcome {
  path: string;
  facts: LintFacts;
  /** the input linted: tells apart inputs that share a path (one file at several commits) */
  input: LintInput;
  /** set when the engine says something about this module (another engine parsed it) */
  note?: string;
}

/** Fewer files than this per worker do not repay a worker's start-up (loading ESLint and parsers). */
const FILES_PER_WORKER = 40;
const BATCH_SIZE = 8;

/*
 * Lint workers run with V8's default heap sizes. A larger young generation
 * (`resourceLimits.maxYoungGenerationSizeMb: 192`, 64 MB semi-spaces) was tried so that the many
 * short-lived objects of parsing and linting die young; measured side by side on the 2,000-module
 * synthetic project it cost more than it saved: `--jobs 1` 68.1 CPU-s and 702 MB peak RSS with
 * it, 61.6 CPU-s and 639 MB without (ESLint alone: 60.8 CPU-s, 870 MB), and each worker's heap
 * could grow by 192 MB, which two workers paid twice. See bench/README.md.
 */

/** The compiled worker, also when this module runs from source under the test runner. */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/lint/worker.js', here) : new URL('./worker.js', here);
}

/** What a caller may hook into a run: ESLint's own warnings, and an abort that ends the run at once. */
export interface LintHooks {
  onWarning?: (warning: string) => void;
  signal?: AbortSignal;
}

/**
 * Lints module texts on `jobs` worker threads, each with its own ESLint instance, fed small
 * batches as they finish (largest files first when there are several workers, so no worker is
 * left with a long tail; in the given order on one). Small runs lint in this thread. Outcomes
 * arrive as they complete.
 */
export async function* lintAll(
  spec: LintSpec,
  inputs: LintInput[],
  jobs: number,
  hooks: LintHooks = {},
): AsyncGenerator<LintOutcome> {
  if (inputs.length === 0) return;
  const workers = workerCount(inputs.length, jobs);
  // Largest first keeps two or more workers from ending on a long tail. One lint thread gains
  // nothing from it and pays: the large files' tokens, nodes and scopes then survive into V8's
  // old generation, which grows and is marked again and again (see bench/README.md).
  const ordered = workers > 1 ? [...inputs].sort((a, b) => b.text.length - a.text.length) : inputs;
  if (workers === 0) {
    const { ModuleLinter } = await import('./linter.js');
    const linter = new ModuleLinter(spec);
    for (const input of ordered) yield { path: input.path, facts: await linter.lint(input), input };
    return;
  }
  yield* lintOnWorkers(spec, ordered, workers, hooks);
}

/**
 * The number of lint jobs when none is asked for: half the cores, at least one — ESLint's own
 * `--concurrency auto` rule (`availableParallelism() >> 1`). A worker thread's linting leaves the
 * rest of a core busy with V8's garbage collection and compilation threads and upkeep's main
 * thread, so one worker per core buys no time and costs CPU and memory: on 2 cores, cold
 * `upkeep score --engine eslint` took 33.9 s wall / 64.4 CPU-s / 946 MB with two workers and
 * 31.2 s / 43.9 CPU-s / 575 MB with one on the 2,000-module synthetic project, and 12.5–12.8 s /
 * 22.8–23.1 CPU-s against 11.8–12.7 s / 17.2–18.4 CPU-s on knex/knex (bench/README.md).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() >> 1);
}

/**
 * How many worker threads lint `files` modules with `jobs` allowed: none (this thread) when there
 * are too few to repay a worker's start-up, else up to `jobs`, at least FILES_PER_WORKER files each.
 * With one job a large run still goes to one worker: the main thread stays free to take the
 * results, store them and answer a signal while the worker lints.
 */
export function workerCount(files: number, jobs: number): number {
  return Math.min(Math.max(1, jobs), Math.floor(files / FILES_PER_WORKER));
}

/** With `hooks.signal`, an abort ends the run at once (no waiting for the batches in flight): the workers are terminated. */
async function* lintOnWorkers(
  spec: LintSpec,
  ordered: LintInput[],
  count: number,
  hooks: LintHooks,
): AsyncGenerator<LintOutcome> {
  const { onWarning, signal } = hooks;
  const batches: LintInput[][] = [];
  for (let i = 0; i < ordered.length; i += BATCH_SIZE) batches.push(ordered.slice(i, i + BATCH_SIZE));
  const ready: LintOutcome[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let pendingBatches = batches.length;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };

  const workers: Worker[] = [];
  // set once the run ends: a worker terminated with a batch in flight is not a crash to retry
  let closing = false;
  const inFlight = new Map<Worker, BatchRequest>();
  let nextId = 0;
  const started = new Set<Worker>();
  const feed = (worker: Worker): void => {
    const inputs = batches.shift();
    if (!inputs) return;
    const request: BatchRequest = { id: nextId++, inputs };
    inFlight.set(worker, request);
    worker.postMessage(request);
  };
  const start = (): Worker => {
    // No inherited flags: V8 and process flags are refused by workers, and a test runner's export
    // conditions would send a worker to TypeScript sources it cannot load.
    const worker = new Worker(workerUrl(), {
      workerData: spec,
      execArgv: [],
    });
    worker.on('message', (response: BatchResponse | 'ready') => {
      if (response === 'ready') {
        started.add(worker);
        return;
      }
      const request = inFlight.get(worker)!;
      inFlight.delete(worker);
      for (const warning of response.warnings ?? []) onWarning?.(warning);
      // a worker answers a batch in the order it was sent
      ready.push(...response.results.map((result, index) => ({ ...result, input: request.inputs[index]! })));
      pendingBatches--;
      feed(worker);
      notify();
    });
    worker.on('error', (error) => onWorkerDeath(worker, error));
    worker.on('exit', (code) => {
      if (inFlight.has(worker)) onWorkerDeath(worker, new Error(`lint worker exited with code ${code}`));
    });
    workers.push(worker);
    return worker;
  };
  // A worker that dies takes its batch with it: each file of that batch is retried alone in a new
  // worker, so one file that crashes the linter gets its fatal message and the others their results.
  const onWorkerDeath = (worker: Worker, error: Error): void => {
    if (closing) return;
    const request = inFlight.get(worker);
    inFlight.delete(worker);
    // a worker that dies before it is ready cannot start at all: a set-up problem, not a bad file
    if (!request || !started.has(worker)) {
      failure ??= error;
      notify();
      return;
    }
    pendingBatches--;
    if (request.inputs.length === 1) {
      const crash = `the linter crashed: ${error.message.split('\n')[0]}`;
      ready.push({
        path: request.inputs[0]!.path,
        facts: { statements: 0, parseable: true, messages: [], ruleTypes: {}, crash },
        input: request.inputs[0]!,
      });
    } else {
      for (const input of request.inputs) batches.unshift([input]);
      pendingBatches += request.inputs.length;
    }
    feed(start());
    notify();
  };

  signal?.addEventListener('abort', notify);
  try {
    for (let i = 0; i < count; i++) feed(start());
    while (pendingBatches > 0 || ready.length > 0) {
      if (signal?.aborted) return;
      if (ready.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      yield ready.shift()!;
    }
  } finally {
    closing = true;
    signal?.removeEventListener('abort', notify);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
