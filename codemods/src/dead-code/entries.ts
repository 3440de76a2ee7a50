// Entry points, from the project model (package fields mapped back through every tsconfig, bins,
// files and globs of package.json scripts, tool configs, test files as each runner finds them),
// plus what the user names (`entries`). Which packages have unclear entry points is decided here.
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { InputError, type PackageInfo, type ProjectModel } from '@upkeep/analyzer';
import type { EntrySummary } from './types.js';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
// type tests (`*.test-d.ts`, tsd's `test-d/`, `test/*.types.ts`) are checked by tsc or tsd, never imported
const TEST_NAME =
  /(?:^|\/)(?:[^/]+\.(?:test|spec|test-d)\.[cm]?[jt]sx?|__tests__\/.+\.[cm]?[jt]sx?|test-d\/.+\.[cm]?tsx?|tests?\/(?:.+\/)?[^/]+\.types\.[cm]?ts)$/;
const STANDALONE_DIR =
  /(?:^|\/)(?:examples?|benchmarks?|bench|perf|scripts|tools|demos?|docs?|documentation|website)\//;
const ENTRY_FIELDS = ['main', 'module', 'exports', 'bin', 'types', 'typings', 'browser'] as const;

export interface WorkspacePackage {
  name: string | undefined;
  /** root-relative directory ('' for the root package) */
  dir: string;
  /** root-relative entry files */
  entries: string[];
  /** why its entry points are unclear (nothing declared maps to a source): only imports and locals are removed in it */
  unclear?: string;
}

export interface EntryPoints extends EntrySummary {
  packages: WorkspacePackage[];
  /** why each entry is one ("package.json main", "test file", …) */
  why: Map<string, string>;
}

/**
 * The entry points among `codeFiles` (root-relative). `extra` are globs from upkeep.config.json
 * `entries` and the command line; a glob that matches nothing is a usage error naming it.
 */
export function findEntryPoints(
  model: ProjectModel,
  codeFiles: ReadonlySet<string>,
  extra: readonly string[],
): EntryPoints {
  const why = new Map<string, string>();
  const add = (file: string, reason: string): void => {
    if (codeFiles.has(file) && !why.has(file)) why.set(file, reason);
  };
  for (const [file, reason] of model.entries) add(file, reason);
  // a file named like a test where no runner was found is still someone's test: unknown is kept
  for (const file of codeFiles) if (TEST_NAME.test(file)) add(file, 'named like a test file');
  // examples, benchmarks, scripts and docs are programs run by hand: nothing imports them
  for (const file of codeFiles)
    if (STANDALONE_DIR.test(file)) add(file, 'a standalone program (examples, benchmarks, scripts, docs)');
  // what a fixture imports is used by the tests that load it
  for (const file of codeFiles) if (model.isFixture(file)) add(file, 'test fixture');
  for (const glob of extra) {
    const match = picomatch(glob.replace(/^\.\//, ''), { dot: true });
    const matched = [...codeFiles].filter((file) => match(file) || match(posix.dirname(file)));
    if (matched.length === 0)
      throw new InputError(
        `entries: "${glob}" matches no JavaScript or TypeScript file under ${model.root}; fix or remove it`,
      );
    for (const file of matched) add(file, `entries: ${glob}`);
  }

  const assumed: string[] = [];
  for (const item of model.unresolvedEntries)
    assumed.push(`${item.manifest} ${item.field} "${item.target}": ${item.why}`);
  const packages: WorkspacePackage[] = [];
  for (const pkg of model.packages) {
    if (model.isFixture(pkg.manifestPath)) continue;
    const entries = [...why]
      .filter(([, reason]) => ENTRY_FIELDS.some((field) => reason.startsWith(`${pkg.manifestPath} ${field}`)))
      .map(([file]) => file);
    const nodeDefault = resolveEntry(pkg.dir, 'index.js', codeFiles);
    // `require('<package>')` of a package without `main` (and without `exports`) loads its index.js,
    // whatever else it declares (`bin`, `types`, `module` for bundlers)
    if (!hasField(pkg, 'main') && !hasField(pkg, 'exports') && nodeDefault) {
      if (!entries.includes(nodeDefault)) entries.unshift(nodeDefault);
      add(nodeDefault, `${pkg.manifestPath}: no main, Node loads index.js`);
    }
    const unclear = unclearEntries(pkg, entries, why, model);
    packages.push({ name: pkg.name, dir: pkg.dir, entries, ...(unclear ? { unclear } : {}) });
  }
  return { files: [...why.keys()].sort(), assumed, packages, why };
}

function hasField(pkg: PackageInfo, field: (typeof ENTRY_FIELDS)[number]): boolean {
  return pkg.fields[field] !== undefined && pkg.fields[field] !== null;
}

function fieldsOf(pkg: PackageInfo): string[] {
  return ENTRY_FIELDS.filter((field) => pkg.fields[field] !== undefined && pkg.fields[field] !== null);
}

/**
 * A package offers something unknown when the entry points it declares map to no source (a bundle
 * built by a tool upkeep cannot follow), or when it declares none and has no tests either.
 */
function unclearEntries(
  pkg: PackageInfo,
  entries: readonly string[],
  why: ReadonlyMap<string, string>,
  model: ProjectModel,
): string | undefined {
  if (pkg.isWorkspaceRoot) return undefined;
  const declared = fieldsOf(pkg);
  const inPackage = (file: string): boolean => pkg.dir === '' || file.startsWith(`${pkg.dir}/`);
  const named = [...why].some(
    ([file, reason]) => reason.startsWith('entries: ') && inPackage(file) && model.packageOf(file) === pkg,
  );
  if (named || entries.length > 0) return undefined;
  if (declared.length > 0) {
    const targets = model.unresolvedEntries
      .filter((u) => u.manifest === pkg.manifestPath)
      .map((u) => `${u.field} "${u.target}"`);
    return `${pkg.manifestPath}: ${targets.length > 0 ? targets.join(', ') : declared.join(', ')} map${targets.length === 1 ? 's' : ''} to no source file of the project`;
  }
  const tests = [...model.testFiles.keys()].some((file) => inPackage(file) && model.packageOf(file) === pkg);
  return tests
    ? undefined
    : `${pkg.manifestPath} names no entry point (main, module, exports, bin), has no index.js and no tests`;
}

/**
 * The source file behind a package.json target: the file itself, the same path with a source
 * extension, or its index.
 */
export function resolveEntry(dir: string, target: string, codeFiles: ReadonlySet<string>): string | undefined {
  if (target.includes('*')) return undefined;
  const path = posix.join(dir, target);
  const stem = path.replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '');
  const candidates = [
    path,
    ...SOURCE_EXTENSIONS.map((ext) => stem + ext),
    ...SOURCE_EXTENSIONS.map((ext) => `${path}/index${ext}`),
  ];
  return candidates.find((candidate) => codeFiles.has(candidate));
}
