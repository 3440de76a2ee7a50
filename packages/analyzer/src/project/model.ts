import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_MAX_FILE_SIZE, classifyContent, excludedDirOf, isModulePath } from '../sources/files.js';
import { selectPaths } from '../sources/select.js';
import { listWorktreePaths, readModules } from '../sources/worktree.js';
import {
  EntrySet,
  findFixtureDirs,
  isToolConfig,
  packageEntries,
  scriptEntries,
  type EntryContext,
} from './entries.js';
import { markWorkspaces, packageOfFile, readPackages, type ReadText } from './packages.js';
import { inScope } from './paths.js';
import { readScript } from './runners/scripts.js';
import { findTests } from './runners/test-files.js';
import { readTsconfigs } from './tsconfig.js';
import type { ProjectModel, ProjectModelOptions, TestFileInfo, TestRunner, UnresolvedEntry } from './types.js';

/**
 * Builds the one model of a project that score and the codemods share: its files (score's module
 * set), package.json files and workspaces, tsconfigs, test runners and test files, entry points
 * and fixture folders. Reads files only (configs are read statically, never run); everything
 * skipped or assumed is in `notices`. Throws only when the root cannot be listed.
 *
 * @param root absolute project root
 */
export async function buildProjectModel(root: string, options: ProjectModelOptions = {}): Promise<ProjectModel> {
  const notices: string[] = [];
  const pathspecs = options.paths?.length ? options.paths : [''];
  const whole = await listWorktreePaths(root, ['']);
  const named = pathspecs.some((spec) => spec !== '') ? await listWorktreePaths(root, pathspecs) : undefined;
  const allFiles = [...new Set([...whole.files, ...(named?.files ?? [])])].sort();
  const candidates = [...new Set([...whole.candidates, ...(named?.candidates ?? [])])];
  const selected = selectPaths(candidates, { pathspecs, include: options.include, exclude: options.exclude });
  const { listing, contents } = await readModules(root, selected);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const files = listing.entries
    .filter((entry) => {
      const content = contents.get(entry.path);
      return content !== undefined && classifyContent(entry.path, content, maxFileSize).kind === 'module';
    })
    .map((entry) => entry.path);

  const excluded = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : () => false;
  const visible = allFiles.filter((file) => excludedDirOf(file) === undefined && !excluded(file));
  const codeFiles = visible.filter(isModulePath);
  const allSet = new Set(allFiles);
  const read: ReadText = (file) => readFile(join(root, file), 'utf8').catch(() => undefined);

  const manifests = visible.filter((file) => file === 'package.json' || file.endsWith('/package.json'));
  const packages = (await readPackages(manifests, read, notices)).sort((a, b) =>
    a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0,
  );
  await markWorkspaces(packages, allSet, read, notices);

  const ts = await readTsconfigs(root, visible, allSet, read, notices);
  const fileSet = new Set(files);
  const entryContext: EntryContext = {
    files: fileSet,
    codeFiles,
    allFiles: allSet,
    sourceOfBuiltPath: ts.sourceOfBuiltPath,
    notices,
  };
  const entries = new EntrySet();
  const unresolvedEntries: UnresolvedEntry[] = [];
  const testRunners: TestRunner[] = [];
  const testFiles = new Map<string, TestFileInfo>();

  for (const pkg of packages) {
    const commands = Object.entries(pkg.scripts).flatMap(([name, line]) => readScript(name, line));
    const found = await findTests({ pkg, commands, codeFiles, allFiles: allSet, read, notices });
    testRunners.push(...found.runners);
    for (const { file, runner, why } of found.testFiles) {
      const known = testFiles.get(file);
      if (!known) testFiles.set(file, { runners: [runner], why });
      else if (!known.runners.includes(runner)) known.runners.push(runner);
    }
    for (const { file, why } of found.entries) entries.add(file, why);
    unresolvedEntries.push(...packageEntries(pkg, entryContext, entries));
    scriptEntries(pkg, commands, entryContext, entries);
  }
  for (const [file, info] of [...testFiles].sort(([a], [b]) => (a < b ? -1 : 1)))
    entries.add(file, `test file: ${info.why}`);
  for (const file of codeFiles) if (isToolConfig(file)) entries.add(file, 'tool configuration file');
  for (const entry of unresolvedEntries)
    notices.push(`${entry.manifest} ${entry.field} "${entry.target}": ${entry.why}`);

  const fixtureDirs = findFixtureDirs(allFiles);
  const isFixture = (file: string): boolean => fixtureDirs.some((dir) => file === dir || file.startsWith(`${dir}/`));

  return {
    root,
    files,
    allFiles,
    packages,
    packageOf: (file) => packageOfFile(packages, file),
    tsconfigs: ts.tsconfigs,
    tsconfigsCovering: ts.covering,
    sourceOfBuiltPath: ts.sourceOfBuiltPath,
    testRunners,
    testFiles,
    entries: entries.entries,
    unresolvedEntries,
    fixtureDirs,
    isFixture,
    inScope,
    notices,
    listing,
    contentOf: (file) => contents.get(file),
  };
}
