import { posix } from 'node:path';
import picomatch from 'picomatch';

/** Extensions of JavaScript and TypeScript files (modules, declarations included by `.ts`). */
export const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/i;

/** Joins a package directory and a relative path into a root-relative path ('' is the root); undefined when it leaves the root. */
export function joinRelative(dir: string, path: string): string | undefined {
  const joined = posix.normalize(posix.join(dir || '.', path.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return undefined;
  const clean = joined.replace(/\/+$/, '');
  return clean === '.' || clean === '' ? '' : clean;
}

/** Whether a command-line word or config string is a glob pattern rather than a path. */
export function isGlob(text: string): boolean {
  return picomatch.scan(text).isGlob;
}

/** Whether a file is one of, or below one of, the root-relative paths (every file when none is given). */
export function inScope(file: string, paths: readonly string[]): boolean {
  if (paths.length === 0) return true;
  return paths.some((scope) => {
    const dir = scope.replace(/\/+$/, '');
    return dir === '' || dir === '.' || file === dir || file.startsWith(`${dir}/`);
  });
}

/**
 * The files a glob matches, the way shells and test runners expand it: relative to `base`, `*`
 * within one directory, `**` across directories, braces, no dot files unless named. A leading
 * `./` is dropped; a negated pattern (`!x`) matches nothing here.
 */
export function expandGlob(pattern: string, base: string, files: readonly string[]): string[] {
  if (pattern.startsWith('!')) return [];
  const full = joinRelative(base, pattern);
  if (full === undefined) return [];
  const match = picomatch(full, { dot: false });
  return files.filter((file) => match(file));
}

/** Files below a directory (root-relative), optionally only directly in it. */
export function filesIn(dir: string, files: readonly string[], recursive = true): string[] {
  const prefix = dir === '' ? '' : `${dir}/`;
  return files.filter((file) => file.startsWith(prefix) && (recursive || !file.slice(prefix.length).includes('/')));
}

/** Whether any listed file lies below the directory. */
export function isDirectory(dir: string, files: readonly string[]): boolean {
  const prefix = dir === '' ? '' : `${dir}/`;
  return files.some((file) => file.startsWith(prefix));
}

/**
 * A matcher for a list of globs the way test runners read one: a file matches when it matches a
 * positive glob and no `!` glob (picomatch alone would let `!x` match every other file).
 */
export function globMatcher(patterns: readonly string[]): (file: string) => boolean {
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (positive.length === 0) return () => false;
  const include = picomatch(positive);
  const exclude = negative.length ? picomatch(negative) : (): boolean => false;
  return (file) => include(file) && !exclude(file);
}
