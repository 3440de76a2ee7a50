/**
 * The environment part of a project's legacy ESLint configuration (`.eslintrc*`, package.json
 * `eslintConfig`), root and nested, with `overrides` by glob: `env`, `globals` and
 * `parserOptions.sourceType`. Read with @eslint/eslintrc, the library ESLint 8 read them with;
 * the rules they set are not used (the preset's rules stay).
 */
import { join, posix } from 'node:path';
import { missingConfigNotice, missingFromWorkTree } from './commit-config.js';
import type { GlobalSetting } from './types.js';

/** ESLint 8's lookup order within one directory. */
export const LEGACY_CONFIG_NAMES: readonly string[] = [
  '.eslintrc.js',
  '.eslintrc.cjs',
  '.eslintrc.yaml',
  '.eslintrc.yml',
  '.eslintrc.json',
  '.eslintrc',
  'package.json',
];

export interface LegacyEnvironment {
  /** environment names in force (`node`, `mocha`, `jest/globals`, …) */
  envs: string[];
  /** the `globals` the configs declare, normalized (those of `envs` are looked up by name) */
  globals: Record<string, GlobalSetting>;
  sourceType?: 'module' | 'script' | 'commonjs';
  /** root-relative config files that applied, nearest last */
  sources: string[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- @eslint/eslintrc's Legacy API ships without types */
interface LegacyElement {
  criteria: { test(file: string): boolean } | null;
  env?: Record<string, boolean>;
  globals?: Record<string, unknown>;
  parserOptions?: { sourceType?: string };
  root?: boolean;
  type?: string;
}
type LegacyArray = LegacyElement[] & { pluginEnvironments: ReadonlyMap<string, { globals?: Record<string, unknown> }> };

interface DirConfig {
  file: string;
  array: LegacyArray;
  root: boolean;
}

/** The legacy configs of a project, found among its files; undefined when it has none. */
export class LegacyConfigs {
  private readonly byDir = new Map<string, DirConfig>();
  private readonly legacy: any;

  private constructor(
    private readonly root: string,
    legacy: any,
  ) {
    this.legacy = legacy;
  }

  /**
   * Loads every legacy config among `allFiles` (root-relative). A config that cannot be loaded
   * with what it extends is read again without `extends` and `plugins`; one that cannot be read
   * at all is skipped. Each such case adds a line to `notices`. Configs are loaded from disk: one
   * that a scored commit lists and the work tree lacks is named as such and skipped.
   */
  static async load(root: string, allFiles: readonly string[], notices: string[]): Promise<LegacyConfigs | undefined> {
    const candidates = new Map<string, string[]>();
    for (const file of allFiles) {
      const base = posix.basename(file);
      if (!LEGACY_CONFIG_NAMES.includes(base)) continue;
      const dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
      candidates.set(dir, [...(candidates.get(dir) ?? []), base]);
    }
    // a package.json counts only when it has an eslintConfig field
    for (const [dir, names] of candidates) {
      if (names.includes('package.json') && !(await hasEslintConfigField(root, dir))) {
        const rest = names.filter((name) => name !== 'package.json');
        if (rest.length > 0) candidates.set(dir, rest);
        else candidates.delete(dir);
      }
    }
    if (candidates.size === 0) return undefined;
    const { Legacy } = (await import('@eslint/eslintrc')) as any;
    const configs = new LegacyConfigs(root, Legacy);
    const factory = new Legacy.ConfigArrayFactory({
      cwd: root,
      resolvePluginsRelativeTo: root,
      getEslintRecommendedConfig: () => ({}),
      getEslintAllConfig: () => ({}),
    });
    for (const [dir, names] of candidates) {
      const ordered = LEGACY_CONFIG_NAMES.filter((name) => names.includes(name));
      for (const name of ordered) {
        const file = dir === '' ? name : `${dir}/${name}`;
        if (await missingFromWorkTree(root, file)) {
          notices.push(missingConfigNotice(file, 'env and globals'));
          continue;
        }
        const loaded = configs.loadOne(factory, dir, name, notices);
        if (loaded) {
          configs.byDir.set(dir, loaded);
          break;
        }
      }
    }
    return configs.byDir.size > 0 ? configs : undefined;
  }

  /** Root-relative config files in use. */
  files(): string[] {
    return [...this.byDir.values()].map((config) => config.file).sort();
  }

  /** The legacy environment of a root-relative file, or undefined when no config applies. */
  forFile(file: string): LegacyEnvironment | undefined {
    const chain: DirConfig[] = [];
    let dir = posix.dirname(file) === '.' ? '' : posix.dirname(file);
    for (;;) {
      const config = this.byDir.get(dir);
      if (config) {
        chain.unshift(config);
        if (config.root) break;
      }
      if (dir === '') break;
      dir = posix.dirname(dir) === '.' ? '' : posix.dirname(dir);
    }
    if (chain.length === 0) return undefined;
    const absolute = join(this.root, file);
    const env: Record<string, boolean> = {};
    const declared: Record<string, unknown> = {};
    let sourceType: string | undefined;
    for (const { array } of chain) {
      for (const element of array) {
        if (element.type === 'ignore' || (element.criteria && !element.criteria.test(absolute))) continue;
        Object.assign(env, element.env);
        Object.assign(declared, element.globals);
        sourceType = element.parserOptions?.sourceType ?? sourceType;
      }
    }
    const envs = Object.keys(env).filter((name) => env[name]);
    const globals: Record<string, GlobalSetting> = {};
    for (const [global, value] of Object.entries(declared)) globals[global] = normalize(value);
    const result: LegacyEnvironment = { envs, globals, sources: chain.map((c) => c.file) };
    if (sourceType === 'module' || sourceType === 'script' || sourceType === 'commonjs') result.sourceType = sourceType;
    return result;
  }

  /** The globals of an environment a plugin defines (`jest/globals`), if a loaded plugin does. */
  pluginEnvironmentGlobals(name: string): Record<string, GlobalSetting> | undefined {
    for (const { array } of this.byDir.values()) {
      const definition = array.pluginEnvironments.get(name);
      if (!definition) continue;
      const globals: Record<string, GlobalSetting> = {};
      for (const [global, value] of Object.entries(definition.globals ?? {})) globals[global] = normalize(value);
      return globals;
    }
    return undefined;
  }

  private loadOne(factory: any, dir: string, name: string, notices: string[]): DirConfig | undefined {
    const file = dir === '' ? name : `${dir}/${name}`;
    const absolute = join(this.root, file);
    let data: any;
    try {
      data = this.legacy.loadConfigFile(absolute);
    } catch (error) {
      notices.push(`${file}: not read (${firstLine(error)}); its environment is not applied`);
      return undefined;
    }
    if (!data || typeof data !== 'object') return undefined;
    let array: LegacyArray;
    try {
      array = factory.create(data, { filePath: absolute, name: file });
    } catch (error) {
      try {
        array = factory.create(withoutDependencies(data), { filePath: absolute, name: file });
        notices.push(
          `${file}: read without its extends/plugins (${firstLine(error)}); environments they define are not applied`,
        );
      } catch (again) {
        notices.push(`${file}: not read (${firstLine(again)}); its environment is not applied`);
        return undefined;
      }
    }
    return { file, array, root: data.root === true };
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

function withoutDependencies(data: Record<string, unknown>): Record<string, unknown> {
  const { extends: _extends, plugins: _plugins, parser: _parser, overrides, ...rest } = data;
  const copy: Record<string, unknown> = { ...rest };
  if (Array.isArray(overrides))
    copy['overrides'] = overrides.map((o: Record<string, unknown>) => withoutDependencies(o));
  return copy;
}

function normalize(value: unknown): GlobalSetting {
  if (value === 'off') return 'off';
  if (value === true || value === 'writable' || value === 'writeable' || value === 'true') return 'writable';
  return 'readonly';
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}

async function hasEslintConfigField(root: string, dir: string): Promise<boolean> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(join(root, dir, 'package.json'), 'utf8').catch(() => '');
  return text.includes('"eslintConfig"');
}
