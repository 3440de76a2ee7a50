import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globMatcher } from './paths.js';
import type { ReadText } from './packages.js';
import { parseJson } from './read-config.js';
import type { TsconfigInfo } from './types.js';

/** tsconfig*.json and jsconfig.json files (tsconfig.build.json, tsconfig.prod.cjs.json, …). */
const TSCONFIG_FILE = /(?:^|\/)(?:tsconfig[^/]*\.json|jsconfig[^/]*\.json)$/;

interface Defined<T> {
  value: T;
  /** absolute directory of the config that set it: relative paths in it start there */
  dir: string;
}

/** One config with its `extends` chain applied. */
interface Loaded {
  options: Record<string, Defined<unknown>>;
  files?: Defined<string[]>;
  include?: Defined<string[]>;
  exclude?: Defined<string[]>;
  references: string[];
  chain: string[];
  missing: string[];
}

export interface TsconfigSet {
  tsconfigs: TsconfigInfo[];
  covering(file: string): TsconfigInfo[];
  sourceOfBuiltPath(path: string): string | undefined;
}

async function readAbsolute(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Where an `extends` value points, the way TypeScript resolves it: a relative path, or a package in node_modules. */
async function resolveExtends(spec: string, fromDir: string): Promise<string | undefined> {
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const base = resolve(fromDir, spec);
    for (const candidate of [base, `${base}.json`, join(base, 'tsconfig.json')])
      if (await isFile(candidate)) return candidate;
    return undefined;
  }
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const target = join(dir, 'node_modules', spec);
    const candidates = [target, `${target}.json`, join(target, 'tsconfig.json')];
    const manifest = await readAbsolute(join(target, 'package.json'));
    if (manifest !== undefined) {
      const parsed = parseJson(manifest);
      const field = parsed.ok ? (parsed.value as { tsconfig?: unknown }).tsconfig : undefined;
      if (typeof field === 'string') candidates.unshift(join(target, field));
    }
    for (const candidate of candidates) if (await isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/** Reads a config and what it extends (base first, the config's own settings win); a missing or broken base is noted, not fatal. */
async function load(file: string, label: string, notices: string[], seen: Set<string>): Promise<Loaded> {
  const loaded: Loaded = { options: {}, references: [], chain: [], missing: [] };
  if (seen.has(file)) return loaded;
  seen.add(file);
  const text = await readAbsolute(file);
  const parsed = text === undefined ? undefined : parseJson(text, true);
  if (!parsed?.ok || !parsed.value || typeof parsed.value !== 'object') {
    notices.push(
      `${label}: ${parsed && !parsed.ok ? `not valid JSON (${parsed.error})` : 'cannot be read'}; its settings are not known`,
    );
    return loaded;
  }
  const json = parsed.value as Record<string, unknown>;
  const dir = dirname(file);
  const bases = typeof json.extends === 'string' ? [json.extends] : (strings(json.extends) ?? []);
  for (const spec of bases) {
    const target = await resolveExtends(spec, dir);
    if (target === undefined) {
      loaded.missing.push(spec);
      notices.push(`${label}: extends "${spec}", which is not found (not installed?); read without it`);
      continue;
    }
    const base = await load(target, `${label} → ${spec}`, notices, seen);
    loaded.chain.push(target, ...base.chain);
    loaded.missing.push(...base.missing);
    Object.assign(loaded.options, base.options);
    for (const key of ['files', 'include', 'exclude'] as const) if (base[key]) loaded[key] = base[key];
  }
  const options =
    json.compilerOptions && typeof json.compilerOptions === 'object'
      ? (json.compilerOptions as Record<string, unknown>)
      : {};
  for (const [key, value] of Object.entries(options)) loaded.options[key] = { value, dir };
  for (const key of ['files', 'include', 'exclude'] as const) {
    const list = strings(json[key]);
    if (list) loaded[key] = { value: list, dir };
  }
  const references = Array.isArray(json.references) ? json.references : [];
  for (const reference of references) {
    const path = (reference as { path?: unknown } | null)?.path;
    if (typeof path !== 'string') continue;
    const target = resolve(dir, path);
    loaded.references.push(target.endsWith('.json') ? target : join(target, 'tsconfig.json'));
  }
  return loaded;
}

const TS_SOURCES = ['ts', 'tsx', 'mts', 'cts'];
const JS_SOURCES = ['js', 'jsx', 'mjs', 'cjs'];

/** TypeScript's include/exclude spec as globs: a last segment without `.` or `*` is a directory. */
function specGlobs(spec: Defined<string[]>, root: string): string[] {
  const base = relative(root, spec.dir).split(sep).join('/');
  return spec.value.flatMap((pattern) => {
    const full = base === '' ? pattern.replace(/^\.\//, '') : `${base}/${pattern.replace(/^\.\//, '')}`;
    const normal = full.replace(/\/$/, '');
    if (normal.startsWith('..')) return [];
    const last = normal.slice(normal.lastIndexOf('/') + 1);
    return last.includes('*') || last.includes('.')
      ? [normal]
      : [normal === '' || normal === '.' ? '**/*' : `${normal}/**/*`];
  });
}

function rootRelative(root: string, absolute: string): string {
  const rel = relative(root, absolute).split(sep).join('/');
  return rel.startsWith('..') ? absolute : rel;
}

/** The longest directory that holds every file (TypeScript's default rootDir before 6.0). */
function commonDir(files: readonly string[]): string {
  if (files.length === 0) return '';
  let parts = files[0]!.split('/').slice(0, -1);
  for (const file of files.slice(1)) {
    const other = file.split('/');
    let i = 0;
    while (i < parts.length && i < other.length - 1 && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join('/');
}

function info(root: string, path: string, loaded: Loaded, codeFiles: readonly string[]): TsconfigInfo {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const option = (key: string): unknown => loaded.options[key]?.value;
  const pathOption = (key: string): string | undefined => {
    const defined = loaded.options[key];
    return typeof defined?.value === 'string' ? rootRelative(root, resolve(defined.dir, defined.value)) : undefined;
  };
  const allowJs = option('allowJs') === true || option('checkJs') === true;
  const outDir = pathOption('outDir');
  const declarationDir = pathOption('declarationDir');
  const extensions = new RegExp(`\\.(?:${[...TS_SOURCES, ...(allowJs ? JS_SOURCES : [])].join('|')})$`);
  const include = loaded.include
    ? specGlobs(loaded.include, root)
    : loaded.files
      ? []
      : [dir === '' ? '**/*' : `${dir}/**/*`];
  const excludeSpec = loaded.exclude
    ? specGlobs(loaded.exclude, root)
    : ['node_modules', 'bower_components', 'jspm_packages'].map((d) => (dir === '' ? `${d}/**` : `${dir}/${d}/**`));
  for (const out of [outDir, declarationDir]) if (out !== undefined && !loaded.exclude) excludeSpec.push(`${out}/**`);
  const matchInclude = globMatcher(include);
  const matchExclude = globMatcher(excludeSpec);
  const named = new Set(
    loaded.files ? loaded.files.value.map((f) => rootRelative(root, resolve(loaded.files!.dir, f))) : [],
  );
  const files = codeFiles.filter(
    (file) => named.has(file) || (extensions.test(file) && matchInclude(file) && !matchExclude(file)),
  );
  const explicitRoot = pathOption('rootDir');
  const composite = option('composite') === true;
  const rootDir = explicitRoot ?? (composite ? dir : commonDir(files.filter((f) => !/\.d\.[cm]?ts$/.test(f))));
  return {
    path,
    dir,
    extendsChain: loaded.chain.map((file) => rootRelative(root, file)),
    missingExtends: loaded.missing,
    ...(outDir !== undefined ? { outDir } : {}),
    rootDir,
    ...(declarationDir !== undefined ? { declarationDir } : {}),
    allowJs,
    checkJs: option('checkJs') === true,
    composite,
    references: loaded.references.map((file) => rootRelative(root, file)),
    files,
  };
}

/** Source extensions a built file can come from, by the built file's extension. */
const BUILT_TO_SOURCE: ReadonlyArray<[RegExp, string[]]> = [
  [/\.d\.ts$/, ['.ts', '.tsx', '.js', '.jsx']],
  [/\.d\.mts$/, ['.mts', '.mjs']],
  [/\.d\.cts$/, ['.cts', '.cjs']],
  [/\.js$/, ['.ts', '.tsx', '.js', '.jsx']],
  [/\.mjs$/, ['.mts', '.mjs']],
  [/\.cjs$/, ['.cts', '.cjs']],
  [/\.js\.map$/, ['.ts', '.tsx', '.js', '.jsx']],
];

function sourceCandidates(stemPath: string): string[] {
  for (const [pattern, sources] of BUILT_TO_SOURCE) {
    if (pattern.test(stemPath)) {
      const stem = stemPath.replace(pattern, '');
      return sources.map((ext) => stem + ext);
    }
  }
  // no extension (`cjs/index`): any source with that stem
  return [...TS_SOURCES, ...JS_SOURCES].map((ext) => `${stemPath}.${ext}`);
}

function below(path: string, dir: string): string | undefined {
  if (dir === '') return path;
  return path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : undefined;
}

/**
 * Reads every tsconfig of the project (`extends` followed: relative paths and packages in
 * node_modules; a missing base is a notice) and maps build output back to sources through all
 * of them: `outDir`/`declarationDir` + the path below it, re-rooted at `rootDir` (explicit, or
 * the common directory of the sources, or the config's directory), with the source extension.
 */
export async function readTsconfigs(
  root: string,
  visible: readonly string[],
  allFiles: ReadonlySet<string>,
  _read: ReadText,
  notices: string[],
): Promise<TsconfigSet> {
  const codeFiles = visible.filter((file) => /\.[cm]?[jt]sx?$/.test(file));
  const paths = visible.filter((file) => TSCONFIG_FILE.test(file));
  const queue = [...paths];
  const done = new Set<string>();
  const tsconfigs: TsconfigInfo[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (done.has(path)) continue;
    done.add(path);
    const absolute = join(root, path);
    if (!(await isFile(absolute))) {
      notices.push(`${path}: referenced by a tsconfig but not found`);
      continue;
    }
    const loaded = await load(absolute, path, notices, new Set());
    const config = info(root, path, loaded, codeFiles);
    tsconfigs.push(config);
    for (const reference of config.references)
      if (!isAbsolute(reference) && !done.has(reference)) queue.push(reference);
  }
  const byFile = new Map<string, TsconfigInfo[]>();
  const covered = new Set<string>();
  for (const config of tsconfigs) {
    for (const file of config.files) {
      covered.add(file);
      const list = byFile.get(file);
      if (list) list.push(config);
      else byFile.set(file, [config]);
    }
  }
  const sourceOfBuiltPath = (path: string): string | undefined => {
    const clean = path.replace(/^\.\//, '');
    for (const config of tsconfigs) {
      for (const out of [config.outDir, config.declarationDir]) {
        if (out === undefined) continue;
        const rest = below(clean, out);
        if (rest === undefined) continue;
        for (const base of new Set([config.rootDir ?? config.dir, config.dir])) {
          const stemPath = base === '' ? rest : `${base}/${rest}`;
          const found = sourceCandidates(stemPath).find(
            (candidate) => covered.has(candidate) && byFile.get(candidate)!.includes(config),
          );
          if (found !== undefined) return found;
        }
      }
      if (config.outDir === undefined) {
        const found = sourceCandidates(clean).find(
          (candidate) => candidate !== clean && byFile.get(candidate)?.includes(config),
        );
        if (found !== undefined && !allFiles.has(clean)) return found;
      }
    }
    return undefined;
  };
  return { tsconfigs, covering: (file) => byFile.get(file) ?? [], sourceOfBuiltPath };
}
