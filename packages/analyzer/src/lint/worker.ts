// A lint worker thread: builds one ESLint instance from the spec it is started with, then lints
// the batches of module texts the pool sends it, one batch at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { ModuleLinter } from './linter.js';
import { captureWarnings } from './warnings.js';
import type { LintFacts, LintInput, LintSpec } from './lint-spec.js';

export interface BatchRequest {
  id: number;
  inputs: LintInput[];
}
export interface BatchResponse {
  id: number;
  results: Array<{ path: string; facts: LintFacts }>;
  /** what ESLint or a plugin tried to print while linting the batch */
  warnings?: string[];
}

// this thread never prints: ESLint's warnings travel back with the results
const warnings = captureWarnings();
const linter = new ModuleLinter(workerData as LintSpec);
const port = parentPort!;
port.postMessage('ready');

port.on('message', (request: BatchRequest) => {
  void (async () => {
    const results: BatchResponse['results'] = [];
    for (const input of request.inputs) results.push({ path: input.path, facts: await linter.lint(input) });
    port.postMessage({ id: request.id, results, warnings: warnings.drain() } satisfies BatchResponse);
  })();
});
