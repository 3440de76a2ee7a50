import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { lintAll } from '../pool.js';
import type { LintInput, LintSpec } from '../lint-spec.js';
import type { LintHooks, LintOutcome } from '../pool.js';
import type { LintEngine } from './engine.js';

const require = createRequire(import.meta.url);

/** ESLint's version, as installed beside the analyzer. */
function eslintVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('eslint/package.json'), 'utf8')) as { version: string }).version;
}

/** ESLint on upkeep's own worker threads (lint/pool.ts): any configuration, bundled or the user's. */
export class EslintEngine implements LintEngine {
  readonly id = 'eslint' as const;
  readonly version: string = eslintVersion();

  constructor(private readonly spec: LintSpec) {}

  unavailable(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }

  lintAll(inputs: LintInput[], jobs: number, hooks: LintHooks = {}): AsyncGenerator<LintOutcome> {
    return lintAll(this.spec, inputs, jobs, hooks);
  }
}
