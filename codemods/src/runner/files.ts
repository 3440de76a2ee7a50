import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  DEFAULT_EXCLUDED_DIRS,
  buildProjectModel,
  isFixtureDirName,
  isModulePath,
  loadEslintIgnore,
  type ProjectModel,
} from '@upkeep/analyzer';

/** Whether a root-relative path is inside a folder named as test fixtures or test data (`__testfixtures__`, `fixtures`, `testdata`, `test-cases`, …: the project model's names). */
export function isFixturePath(path: string): boolean {
  return path
    .split('/')
    .slice(0, -1)
    .some((part) => isFixtureDirName(part));
}

export interface FileSetOptions {
  include?: readonly string[];
  exclude?: readonly string[];
  maxFileSize?: number;
}

/**
 * The project model a codemod works on: score's module file set (the analyzer's work-tree source:
 * .gitignore, the default excluded folders, include/exclude of upkeep.config.json, minified,
 * generated and over-size files skipped, and, as `upkeep score` does, the root's legacy
 * `.eslintignore`), without test fixture folders. A default-excluded folder (`dist`, `build`, …),
 * a fixture folder or an `.eslintignore`d file is in the set only when the user names it (or a
 * path inside it) as a path. A package.json that is not valid JSON is skipped with a notice, never
 * an error.
 *
 * @param paths root-relative files or directories the user named (empty: the whole project)
 */
export async function listCodemodFiles(
  root: string,
  paths: readonly string[],
  options: FileSetOptions = {},
): Promise<ProjectModel> {
  const modelOptions = { include: options.include, exclude: options.exclude, maxFileSize: options.maxFileSize };
  const model = await buildProjectModel(root, modelOptions);
  const named = paths
    .map((path) =>
      path
        .replace(/\\/g, '/')
        .replace(/^(?:\.\/)+/, '')
        .replace(/\/+$/, ''),
    )
    .filter((path) => path !== '' && path !== '.');
  const inNamed = (path: string, scopes: readonly string[] = named): boolean =>
    scopes.some((scope) => path === scope || path.startsWith(`${scope}/`));

  // a named path inside a default-excluded folder (`upkeep codemod run t dist/app.js`): its modules, listed as score lists them
  const namedExcluded = named.filter((path) => path.split('/').some((part) => DEFAULT_EXCLUDED_DIRS.includes(part)));
  let listed = model.files;
  if (namedExcluded.length > 0) {
    // listed from the excluded folder itself (a pathspec naming a file inside `dist/` does not lift the exclusion)
    const folders = namedExcluded.map((path) => {
      const parts = path.split('/');
      return parts.slice(0, parts.findIndex((part) => DEFAULT_EXCLUDED_DIRS.includes(part)) + 1).join('/');
    });
    const below = await buildProjectModel(root, { ...modelOptions, paths: [...new Set(folders)] });
    const wanted = below.files.filter((path) => inNamed(path, namedExcluded));
    listed = [...new Set([...model.files, ...wanted])].sort();
  }

  const fixture = (path: string): boolean => model.isFixture(path) || isFixturePath(path);
  const namedFixture = (path: string): boolean =>
    inNamed(
      path,
      named.filter((scope) => fixture(`${scope}/x`)),
    );
  const eslintIgnore = await loadEslintIgnore(root);
  const ignored = (path: string): boolean => eslintIgnore?.ignores(path) ?? false;
  // an ignored path counts as named only when the named path itself is ignored (naming `docs` does not reach `docs/v2/scripts`)
  const namedIgnored = (path: string): boolean =>
    inNamed(
      path,
      named.filter((scope) => ignored(scope) || ignored(`${scope}/`)),
    );

  let fixtures = 0;
  let ignoredCount = 0;
  const files = listed.filter((path) => {
    if (fixture(path) && !namedFixture(path)) {
      fixtures += 1;
      return false;
    }
    if (ignored(path) && !namedIgnored(path)) {
      ignoredCount += 1;
      return false;
    }
    return true;
  });
  const notices = [...model.notices];
  if (fixtures > 0)
    notices.push(
      `${fixtures} file(s) in test fixture folders left alone (name a fixture folder as a path to change it)`,
    );
  if (ignoredCount > 0)
    notices.push(
      `${ignoredCount} file(s) excluded by .eslintignore left alone, as \`upkeep score\` skips them (name one as a path to change it)`,
    );
  return { ...model, files, notices };
}

/** Root-relative JS/TS module files of the project: git's tracked and untracked files, else a walk. */
export function listModuleFiles(root: string): string[] {
  let listed: string[];
  try {
    const output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    listed = output.split('\0').filter(Boolean);
  } catch {
    listed = walk(root, root);
  }
  return listed.filter(
    (path) => isModulePath(path) && !path.split('/').some((part) => DEFAULT_EXCLUDED_DIRS.includes(part)),
  );
}

function walk(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!DEFAULT_EXCLUDED_DIRS.includes(entry.name)) out.push(...walk(root, join(dir, entry.name)));
    } else if (entry.isFile()) out.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
  }
  return out;
}

/** Whether a root-relative path is one of, or under one of, the paths the user named (all when none). */
export function inScope(path: string, paths: readonly string[]): boolean {
  if (paths.length === 0) return true;
  return paths.some(
    (scope) => scope === '' || path === scope || path.startsWith(scope.endsWith('/') ? scope : `${scope}/`),
  );
}
