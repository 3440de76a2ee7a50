import picomatch from 'picomatch';
import { parseJson, parseYaml } from './read-config.js';
import type { PackageFields, PackageInfo } from './types.js';

/** Reads a root-relative text file, or undefined when it cannot be read. */
export type ReadText = (file: string) => Promise<string | undefined>;

const FIELD_NAMES: ReadonlyArray<keyof PackageFields> = [
  'main',
  'module',
  'exports',
  'bin',
  'types',
  'typings',
  'browser',
];

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** A package.json's dir: '' for the root one. */
function manifestDir(manifest: string): string {
  return manifest === 'package.json' ? '' : manifest.slice(0, -'/package.json'.length);
}

/** The package described by a parsed manifest (workspace flags are set later, by {@link markWorkspaces}). */
export function packageInfo(manifestPath: string, manifest: Record<string, unknown>): PackageInfo {
  const fields: PackageFields = {};
  for (const name of FIELD_NAMES) if (manifest[name] !== undefined) fields[name] = manifest[name];
  return {
    dir: manifestDir(manifestPath),
    manifestPath,
    ...(typeof manifest.name === 'string' ? { name: manifest.name } : {}),
    type: manifest.type === 'module' ? 'module' : 'commonjs',
    fields,
    scripts: stringRecord(manifest.scripts),
    dependencies: stringRecord(manifest.dependencies),
    devDependencies: stringRecord(manifest.devDependencies),
    isWorkspace: false,
    isWorkspaceRoot: false,
    manifest,
  };
}

/**
 * Reads every package.json of the list: the BOM is stripped; one that is not a JSON object is
 * skipped with a notice naming it (a deliberately broken test fixture must not stop anything).
 */
export async function readPackages(
  manifests: readonly string[],
  read: ReadText,
  notices: string[],
): Promise<PackageInfo[]> {
  const out: PackageInfo[] = [];
  for (const manifestPath of manifests) {
    const text = await read(manifestPath);
    if (text === undefined) {
      notices.push(`${manifestPath}: cannot be read; skipped`);
      continue;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      notices.push(`${manifestPath}: not valid JSON (${parsed.error}); skipped`);
      continue;
    }
    if (!parsed.value || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
      notices.push(`${manifestPath}: not a JSON object; skipped`);
      continue;
    }
    out.push(packageInfo(manifestPath, parsed.value as Record<string, unknown>));
  }
  return out;
}

/** The workspace globs a package declares: npm/yarn `workspaces` (array or `{ packages }`). */
function declaredWorkspaces(pkg: PackageInfo): string[] | undefined {
  const field = pkg.manifest.workspaces;
  const list = Array.isArray(field)
    ? field
    : field && typeof field === 'object'
      ? (field as { packages?: unknown }).packages
      : undefined;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : undefined;
}

/**
 * Marks workspace roots and members: `workspaces` of a package.json, `packages` of a
 * pnpm-workspace.yaml or lerna.json beside it. Globs are relative to the root package's directory;
 * `!` globs exclude.
 */
export async function markWorkspaces(
  packages: PackageInfo[],
  allFiles: ReadonlySet<string>,
  read: ReadText,
  notices: string[],
): Promise<void> {
  for (const root of packages) {
    const globs = [...(declaredWorkspaces(root) ?? [])];
    const prefix = root.dir === '' ? '' : `${root.dir}/`;
    const pnpm = `${prefix}pnpm-workspace.yaml`;
    if (allFiles.has(pnpm)) {
      const text = await read(pnpm);
      const parsed = text === undefined ? undefined : parseYaml(text);
      if (parsed?.ok) {
        const list = (parsed.value as { packages?: unknown } | null)?.packages;
        if (Array.isArray(list)) globs.push(...list.filter((item): item is string => typeof item === 'string'));
      } else notices.push(`${pnpm}: ${parsed ? parsed.error : 'cannot be read'}; its workspace packages are not known`);
    }
    const lerna = `${prefix}lerna.json`;
    if (allFiles.has(lerna)) {
      const text = await read(lerna);
      const parsed = text === undefined ? undefined : parseJson(text);
      const list = parsed?.ok ? (parsed.value as { packages?: unknown } | null)?.packages : undefined;
      if (Array.isArray(list)) globs.push(...list.filter((item): item is string => typeof item === 'string'));
    }
    if (globs.length === 0) continue;
    root.isWorkspace = true;
    root.isWorkspaceRoot = true;
    const clean = (glob: string): string => prefix + glob.replace(/^\.\//, '').replace(/\/+$/, '');
    const include = picomatch(globs.filter((g) => !g.startsWith('!')).map(clean));
    const exclude = picomatch(globs.filter((g) => g.startsWith('!')).map((g) => clean(g.slice(1))));
    for (const member of packages) {
      if (member === root || !member.dir.startsWith(prefix)) continue;
      if (include(member.dir) && !exclude(member.dir)) member.isWorkspace = true;
    }
  }
}

/** The innermost package whose directory holds the file. */
export function packageOfFile(packages: readonly PackageInfo[], file: string): PackageInfo | undefined {
  let best: PackageInfo | undefined;
  for (const pkg of packages) {
    if (pkg.dir !== '' && file !== pkg.dir && !file.startsWith(`${pkg.dir}/`)) continue;
    if (!best || pkg.dir.length > best.dir.length) best = pkg;
  }
  return best;
}
