import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_EXCLUDED_DIRS, buildProjectModel, isModulePath, type ProjectModel } from '@upkeep/analyzer';

/** Folders of test fixtures: what the project's own tests compare against. */
const FIXTURE_DIRS = ['__testfixtures__', '__fixtures__', 'fixtures'];

/** Whether a root-relative path is inside a test fixture folder (`__testfixtures__`, `__fixtures__`, `fixtures`, `test/fixtures`). */
export function isFixturePath(path: string): boolean {
  return path
    .split('/')
    .slice(0, -1)
    .some((part) => FIXTURE_DIRS.includes(part));
}

export interface FileSetOptions {
  include?: readonly string[];
  exclude?: readonly string[];
  maxFileSize?: number;
}

/**
 * The project model a codemod works on: score's module file set (the analyzer's work-tree source:
 * .gitignore, the default excluded folders, include/exclude of upkeep.config.json, minified,
 * generated and over-size files skipped), without test fixture folders unless a named path is
 * inside one. A package.json that is not valid JSON is skipped with a notice, never an error.
 */
export async function listCodemodFiles(
  root: string,
  paths: readonly string[],
  options: FileSetOptions = {},
): Promise<ProjectModel> {
  const model = await buildProjectModel(root, {
    include: options.include,
    exclude: options.exclude,
    maxFileSize: options.maxFileSize,
  });
  const fixture = (path: string): boolean => model.isFixture(path) || isFixturePath(path);
  const namedFixture = (path: string): boolean =>
    paths.some((scope) => scope !== '' && fixture(`${scope}/x`) && (path === scope || path.startsWith(`${scope}/`)));
  const files = model.files.filter((path) => !fixture(path) || namedFixture(path));
  const notices = [...model.notices];
  const fixtures = model.files.length - files.length;
  if (fixtures > 0)
    notices.push(
      `${fixtures} file(s) in test fixture folders left alone (name a fixture folder as a path to change it)`,
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
