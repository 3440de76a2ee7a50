/**
 * A project's legacy `.eslintignore` (ESLint 9 and later no longer read it): its patterns exclude
 * files as `.gitignore` patterns do, relative to the project root, as ESLint 8 read them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ignore from 'ignore';

export interface EslintIgnore {
  ignores(path: string): boolean;
}

/**
 * The root's `.eslintignore`, or undefined when there is none. `read` gives a root-relative file's
 * text from elsewhere (a commit's tree); the work tree's file is read without it.
 */
export async function loadEslintIgnore(
  root: string,
  read?: (file: string) => Promise<string | undefined>,
): Promise<EslintIgnore | undefined> {
  const text = read
    ? await read('.eslintignore')
    : await readFile(join(root, '.eslintignore'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const rules = ignore().add(text);
  return { ignores: (path) => rules.ignores(path) };
}
