/**
 * The environment a project's own flat config (`eslint.config.*`) declares for each file: its
 * `languageOptions.globals` and `sourceType`. The project's rules are not used (the preset's stay).
 */
import { join, posix } from 'node:path';
import { missingConfigNotice, missingFromWorkTree } from './commit-config.js';
import type { GlobalSetting } from './types.js';

const FLAT_CONFIG = /^eslint\.config\.(?:js|mjs|cjs|ts|mts|cts)$/;

export interface FlatEnvironment {
  globals: Record<string, GlobalSetting>;
  sourceType?: 'module' | 'commonjs' | 'script';
  source: string;
}

/**
 * Per module, the globals and sourceType its flat config gives it; undefined when the project has
 * no flat config. A config that does not load adds a notice and is left out.
 */
export async function flatConfigEnvironments(
  root: string,
  allFiles: readonly string[],
  files: readonly string[],
  notices: string[],
): Promise<Map<string, FlatEnvironment> | undefined> {
  const listed = allFiles.filter(
    (file) => FLAT_CONFIG.test(posix.basename(file)) && !file.split('/').includes('node_modules'),
  );
  // loaded from disk: one a scored commit has and the work tree lacks is named, and left out
  const configs: string[] = [];
  for (const file of listed) {
    if (await missingFromWorkTree(root, file)) notices.push(missingConfigNotice(file, 'globals and sourceType'));
    else configs.push(file);
  }
  if (configs.length === 0) return undefined;
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: root });
  const out = new Map<string, FlatEnvironment>();
  const normalized = new WeakMap<object, Record<string, GlobalSetting>>();
  for (const file of files) {
    let config: { languageOptions?: { globals?: Record<string, unknown>; sourceType?: string } } | undefined;
    try {
      config = (await eslint.calculateConfigForFile(join(root, file))) as typeof config;
    } catch (error) {
      // ESLint looks a config up from the file's folder upwards: a file outside every config's
      // folder (a root index.js beside docs/eslint.config.mjs) has none, and the others keep theirs
      if ((error as { messageTemplate?: string }).messageTemplate === 'config-file-missing') continue;
      const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
      notices.push(`${configs.join(', ')}: not loaded (${why}); the globals it declares are not applied`);
      return undefined;
    }
    const declared = config?.languageOptions?.globals;
    if (!declared) continue;
    let globals = normalized.get(declared);
    if (!globals) {
      globals = {};
      for (const [name, value] of Object.entries(declared)) {
        globals[name] =
          value === 'off'
            ? 'off'
            : value === true || value === 'writable' || value === 'writeable'
              ? 'writable'
              : 'readonly';
      }
      normalized.set(declared, globals);
    }
    const sourceType = config?.languageOptions?.sourceType;
    const entry: FlatEnvironment = { globals, source: nearestConfig(configs, file) };
    if (sourceType === 'module' || sourceType === 'commonjs' || sourceType === 'script') entry.sourceType = sourceType;
    out.set(file, entry);
  }
  return out;
}

function nearestConfig(configs: readonly string[], file: string): string {
  const owning = configs.filter((config) => {
    const dir = posix.dirname(config);
    return dir === '.' || file.startsWith(`${dir}/`);
  });
  return owning.sort((a, b) => b.length - a.length)[0] ?? configs[0]!;
}
