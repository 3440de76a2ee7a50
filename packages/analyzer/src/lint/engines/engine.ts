import type { LintHooks, LintOutcome } from '../pool.js';
import type { LintInput } from '../lint-spec.js';

/** The engines upkeep can lint with. */
export const ENGINE_IDS = ['oxlint', 'eslint'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/**
 * One way of linting module texts. Every engine takes the same inputs (module texts by
 * root-relative path, from any source) and gives the same facts per module (messages with ESLint
 * rule ids, line and column, statements counted in the same pass), so the score, the cache and
 * the reports do not depend on which one ran.
 */
export interface LintEngine {
  readonly id: EngineId;
  /** the version of the linter itself (ESLint's or oxlint's): part of the cache key */
  readonly version: string;
  /** whether the engine can run on this machine; `undefined` when it can, else why not */
  unavailable(): Promise<string | undefined>;
  /** Lints the inputs; outcomes arrive as they complete, one per input. */
  lintAll(inputs: LintInput[], jobs: number, hooks?: LintHooks): AsyncGenerator<LintOutcome>;
}
