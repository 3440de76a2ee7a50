// Entry points: what a project offers to the outside (package.json fields of every workspace
// package), what runs it (tests, configs) and what the user names (`entries`).
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { InputError } from '@upkeep/analyzer';
import { globToRegExp } from './glob.js';
import type { EntrySummary } from './types.js';

const TEST_FILE = /(?:^|\/)(?:[^/]+\.(?:test|spec)\.[cm]?[jt]sx?|__tests__\/.+\.[cm]?[jt]sx?)$/;
const CONFIG_FILE = /(?:^|\/)(?:[^/]+\.config\.[cm]?[jt]s|\.[a-z]+rc\.[cm]?js|gulpfile\.[cm]?js|Gruntfile\.[cm]?js)$/;
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export interface WorkspacePackage {
  name: string | undefined;
  /** root-relative directory ('' for the root package) */
  dir: string;
  /** root-relative entry files */
  entries: string[];
  /** why its entry points are unclear (nothing declared resolves to a source): only imports and locals are removed in it */
  unclear?: string;
}

export interface EntryPoints extends EntrySummary {
  packages: WorkspacePackage[];
  /** why each entry is one ("package.json main", "test file", …) */
  why: Map<string, string>;
}

/**
 * Finds the entry points among `codeFiles` (root-relative). `extra` are globs from upkeep.config.json
 * `entries` and the command line; a glob that matches nothing is a usage error naming it.
 */
export function findEntryPoints(root: string, allFiles: readonly string[], codeFiles: ReadonlySet<string>, extra: readonly string[]): EntryPoints {
  const why = new Map<string, string>();
  const add = (file: string, reason: string): void => {
    if (!why.has(file)) why.set(file, reason);
  };
  const packages: WorkspacePackage[] = [];
  const assumed: string[] = [];
  for (const manifest of allFiles.filter((f) => f === 'package.json' || f.endsWith('/package.json'))) {
    const dir = manifest === 'package.json' ? '' : manifest.slice(0, -'/package.json'.length);
    const json = readManifest(root, manifest);
    const declared = declaredEntries(json);
    const entries: string[] = [];
    for (const target of declared) {
      const file = resolveEntry(dir, target, codeFiles);
      if (file) entries.push(file);
    }
    const declaredResolved = entries.length;
    for (const script of scriptFiles(json, dir, codeFiles)) entries.push(script);
    const workspaceRoot = json.workspaces !== undefined || (dir === '' && allFiles.includes('pnpm-workspace.yaml'));
    const nodeDefault = resolveEntry(dir, 'index.js', codeFiles);
    const prefix = dir === '' ? '' : `${dir}/`;
    const hasTests = entries.length > declaredResolved || [...codeFiles].some((f) => f.startsWith(prefix) && TEST_FILE.test(f));
    // a package whose declared entry points map to nothing (built by a bundler, say), or that declares
    // none and has neither Node's default index.js nor tests: what it offers is not known
    const unclear = workspaceRoot
      ? undefined
      : declared.length > 0
        ? declaredResolved === 0 ? `${manifest}: ${declared.join(', ')} map${declared.length === 1 ? 's' : ''} to no source file of the project` : undefined
        : nodeDefault || hasTests ? undefined : `${manifest} names no entry point (main, module, exports, bin), has no index.js and no tests`;
    if ((declared.length === 0 || entries.length === 0) && !workspaceRoot) {
      const guess = ['index', 'src/index', 'lib/index', 'main', 'src/main'].map((base) => resolveEntry(dir, base, codeFiles)).find(Boolean);
      const where = manifest;
      if (guess) {
        entries.push(guess);
        assumed.push(declared.length === 0
          ? `${where} names no entry point (main, module, exports, bin): assumed ${guess}`
          : `${where}: none of ${declared.join(', ')} is a source file here: assumed ${guess}`);
      } else if (declared.length === 0) {
        assumed.push(`${where} names no entry point (main, module, exports, bin) and has no index file: only tests, configs and \`entries\` are entry points; list the others in upkeep.config.json "entries"`);
      } else {
        assumed.push(`${where}: none of ${declared.join(', ')} is a source file here (built output?): list the source entry files in upkeep.config.json "entries"`);
      }
    }
    for (const file of entries) add(file, `${manifest} entry point`);
    packages.push({ name: typeof json.name === 'string' ? json.name : undefined, dir, entries, ...(unclear ? { unclear } : {}) });
  }
  for (const file of codeFiles) {
    if (TEST_FILE.test(file)) add(file, 'test file');
    else if (CONFIG_FILE.test(file)) add(file, 'configuration file');
  }
  for (const glob of extra) {
    const pattern = globToRegExp(glob);
    const matched = [...codeFiles].filter((file) => pattern.test(file));
    if (matched.length === 0) throw new InputError(`entries: "${glob}" matches no JavaScript or TypeScript file under ${root}; fix or remove it`);
    for (const file of matched) add(file, `entries: ${glob}`);
  }
  return { files: [...why.keys()].sort(), assumed, packages, why };
}

type Manifest = Record<string, unknown>;

function readManifest(root: string, manifest: string): Manifest {
  try {
    const json: unknown = JSON.parse(readFileSync(join(root, manifest), 'utf8'));
    if (json && typeof json === 'object' && !Array.isArray(json)) return json as Manifest;
  } catch (error) {
    throw new InputError(`${manifest}: not valid JSON (${(error as Error).message}); fix it so that its entry points are known`);
  }
  throw new InputError(`${manifest}: expected a JSON object`);
}

function declaredEntries(json: Manifest): string[] {
  const out: string[] = [];
  for (const field of ['main', 'module', 'browser', 'types', 'typings']) {
    if (typeof json[field] === 'string') out.push(json[field]);
  }
  collectStrings(json.exports, out);
  if (typeof json.bin === 'string') out.push(json.bin);
  else collectStrings(json.bin, out);
  return [...new Set(out)];
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, out);
}

/** Files that package.json scripts run (`node scripts/build.js`, `tsx src/cli.ts`). */
function scriptFiles(json: Manifest, dir: string, codeFiles: ReadonlySet<string>): string[] {
  const scripts = json.scripts && typeof json.scripts === 'object' ? Object.values(json.scripts as Record<string, unknown>) : [];
  const out: string[] = [];
  for (const script of scripts) {
    if (typeof script !== 'string') continue;
    for (const token of script.split(/[\s'"=]+/)) {
      if (!/\.[cm]?[jt]sx?$/.test(token)) continue;
      const file = posix.join(dir, token);
      if (codeFiles.has(file)) out.push(file);
    }
  }
  return out;
}

/**
 * The source file behind a package.json target: the file itself, the same path with a source
 * extension, or its index; a built file (`dist/x.js`) maps back to `src/x.ts` when that exists.
 */
export function resolveEntry(dir: string, target: string, codeFiles: ReadonlySet<string>): string | undefined {
  if (target.includes('*')) return undefined;
  const path = posix.join(dir, target);
  const stem = path.replace(/\.(?:d\.)?[cm]?[jt]sx?$/, '');
  const candidates = [path, ...SOURCE_EXTENSIONS.map((ext) => stem + ext), ...SOURCE_EXTENSIONS.map((ext) => `${path}/index${ext}`)];
  const built = stem.match(/^(.*?)(?:^|\/)(?:dist|build|lib|out)\/(.*)$/);
  if (built) candidates.push(...SOURCE_EXTENSIONS.map((ext) => posix.join(built[1] ?? '', 'src', `${built[2]}${ext}`)));
  return candidates.find((candidate) => codeFiles.has(candidate));
}
