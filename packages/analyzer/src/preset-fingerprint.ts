import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Packages whose upgrade can change what a bundled preset reports. */
const ENGINES = [
  'eslint',
  '@eslint/js',
  'typescript-eslint',
  '@typescript-eslint/parser',
  'espree',
  'globals',
  'typescript',
];

let cached: Promise<string> | undefined;

/**
 * Identifies the bundled presets without loading them (loading typescript-eslint costs a third of
 * a second that a fully cached run should not pay): the compiled code of @upkeep/eslint-plugin,
 * where presets and categories live, plus the versions of the packages it builds on. Any edit to
 * a preset changes the code, and so the cache directory, even without a version bump.
 */
export function presetFingerprint(): Promise<string> {
  cached ??= computeFingerprint();
  return cached;
}

async function computeFingerprint(): Promise<string> {
  const pluginDir = dirname(require.resolve('@upkeep/eslint-plugin'));
  const hash = createHash('sha256');
  const files = (await readdir(pluginDir, { recursive: true })).filter((file) => file.endsWith('.js')).sort();
  for (const file of files) hash.update(file).update(await readFile(join(pluginDir, file)));
  const fromPlugin = createRequire(join(pluginDir, 'index.js'));
  for (const name of ENGINES) {
    let version = 'absent';
    try {
      version = (JSON.parse(await readFile(fromPlugin.resolve(`${name}/package.json`), 'utf8')) as { version: string })
        .version;
    } catch {
      // a package the preset does not resolve cannot change its results
    }
    hash.update(`${name}@${version}`);
  }
  return hash.digest('hex');
}
