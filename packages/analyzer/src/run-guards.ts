import { unwritableStateDir } from './cache/state-dir.js';
import type { EngineId } from './lint/engines/engine.js';
import { OxlintFailure } from './lint/engines/oxlint/run.js';

/** What a run needs to be guarded: where its state lives, whether it uses the cache, the engine asked for. */
interface GuardedOptions {
  root: string;
  cache?: boolean;
  engine?: EngineId;
}

/**
 * What every analysis (score, a side of a diff, a trend) does around its work, so that a run
 * gives its report whenever it can, and says how it got it:
 * - in a checkout where `.upkeep/` cannot be created or written (a read-only mount), the run
 *   goes without the cache, and the first notice says so;
 * - when oxlint cannot run at all (a missing binary for the platform, a broken install:
 *   OxlintFailure), the run is done again whole on ESLint, so one report never mixes engines,
 *   and the first notice says so and why.
 */
export async function guardedRun<O extends GuardedOptions, T extends { notices: string[] }>(
  options: O,
  run: (options: O) => Promise<T>,
): Promise<T> {
  const unwritable = options.cache === false ? undefined : await unwritableStateDir(options.root);
  const guarded: O = unwritable === undefined ? options : { ...options, cache: false };
  let result: T;
  try {
    result = await run(guarded);
  } catch (error) {
    if (!(error instanceof OxlintFailure)) throw error;
    result = await run({ ...guarded, engine: 'eslint' });
    result.notices.unshift(`oxlint could not run (${error.message}); this run used ESLint instead`);
  }
  if (unwritable !== undefined) result.notices.unshift(unwritable);
  return result;
}
