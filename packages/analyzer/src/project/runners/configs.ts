import { posix } from 'node:path';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson, parseYaml, readStaticConfig } from '../read-config.js';
import type { ReadText } from '../packages.js';
import { joinRelative } from '../paths.js';

/** A runner's configuration as read from its file or package.json section. */
export interface RunnerConfig {
  /** root-relative path of the file it came from, or `<dir>/package.json#<key>` */
  source: string;
  /** root-relative directory that relative paths in it are resolved from */
  dir: string;
  value: Record<string, unknown>;
}

const JS_EXTENSIONS = ['js', 'cjs', 'mjs', 'ts', 'cts', 'mts'];

/** Config file names of each runner, in the order the runner looks for them. */
export const CONFIG_FILES = {
  mocha: [
    '.mocharc.js',
    '.mocharc.cjs',
    '.mocharc.mjs',
    '.mocharc.yaml',
    '.mocharc.yml',
    '.mocharc.jsonc',
    '.mocharc.json',
  ],
  jest: [...JS_EXTENSIONS.map((ext) => `jest.config.${ext}`), 'jest.config.json'],
  vitest: [...JS_EXTENSIONS.map((ext) => `vitest.config.${ext}`), ...JS_EXTENSIONS.map((ext) => `vite.config.${ext}`)],
  ava: ['ava.config.js', 'ava.config.cjs', 'ava.config.mjs'],
  tap: ['.taprc', '.taprc.yml', '.taprc.yaml', '.taprc.json'],
  karma: ['karma.conf.js', 'karma.conf.cjs', 'karma.conf.ts', 'karma.conf.mjs', '.config/karma.conf.js'],
  jasmine: ['spec/support/jasmine.json', 'spec/support/jasmine.js', 'spec/support/jasmine.mjs'],
  playwright: JS_EXTENSIONS.map((ext) => `playwright.config.${ext}`),
} as const;

/** Package.json sections that hold a runner's configuration. */
export const PACKAGE_SECTIONS: Readonly<Record<string, string>> = {
  mocha: 'mocha',
  jest: 'jest',
  ava: 'ava',
  tap: 'tap',
};

/**
 * Reads one config file without running it: JSON (comments allowed for .jsonc), YAML, or the
 * object literal a JS/TS file exports. What could not be read is added to `notices`.
 */
export async function readConfigFile(
  root: string,
  file: string,
  read: ReadText,
  notices: string[],
  keys: readonly string[] = [],
): Promise<Record<string, unknown> | undefined> {
  const text = await read(file);
  if (text === undefined) {
    notices.push(`${file}: cannot be read; its runner's defaults are used`);
    return undefined;
  }
  const base = posix.basename(file);
  let value: unknown;
  if (/\.json$|\.jsonc$/.test(base) || (base === '.taprc' && text.trimStart().startsWith('{'))) {
    const parsed = parseJson(text, true);
    if (!parsed.ok) {
      notices.push(`${file}: not valid JSON (${parsed.error}); its runner's defaults are used`);
      return undefined;
    }
    value = parsed.value;
  } else if (/\.ya?ml$/.test(base) || base === '.taprc') {
    const parsed = parseYaml(text);
    if (!parsed.ok) {
      notices.push(`${file}: not valid YAML (${parsed.error}); its runner's defaults are used`);
      return undefined;
    }
    value = parsed.value;
  } else {
    const result = readStaticConfig(file, text, (specifier) => requireSync(root, file, specifier, 0));
    // only what the model uses is worth a notice: `retries: process.env.CI ? 2 : 0` is not
    const relevant = (what: string): boolean =>
      keys.length === 0 ||
      /^(?:does not parse|no exported|\()/.test(what) ||
      keys.some((key) => new RegExp(`^${key}(?:[.[:]|$)`).test(what));
    for (const what of result.unreadable.filter(relevant))
      notices.push(`${file}: ${what}; read statically, without running it`);
    value = result.value;
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Mocha's legacy `test/mocha.opts` (mocha < 8): one option or spec per word, `#` comments.
 * Returned as the options object `.mocharc` would hold.
 */
export function readMochaOpts(text: string): Record<string, unknown> {
  const words = text
    .split('\n')
    .map((line) => line.replace(/#.*/, ''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
  const spec: string[] = [];
  const out: Record<string, unknown> = {};
  const list = (key: string, value: string): void => {
    out[key] = [...((out[key] as string[] | undefined) ?? []), value];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--recursive') out.recursive = true;
    else if (['--require', '-r', '--file'].includes(word) && words[i + 1])
      list(word === '--file' ? 'file' : 'require', words[++i]!);
    else if (word === '--extension' && words[i + 1]) list('extension', words[++i]!);
    else if (word.startsWith('-')) {
      if (
        !word.includes('=') &&
        words[i + 1] &&
        !words[i + 1]!.startsWith('-') &&
        /^--?(?:reporter|R|ui|u|timeout|t|slow|s|grep|g)$/.test(word)
      )
        i++;
    } else spec.push(word);
  }
  if (spec.length) out.spec = spec;
  return out;
}

/** The first of the candidate config files that exists in the package directory. */
export function findConfig(dir: string, names: readonly string[], allFiles: ReadonlySet<string>): string | undefined {
  for (const name of names) {
    const file = joinRelative(dir, name);
    if (file !== undefined && allFiles.has(file)) return file;
  }
  return undefined;
}

/** A string or string array value as an array of strings (others dropped). */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** A local config module another config requires (`require('../jest.config')`), read statically: JSON or an exported object literal. */
function requireSync(root: string, from: string, specifier: string, depth: number): unknown {
  if (depth > 4) return undefined;
  const base = joinRelative(posix.dirname(from), specifier);
  if (base === undefined) return undefined;
  for (const file of [base, `${base}.js`, `${base}.cjs`, `${base}.json`, `${base}/index.js`]) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue;
    }
    if (file.endsWith('.json')) {
      const parsed = parseJson(text);
      return parsed.ok ? parsed.value : undefined;
    }
    return readStaticConfig(file, text, (next) => requireSync(root, file, next, depth + 1)).value;
  }
  return undefined;
}
