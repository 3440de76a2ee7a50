import type { LintSpec } from '../lint-spec.js';
import type { EngineId, LintEngine } from './engine.js';
import { EslintEngine } from './eslint-engine.js';
import { OxlintEngine, OxlintFailure } from './oxlint/run.js';

export interface EngineChoice {
  engine: LintEngine;
  /** one line for the user when the engine is not the one asked for */
  note?: string;
}

/**
 * The engine for a run: oxlint by default for the `recommended` preset, ESLint for everything
 * else (the type-aware presets, whose rules oxlint does not run alike, and a user's own ESLint
 * configuration, which runs on ESLint as its user expects), and whichever `requested` names when
 * it can run that configuration.
 */
export function chooseEngine(spec: LintSpec, requested?: EngineId): EngineChoice {
  if (spec.eslintConfig === 'recommended') {
    return { engine: requested === 'eslint' ? new EslintEngine(spec) : new OxlintEngine(spec) };
  }
  const note =
    requested === 'oxlint'
      ? `the oxlint engine (--engine, "engine" or UPKEEP_ENGINE) runs only the recommended preset; --eslint-config ${spec.eslintConfig} runs on ESLint`
      : undefined;
  return { engine: new EslintEngine(spec), ...(note === undefined ? {} : { note }) };
}

/**
 * Runs `run` with the engine asked for; when oxlint cannot run at all (a missing binary for the
 * platform, a broken install: OxlintFailure), runs it again whole on ESLint, so one report never
 * mixes engines, and puts first among its notices the line that says so and why.
 */
export async function withEslintFallback<T extends { notices: string[] }>(
  requested: EngineId | undefined,
  run: (engine: EngineId | undefined) => Promise<T>,
): Promise<T> {
  try {
    return await run(requested);
  } catch (error) {
    if (!(error instanceof OxlintFailure)) throw error;
    const result = await run('eslint');
    result.notices.unshift(`oxlint could not run (${error.message}); this run used ESLint instead`);
    return result;
  }
}
