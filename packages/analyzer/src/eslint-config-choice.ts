import { isAbsolute, resolve } from 'node:path';

/** The ESLint configurations that ship with upkeep, by name. */
export const BUNDLED_ESLINT_CONFIGS: readonly string[] = ['recommended', 'typed', 'strict'];

/**
 * An `--eslint-config` / `eslintConfig` value as the analyzer takes it: a bundled preset or
 * `project` by name, anything else a path to a flat config file, made absolute from `cwd`.
 */
export function resolveEslintConfig(value: string, cwd: string): string {
  if (value === 'project' || BUNDLED_ESLINT_CONFIGS.includes(value)) return value;
  return isAbsolute(value) ? value : resolve(cwd, value);
}

/**
 * Presets with type-aware rules: their results depend on the whole project as it is on disk, so
 * they need a tsconfig.json and cannot read a commit from git objects.
 */
export function isTypeAware(eslintConfig: string): boolean {
  return eslintConfig === 'typed' || eslintConfig === 'strict';
}
