import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * where presets and categories live, and of the analyzer's engines (how each runs the presets:
 * the oxlint configuration, directives, the statement count), plus the versions of the packages it
 * builds on. Any edit to a preset or an engine changes the code, and so the cache directory, even
 * without a version bump.
 */
export function presetFingerprint(): Promise<string> {
  cached ??= computeFingerprint();
  return cached;
}

/** The compiled code of @upkeep/eslint-plugin, and this package's compiled lint code (also when this module runs from source, as the workers run dist). */
function codeDirs(): Array<{ label: string; dir: string }> {
  const here = import.meta.url;
  return [
    { label: '', dir: dirname(require.resolve('@upkeep/eslint-plugin')) },
    {
      label: 'lint/',
      dir: fileURLToPath(here.endsWith('.ts') ? new URL('../dist/lint/', here) : new URL('./lint/', here)),
    },
  ];
}

async function computeFingerprint(): Promise<string> {
  const dirs = codeDirs();
  const hash = createHash('sha256').update(await codeHash(dirs));
  const fromPlugin = createRequire(join(dirs[0]!.dir, 'index.js'));
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

/** sha-256 (hex) of every `.js` file below each directory: its path, with the label, and its bytes. */
export async function codeHash(dirs: ReadonlyArray<{ label: string; dir: string }>): Promise<string> {
  const hash = createHash('sha256');
  for (const { label, dir } of dirs) {
    const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.js')).sort();
    for (const file of files) hash.update(`${label}${file}`).update(await readFile(join(dir, file)));
  }
  return hash.digest('hex');
}
