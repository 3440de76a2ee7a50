import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LEGACY_CONFIG_NAMES } from './environment/legacy-config.js';
import { presetFingerprint } from './preset-fingerprint.js';
import { engineVersions } from './version.js';
import type { LintSpec } from './lint/lint-spec.js';
import type { SourceEntry } from './sources/source.js';
import { InputError } from './sources/source.js';

const LOCKFILES = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'package.json'];

/** Presets that ship with upkeep; `typed` and `strict` use type information. */
const BUNDLED_PRESETS = new Set(['recommended', 'typed', 'strict']);

export interface CacheKeys {
  /** names the cache directory: versions plus everything in the configuration that changes results */
  configKey: string;
  /** the key of one module's entry within it */
  entryKey(entry: SourceEntry): string;
  /** the flat config file in force for project and path configurations */
  configFile?: string;
}

/**
 * Builds the cache keys. With the bundled untyped presets a module's result depends only on its
 * content and its kind of file, so the key is the blob plus the extension: a blob seen anywhere,
 * in any commit, is never linted again. A project or explicit config may vary by path (its `files`
 * globs), so there the key adds the path. The typed preset lets types from other files change a
 * result, so its keys also hold a hash of every module and tsconfig of the listing.
 */
export async function cacheKeys(
  spec: LintSpec,
  entries: readonly SourceEntry[],
  environmentOf?: (path: string) => string | undefined,
  engine: { id: string; version: string } = { id: 'eslint', version: engineVersions().eslint! },
): Promise<CacheKeys> {
  const parts: unknown[] = [engineVersions(), `${engine.id}@${engine.version}`, spec.eslintConfig];
  let configFile: string | undefined;
  if (BUNDLED_PRESETS.has(spec.eslintConfig)) {
    parts.push(await presetFingerprint());
  } else {
    configFile = await findConfigFile(spec);
    parts.push(await hashFile(configFile));
    for (const name of LOCKFILES) parts.push(await hashFile(join(spec.root, name)));
  }
  const configKey = sha256(JSON.stringify(parts)).slice(0, 24);
  // the file's environment (globals, module or script, test file) changes results: its id is in every entry key
  const env = (entry: SourceEntry): string => {
    const id = environmentOf?.(entry.path);
    return id === undefined ? '' : `:${id}`;
  };
  if (spec.eslintConfig === 'recommended')
    return { configKey, entryKey: (entry) => `${kindOf(entry.path)}:${entry.blob}${env(entry)}` };
  if (spec.eslintConfig === 'typed' || spec.eslintConfig === 'strict') {
    const project = sha256(
      entries.map((entry) => `${entry.path}\0${entry.blob}`).join('\n') + (await hashTsconfigs(spec.root)),
    );
    return { configKey, entryKey: (entry) => `${project}:${entry.path}:${entry.blob}${env(entry)}` };
  }
  return { configKey, entryKey: (entry) => `${entry.path}:${entry.blob}${env(entry)}`, configFile };
}

/** ".ts", ".d.ts", ".jsx"…: what decides the parser and the rules of a bundled preset. */
function kindOf(path: string): string {
  if (/\.d\.[cm]?ts$/.test(path)) return '.d.ts';
  return path.slice(path.lastIndexOf('.'));
}

async function findConfigFile(spec: LintSpec): Promise<string> {
  if (spec.eslintConfig !== 'project') {
    if ((await hashFile(spec.eslintConfig)) === 'missing') {
      throw new InputError(
        `--eslint-config ${spec.eslintConfig}: file not found; give the path of an ESLint flat config file`,
      );
    }
    return spec.eslintConfig;
  }
  const { ESLint } = await import('eslint');
  const found = await new ESLint({ cwd: spec.root }).findConfigFile();
  if (found) return found;
  // A project that still has only a legacy .eslintrc* is linted with it, converted by FlatCompat:
  // the spec records it so that every linter (each worker) converts the same file.
  const legacy = await findLegacyConfig(spec.root);
  if (legacy) {
    spec.legacyConfigFile = legacy;
    return legacy;
  }
  throw new InputError(
    `--eslint-config project: no eslint.config.* file in ${spec.root} or above, nor a legacy .eslintrc* or package.json eslintConfig at the root; add one, or use --eslint-config recommended`,
  );
}

/** The root's legacy ESLint config, in ESLint 8's order of precedence. */
async function findLegacyConfig(root: string): Promise<string | undefined> {
  for (const name of LEGACY_CONFIG_NAMES) {
    const file = join(root, name);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    if (name !== 'package.json' || text.includes('"eslintConfig"')) return file;
  }
  return undefined;
}

async function hashTsconfigs(root: string): Promise<string> {
  return hashFile(join(root, 'tsconfig.json'));
}

async function hashFile(file: string): Promise<string> {
  try {
    return sha256(await readFile(file));
  } catch {
    return 'missing';
  }
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
