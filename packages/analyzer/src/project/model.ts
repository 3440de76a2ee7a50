import { readFile } from 'node:fs/promises';
import type { Listing } from '../sources/source.js';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_MAX_FILE_SIZE, classifyContent, excludedDirOf, isModulePath } from '../sources/files.js';
import { narrowListing, scopeFilter, selectPaths } from '../sources/select.js';
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
import { inScope, joinRelative } from './paths.js';
import { forwardedScript, readScript, type ScriptCommand } from './runners/scripts.js';
import { RUNNER_PACKAGES } from './runners/conventions.js';
import { findTests } from './runners/test-files.js';
import { readTsconfigs } from './tsconfig.js';
import type {
  PackageInfo,
  ProjectModel,
  ProjectModelOptions,
  TestFileInfo,
  TestRunner,
  TestRunnerId,
  UnresolvedEntry,
} from './types.js';

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
  const named = (options.paths ?? []).map((path) =>
    path
      .replace(/\\/g, '/')
      .replace(/^(?:\.\/)+/, '')
      .replace(/\/+$/, ''),
  );
  const pathspecs = named.length && !named.includes('') && !named.includes('.') ? named : [''];
  const whole = await listWorktreePaths(root, ['']);
  const below = pathspecs.some((spec) => spec !== '') ? await listWorktreePaths(root, pathspecs) : undefined;
  const allFiles = [...new Set([...whole.files, ...(below?.files ?? [])])].sort();
  const candidates = [...new Set([...whole.candidates, ...(below?.candidates ?? [])])];
  const filter = { pathspecs, include: options.include, exclude: options.exclude };
  const selected = selectPaths(candidates, filter);
  // limited to paths: the whole project is read too, for the environments (scopeFilter)
  const wider = scopeFilter(filter);
  const read: ReadText = (file) => readFile(join(root, file), 'utf8').catch(() => undefined);
  if (wider === undefined) {
    const { listing, contents } = await readModules(root, selected);
    return modelOfFiles(root, { allFiles, listing, contents, read }, options, pathspecs, notices);
  }
  const { listing: scope, contents } = await readModules(root, selectPaths(candidates, wider));
  const listing = narrowListing(scope, selected);
  return modelOfFiles(root, { allFiles, listing, contents, read, scope }, options, pathspecs, notices);
}

/** What a project model is built from: the work tree's files, or a commit's tree and blobs. */
export interface ProjectFiles {
  /** every listed file, root-relative, sorted */
  allFiles: string[];
  /** the selected modules (blob hashes) */
  listing: Listing;
  /** the bytes of the listed modules (none for a commit's files, whose modules are known by `isModule`) */
  contents: ReadonlyMap<string, Buffer>;
  /** whether a listed module is text to lint, when that is known without its bytes (a commit's, from the facts cache) */
  isModule?: (path: string) => boolean;
  /** the text of any listed file (package.json, configs, pages), undefined when it cannot be read */
  read: ReadText;
  /**
   * when paths limit the listing: the whole project's modules (and those named outside it), whose
   * environments are decided with the listing's; `contents`, `isModule` cover them too
   */
  scope?: Listing;
}

/**
 * The project model over files already listed and read, on disk or in a commit (see
 * buildProjectModel for what it holds). `pathspecs` are those the listing was limited to.
 */
export async function modelOfFiles(
  root: string,
  source: ProjectFiles,
  options: ProjectModelOptions = {},
  pathspecs: readonly string[] = [''],
  notices: string[] = [],
): Promise<ProjectModel> {
  const { allFiles, listing, contents, read, isModule, scope } = source;
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const files = listing.entries
    .filter((entry) => {
      if (isModule) return isModule(entry.path);
      const content = contents.get(entry.path);
      return content !== undefined && classifyContent(entry.path, content, maxFileSize).kind === 'module';
    })
    .map((entry) => entry.path);

  const excluded = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : () => false;
  const visible = allFiles.filter((file) => excludedDirOf(file) === undefined && !excluded(file));
  const codeFiles = visible.filter(isModulePath);
  const allSet = new Set(allFiles);

  const manifests = visible.filter((file) => file === 'package.json' || file.endsWith('/package.json'));
  const packages = (await readPackages(manifests, read, notices)).sort((a, b) =>
    a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0,
  );
  await markWorkspaces(packages, allSet, read, notices);

  const ts = await readTsconfigs(root, visible, allSet, read, notices);
  // entries are the whole project's, also when `paths` limit the files of this run
  const fileSet = new Set(pathspecs[0] === '' ? files : codeFiles);
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

  const localBins = runnerBins(packages);
  for (const pkg of packages) {
    const commands = packageCommands(pkg, localBins);
    const found = await findTests({ root, pkg, commands, codeFiles, allFiles: allSet, read, notices });
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
    notices: [...new Set(notices)],
    listing,
    ...(scope === undefined ? {} : { scope }),
    contentOf: (file) => contents.get(file),
    read,
  };
}

/** The bin files of test runner packages in the project itself (mocha's own repository runs `node bin/mocha.js`). */
function runnerBins(packages: readonly PackageInfo[]): Map<string, TestRunnerId> {
  const bins = new Map<string, TestRunnerId>();
  for (const pkg of packages) {
    const id = pkg.name === undefined ? undefined : RUNNER_PACKAGES[pkg.name];
    if (id === undefined) continue;
    const bin = pkg.fields.bin;
    const targets = typeof bin === 'string' ? [bin] : bin && typeof bin === 'object' ? Object.values(bin) : [];
    for (const target of targets) {
      const file = typeof target === 'string' ? joinRelative(pkg.dir, target) : undefined;
      if (file !== undefined) bins.set(file, id);
    }
  }
  return bins;
}

/** The commands of every script of a package, plus `npm run other -- args` read as the other script with the arguments. */
function packageCommands(pkg: PackageInfo, bins: ReadonlyMap<string, TestRunnerId>): ScriptCommand[] {
  const localBin = (path: string): TestRunnerId | undefined => {
    const file = joinRelative(pkg.dir, path);
    return file === undefined ? undefined : (bins.get(file) ?? bins.get(`${file}.js`));
  };
  const out: ScriptCommand[] = [];
  const visit = (name: string, line: string, depth: number): void => {
    for (const command of readScript(name, line, localBin)) {
      out.push(command);
      const forwarded = depth < 5 ? forwardedScript(command, pkg.scripts) : undefined;
      if (forwarded) visit(`${name} → ${forwarded.target}`, forwarded.line, depth + 1);
    }
  };
  for (const [name, line] of Object.entries(pkg.scripts)) visit(name, line, 0);
  return out;
}
