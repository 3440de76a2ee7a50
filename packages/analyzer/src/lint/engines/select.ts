import type { LintSpec } from '../lint-spec.js';
import type { EngineId, LintEngine } from './engine.js';
import { EslintEngine } from './eslint-engine.js';
import { OxlintEngine } from './oxlint/run.js';

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
