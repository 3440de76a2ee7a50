import { relative } from 'node:path';
import { InputError, resolveEslintConfig, type AnalyzeOptions } from '@upkeep/analyzer';
import type { UpkeepConfig } from '@upkeep/core';
import { UsageError } from './io.js';

/** The analysis flags a command may take; each overrides the same setting of upkeep.config.json. */
export interface AnalysisFlags {
  /** --eslint-config as typed (a path relative to the working directory) */
  eslintConfig?: string;
  /** --jobs */
  jobs?: number;
  /** --engine */
  engine?: 'oxlint' | 'eslint';
  /** false with --no-cache */
  cache?: boolean;
}

/**
 * How every command analyzes: the ESLint configuration resolved, the scope globs, the scoring and
 * the resources. `score`, `diff`/`gate`/`comment`/`notify`, `trend` and the codemods' score deltas
 * spread this into `analyze`, `analyzeChange`, `analyzeHistory` or `runCodemod({ score })`.
 */
type AnalysisOptions = Omit<AnalyzeOptions, 'root' | 'paths' | 'ref' | 'onProgress'> & {
  /** a bundled preset name, `project`, or an absolute path */
  eslintConfig: string;
};

/** Where a setting came from, for messages: the flag the user typed, or the config file and field. */
export interface AnalysisOrigin {
  eslintConfig: string;
}

export interface AnalysisWiring {
  options: AnalysisOptions;
  origin: AnalysisOrigin;
}

/** Where the command runs: the working directory (flags' paths) and the project root (the config's paths). */
export interface AnalysisPlace {
  cwd: string;
  root: string;
  /** the upkeep.config.json the settings came from, if any (absolute) */
  configFile?: string;
  /** the process environment: `UPKEEP_ENGINE` is the engine when neither a flag nor the config file names one */
  env?: NodeJS.ProcessEnv;
}

/**
 * The one place analysis options are assembled: upkeep.config.json, then the flags on top.
 * A path given to --eslint-config is relative to the working directory, one in upkeep.config.json
 * to the project root (where the file is). `jobs: "auto"` and no flag mean half the cores, at least one (lint/pool.ts `defaultJobs`).
 */
export function buildAnalysisOptions(config: UpkeepConfig, flags: AnalysisFlags, place: AnalysisPlace): AnalysisWiring {
  const fromFlag = flags.eslintConfig !== undefined;
  const eslintConfig = fromFlag
    ? resolveEslintConfig(flags.eslintConfig!, place.cwd)
    : resolveEslintConfig(config.eslintConfig ?? 'recommended', place.root);
  const configName =
    place.configFile === undefined ? 'upkeep.config.json' : relative(place.cwd, place.configFile) || place.configFile;
  const options: AnalysisOptions = { eslintConfig };
  if (config.include !== undefined) options.include = config.include;
  if (config.exclude !== undefined) options.exclude = config.exclude;
  if (config.categories !== undefined) options.categories = config.categories;
  if (config.evaluation !== undefined) options.evaluation = config.evaluation;
  if (config.maxFileSize !== undefined) options.maxFileSize = config.maxFileSize;
  const jobs = flags.jobs ?? (config.jobs === 'auto' ? undefined : config.jobs);
  if (jobs !== undefined) options.jobs = jobs;
  if (flags.cache !== undefined) options.cache = flags.cache;
  const engine = flags.engine ?? config.engine ?? engineFromEnv(place.env);
  if (engine !== undefined) options.engine = engine;
  return {
    options,
    origin: {
      eslintConfig:
        fromFlag || config.eslintConfig === undefined ? '--eslint-config' : `${configName}: "eslintConfig":`,
    },
  };
}

/**
 * `UPKEEP_ENGINE=oxlint|eslint`: the engine of every command of a CI job (the codemods' score
 * deltas included) without a flag on each. `--engine` and upkeep.config.json's `"engine"` win over
 * it. Any other value is a usage error naming the variable.
 */
function engineFromEnv(env: NodeJS.ProcessEnv | undefined): 'oxlint' | 'eslint' | undefined {
  const value = env?.UPKEEP_ENGINE?.trim();
  if (value === undefined || value === '') return undefined;
  if (value === 'oxlint' || value === 'eslint') return value;
  throw new UsageError(`UPKEEP_ENGINE: expected oxlint or eslint, got "${value}" (unset it or choose one)`);
}

/**
 * Runs an analysis and, when the ESLint configuration came from upkeep.config.json, turns the
 * analyzer's "--eslint-config X: …" problems into ones naming the file and the field.
 */
export async function withAnalysisOrigin<T>(origin: AnalysisOrigin, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (
      origin.eslintConfig !== '--eslint-config' &&
      error instanceof InputError &&
      error.message.startsWith('--eslint-config ')
    ) {
      throw new UsageError(`${origin.eslintConfig} ${error.message.slice('--eslint-config '.length)}`);
    }
    throw error;
  }
}
