// The module graph: resolved edges, what the entry points reach, and which exports are read.
import { posix } from 'node:path';
import { ts } from '../runner/engine.js';
import picomatch from 'picomatch';
import { dynamicTarget, loadPatterns } from './dynamic-path.js';
import type { WorkspacePackage } from './entries.js';
import { resolveEntry } from './entries.js';
import type { LoadHow } from './loads.js';
import type { ModuleInfo, UsedNames } from './module-info.js';

const LOAD_TEXT: Record<LoadHow, string> = {
  worker: 'starts a worker from',
  'child-process': 'starts a child process running',
  url: 'names with new URL(…, import.meta.url)',
  path: 'builds the path',
  glob: 'names the glob',
  readdir: 'reads the directory',
  resolve: 'resolves',
};

const SIBLING_SOURCES = ['.js', '.mjs', '.cjs', '.jsx'];

export interface GraphInput {
  root: string;
  program: ts.Program;
  /** absolute path → module info, for every file that the graph covers */
  modules: ReadonlyMap<string, ModuleInfo>;
  /** absolute paths of the entry points */
  entries: readonly string[];
  /** absolute paths of files that do not parse: their imports count, and all of every module they use is used */
  unparsable: ReadonlySet<string>;
  packages: readonly WorkspacePackage[];
  /** the source a build output path (root-relative) is compiled from, through every tsconfig */
  sourceOfBuiltPath?: (path: string) => string | undefined;
  /**
   * Why a file no entry reaches is kept all the same (a page or a string names it, its header marks
   * it, a computed load could take it), or `undefined`: a kept file may run, so what it imports is
   * reached and used as from an entry.
   */
  keptUnreached?: (file: string) => KeptFile | undefined;
}

/** Why a file no entry reaches is kept (`reason` as in the report). */
export interface KeptFile {
  reason: 'non-code-mention' | 'named-in-code' | 'dynamic-import' | 'marked-keep';
  detail: string;
}

export interface Graph {
  reached: Set<string>;
  /** files reached only through a computed require/import, with the call that could load them */
  reachedDynamically: Map<string, string>;
  /** of those, the ones loaded without an import (worker, child process, path, glob, readdir) */
  reachedByLoad: Set<string>;
  /** why a file's exports are all in use: `entry`, `dynamic`, or `reflection: <file that uses it as a whole>` */
  allBecause: Map<string, string>;
  /** the exports of each file read by name */
  named: Map<string, Set<string>>;
  /** what each import specifier node resolved to (a project file) */
  targetOf: Map<ts.StringLiteralLike, string>;
  /** exports read from each file, by name, with one file that reads it */
  used: Map<string, Map<string, string> | 'all'>;
  /** the same, not counting what files that do not parse read */
  usedWithoutUnparsable: Map<string, Map<string, string> | 'all'>;
  /** `all` because of a dynamic load, with the reason */
  allUsedBecause: Map<string, string>;
  /** dynamic loads whose target is unknown (they keep every unreached file) */
  unknownDynamic: string[];
  /** files no entry reaches that are kept all the same, and why; they are roots of the reach */
  keptUnreached: Map<string, KeptFile>;
}

interface Edge {
  target: string;
  names: UsedNames;
  /** exported name here → name in the target (`*` → `*`: every name) for a re-export */
  reexport?: Map<string, string> | undefined;
}

interface LoadEdge {
  test: (file: string) => boolean;
  text: string;
  line: number;
  /** loaded without an import (worker, child process, path, glob, readdir), not by a computed require */
  load?: boolean;
}

interface Edges {
  edges: Map<string, Edge[]>;
  dynamicEdges: Map<string, LoadEdge[]>;
  targetOf: Map<ts.StringLiteralLike, string>;
  unknownDynamic: string[];
  relative: (file: string) => string;
}

interface Reach {
  reached: Set<string>;
  reachedDynamically: Map<string, string>;
  reachedByLoad: Set<string>;
  /** what a computed load can take is read as a whole; what those files import, by name as usual */
  loadedDirectly: Set<string>;
}

/** The module graph of a round: edges read from each file, what the entries reach, which exports are used. */
export function buildGraph(input: GraphInput): Graph {
  const read = readEdges(input);
  const { reach, kept, rooted } = reachWithKept(input, read);
  const allBecause = new Map<string, string>();
  const named = new Map<string, Set<string>>();
  const used = propagateUses(rooted, read, reach, new Set(), allBecause, named);
  const usedWithoutUnparsable = input.unparsable.size > 0 ? propagateUses(rooted, read, reach, input.unparsable) : used;
  return {
    keptUnreached: kept,
    reached: reach.reached,
    reachedDynamically: reach.reachedDynamically,
    reachedByLoad: reach.reachedByLoad,
    allBecause,
    named,
    targetOf: read.targetOf,
    used,
    usedWithoutUnparsable,
    allUsedBecause: new Map(reach.reachedDynamically),
    unknownDynamic: read.unknownDynamic,
  };
}

/**
 * The reach from the entries, then from every file it leaves out that is kept all the same, until
 * no more are added: a file kept for a page that names it still runs, and so do its imports.
 */
function reachWithKept(
  input: GraphInput,
  read: Edges,
): { reach: Reach; kept: Map<string, KeptFile>; rooted: GraphInput } {
  const kept = new Map<string, KeptFile>();
  let rooted = input;
  let reach = reachFromEntries(input, read);
  for (;;) {
    let added = false;
    for (const file of input.modules.keys()) {
      if (reach.reached.has(file) || kept.has(file) || /\.d\.[cm]?ts$/.test(file)) continue;
      const why =
        input.keptUnreached?.(file) ??
        (read.unknownDynamic.length > 0
          ? {
              reason: 'dynamic-import' as const,
              detail: `${read.unknownDynamic[0]} loads a computed path that could be any file`,
            }
          : undefined);
      if (!why) continue;
      kept.set(file, why);
      added = true;
    }
    if (!added) return { reach, kept, rooted };
    rooted = { ...input, entries: [...input.entries, ...kept.keys()] };
    reach = reachFromEntries(rooted, read);
  }
}

/** Each file's resolved imports and re-exports, and the files its computed requires and loads could take. */
function readEdges(input: GraphInput): Edges {
  const resolveCache = ts.createModuleResolutionCache(input.root, (f) => f, input.program.getCompilerOptions());
  const edges = new Map<string, Edge[]>();
  const dynamicEdges = new Map<string, LoadEdge[]>();
  const targetOf = new Map<ts.StringLiteralLike, string>();
  const unknownDynamic: string[] = [];
  const relatives = new Map<string, string>();
  const relative = (file: string): string =>
    relatives.get(file) ?? relatives.set(file, posix.relative(input.root, file)).get(file)!;
  for (const [file, info] of input.modules) {
    const source = input.program.getSourceFile(file);
    if (!source) continue;
    const list: Edge[] = [];
    // what a file that does not parse reads cannot be told from its tree: any word of its text may be a name it uses
    const words = input.unparsable.has(file) ? new Set(source.text.match(/[A-Za-z_$][\w$]*/g) ?? []) : undefined;
    for (const edge of info.imports) {
      const target = resolve(edge.specifier, edge.node, source, input, resolveCache);
      if (target) {
        for (const file of withRuntimeTwin(target, input)) list.push({ target: file, names: words ?? edge.names });
        targetOf.set(edge.node, target);
      }
    }
    for (const edge of info.reexports) {
      const target = resolve(edge.specifier, edge.node, source, input, resolveCache);
      if (!target) continue;
      for (const file of withRuntimeTwin(target, input))
        list.push({ target: file, names: new Set(), reexport: edge.names ?? new Map([['*', '*']]) });
    }
    edges.set(file, list);
    const loads = [...computedRequires(input, file, info, source, unknownDynamic, relative)];
    loads.push(...loadsWithoutImport(input, file, info, source, unknownDynamic, relative));
    if (loads.length > 0) dynamicEdges.set(file, loads);
  }
  return { edges, dynamicEdges, targetOf, unknownDynamic, relative };
}

/** `require(expr)`/`import(expr)` with a computed path: a pattern of the files it could load. */
function computedRequires(
  input: GraphInput,
  file: string,
  info: ModuleInfo,
  source: ts.SourceFile,
  unknownDynamic: string[],
  relative: (file: string) => string,
): LoadEdge[] {
  const out: LoadEdge[] = [];
  for (const load of info.dynamic) {
    const target = dynamicTarget(load.argument, source);
    const text = `${relative(file)}:${load.line} loads ${JSON.stringify(target.kind === 'pattern' ? posix.relative(input.root, target.text) : target.kind === 'package' ? 'a package' : target.text)}`;
    if (target.kind === 'pattern') out.push({ test: (f) => target.regex.test(f), text, line: load.line });
    else if (target.kind === 'any') unknownDynamic.push(`${relative(file)}:${load.line}`);
  }
  return out;
}

/** Workers, child processes, `new URL`, `__dirname` paths, globs and `readdirSync`: the files each names. */
function loadsWithoutImport(
  input: GraphInput,
  file: string,
  info: ModuleInfo,
  source: ts.SourceFile,
  unknownDynamic: string[],
  relative: (file: string) => string,
): LoadEdge[] {
  const out: LoadEdge[] = [];
  for (const load of info.loads) {
    let patterns = loadPatterns(load.argument, source, input.root, load.how);
    // a glob known only by its spelling names files only where its directory holds some
    if (patterns && load.needsDirectory) patterns = withProjectDirectory(patterns, directoriesOf(input));
    if (!patterns) {
      // a worker or child process started from a path nothing tells: it could be any file
      if (load.how === 'worker' || load.how === 'child-process') unknownDynamic.push(`${relative(file)}:${load.line}`);
      continue;
    }
    const match = picomatch(patterns, { dot: true });
    const text = `${relative(file)}:${load.line} ${LOAD_TEXT[load.how]} ${patterns[0]}`;
    out.push({ test: (f) => match(relative(f)), text, line: load.line, load: true });
  }
  return out;
}

/**
 * The files the entry points (and the files that do not parse) reach. Every import edge is followed
 * before any computed load: a file an import reaches is never "reached only dynamically", whichever
 * order the entry points come in.
 */
function reachFromEntries(input: GraphInput, read: Edges): Reach {
  const out: Reach = {
    reached: new Set(),
    reachedDynamically: new Map(),
    reachedByLoad: new Set(),
    loadedDirectly: new Set(),
  };
  const queue: string[] = [];
  const reach = (file: string, dynamicReason?: string, byLoad = false): void => {
    if (out.reached.has(file)) return;
    out.reached.add(file);
    if (dynamicReason) out.reachedDynamically.set(file, dynamicReason);
    if (byLoad) out.reachedByLoad.add(file);
    queue.push(file);
    // a declaration file stands for the JavaScript file beside it
    const stem = file.replace(/\.d\.[cm]?ts$/, '');
    if (stem !== file)
      for (const ext of SIBLING_SOURCES) if (input.modules.has(stem + ext)) reach(stem + ext, dynamicReason);
  };
  for (const entry of input.entries) reach(entry);
  for (const file of input.unparsable) reach(file);
  const allFiles = [...input.modules.keys()];
  const pendingLoads: LoadEdge[] = [];
  while (queue.length > 0 || pendingLoads.length > 0) {
    const file = queue.shift();
    if (file === undefined) {
      const dynamic = pendingLoads.shift()!;
      for (const candidate of allFiles) {
        if (!dynamic.test(candidate)) continue;
        out.loadedDirectly.add(candidate);
        reach(candidate, dynamic.text, dynamic.load);
      }
      continue;
    }
    for (const edge of read.edges.get(file) ?? [])
      reach(edge.target, out.reachedDynamically.get(file), out.reachedByLoad.has(file));
    pendingLoads.push(...(read.dynamicEdges.get(file) ?? []));
  }
  return out;
}

/**
 * The exports read from each file, by name with one file that reads it, or `all`: entries and
 * computed loads use everything, re-exports pass names on, a module used as a whole uses all
 * (`why` says why, `named` collects what was read by name). Files in `skip` read nothing.
 */
function propagateUses(
  input: GraphInput,
  read: Edges,
  reach: Reach,
  skip: ReadonlySet<string>,
  why?: Map<string, string>,
  named?: Map<string, Set<string>>,
): Map<string, Map<string, string> | 'all'> {
  const { edges, relative } = read;
  const used = new Map<string, Map<string, string> | 'all'>();
  const work: Array<[string, string, string]> = [];
  const allWork: Array<[string, string]> = [];
  const markAll = (file: string, reason: string): void => {
    if (used.get(file) === 'all') return;
    used.set(file, 'all');
    if (why && !why.has(file)) why.set(file, reason);
    for (const edge of edges.get(file) ?? []) {
      if (!edge.reexport) continue;
      for (const from of edge.reexport.values()) {
        if (from === '*') allWork.push([edge.target, reason]);
        else work.push([edge.target, from, relative(file)]);
      }
    }
  };
  const mark = (file: string, name: string, by: string): void => {
    if (name === '*') return markAll(file, `reflection: ${by}`);
    if (named) (named.get(file) ?? named.set(file, new Set()).get(file)!).add(name);
    const current = used.get(file) ?? used.set(file, new Map()).get(file)!;
    if (current === 'all' || current.has(name)) return;
    current.set(name, by);
    for (const edge of edges.get(file) ?? []) {
      if (!edge.reexport) continue;
      if (edge.reexport.size === 1 && edge.reexport.get('*') === '*') {
        if (name !== 'default') work.push([edge.target, name, by]);
        continue;
      }
      const from = edge.reexport.get(name);
      if (from !== undefined) work.push([edge.target, from, by]);
    }
  };
  const drain = (): void => {
    while (work.length > 0 || allWork.length > 0) {
      const all = allWork.pop();
      if (all) {
        markAll(all[0], all[1]);
        continue;
      }
      const [target, name, by] = work.pop()!;
      mark(target, name, by);
    }
  };
  for (const entry of input.entries) markAll(entry, 'entry');
  for (const file of reach.loadedDirectly) markAll(file, 'dynamic');
  drain();
  for (const file of reach.reached) {
    if (skip.has(file)) continue;
    for (const edge of edges.get(file) ?? []) {
      if (edge.reexport) continue;
      if (edge.names === 'all') markAll(edge.target, `reflection: ${relative(file)}`);
      else for (const name of edge.names) work.push([edge.target, name, relative(file)]);
    }
    drain();
  }
  return used;
}

function resolve(
  specifier: string,
  node: ts.StringLiteralLike,
  source: ts.SourceFile,
  input: GraphInput,
  cache: ts.ModuleResolutionCache,
): string | undefined {
  const options = input.program.getCompilerOptions();
  const mode = input.program.getModeForUsageLocation(source, node);
  const resolved = ts.resolveModuleName(
    specifier,
    source.fileName,
    options,
    ts.sys,
    cache,
    undefined,
    mode,
  ).resolvedModule;
  if (resolved && input.modules.has(resolved.resolvedFileName)) return resolved.resolvedFileName;
  if (resolved?.resolvedFileName && !resolved.resolvedFileName.includes('/node_modules/')) {
    const real = ts.sys.realpath?.(resolved.resolvedFileName);
    if (real && input.modules.has(real)) return real;
  }
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const absolute = posix.resolve(posix.dirname(source.fileName), specifier);
    const found = candidates(absolute).find((c) => input.modules.has(c));
    if (found) return found;
    // `../build/lib/x.js`: build output, compiled from a source of the project
    const built = input.sourceOfBuiltPath?.(posix.relative(input.root, absolute));
    return built !== undefined && input.modules.has(posix.join(input.root, built))
      ? posix.join(input.root, built)
      : undefined;
  }
  // a workspace package imported by name, when node_modules does not link it (yet)
  for (const pkg of input.packages) {
    if (!pkg.name || (specifier !== pkg.name && !specifier.startsWith(`${pkg.name}/`))) continue;
    const sub = specifier.slice(pkg.name.length + 1);
    const codeFiles = codeFilesOf(input);
    const file = sub === '' ? pkg.entries[0] : resolveEntry(pkg.dir, sub, codeFiles);
    if (file) return posix.join(input.root, file);
  }
  return undefined;
}

/** The globs whose literal directory (before the first wildcard) holds project files; undefined when none does. */
function withProjectDirectory(patterns: readonly string[], directories: ReadonlySet<string>): string[] | undefined {
  const kept = patterns.filter((pattern) => {
    const wild = pattern.search(/[*{?[]/);
    const known = wild === -1 ? pattern : pattern.slice(0, wild);
    const dir = known.slice(0, known.lastIndexOf('/'));
    return dir !== '' && directories.has(dir);
  });
  return kept.length > 0 ? kept : undefined;
}

const directorySets = new WeakMap<GraphInput['modules'], Set<string>>();

/** Every root-relative directory that holds a code file of the project (at any depth). */
function directoriesOf(input: GraphInput): Set<string> {
  let set = directorySets.get(input.modules);
  if (!set) {
    set = new Set();
    for (const file of codeFilesOf(input))
      for (let dir = posix.dirname(file); dir !== '.' && !set.has(dir); dir = posix.dirname(dir)) set.add(dir);
    directorySets.set(input.modules, set);
  }
  return set;
}

const codeFileSets = new WeakMap<GraphInput['modules'], Set<string>>();

/** The root-relative code files, computed once per graph (every workspace-name import needs them). */
function codeFilesOf(input: GraphInput): Set<string> {
  let set = codeFileSets.get(input.modules);
  if (!set) {
    set = new Set([...input.modules.keys()].map((f) => posix.relative(input.root, f)));
    codeFileSets.set(input.modules, set);
  }
  return set;
}

/**
 * A declaration file and the module Node loads in its place: TypeScript resolves `require('./config')`
 * to `config/index.d.ts` when one sits beside `config/index.js`, but at run time the `.js` file is
 * loaded, so what reads the one reads the other too (winston's `exports.config = require('./winston/config')`).
 */
function withRuntimeTwin(target: string, input: GraphInput): string[] {
  const match = /\.d\.([cm]?)ts$/.exec(target);
  if (!match) return [target];
  const stem = target.slice(0, -match[0].length);
  const twins = (match[1] ? [`.${match[1]}js`] : SIBLING_SOURCES).map((ext) => stem + ext);
  const twin = twins.find((file) => input.modules.has(file));
  return twin ? [target, twin] : [target];
}

function candidates(path: string): string[] {
  const stem = path.replace(/\.[cm]?js$/, '');
  const exts = ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.jsx', '.mjs', '.cjs'];
  return [path, ...exts.map((e) => stem + e), ...exts.map((e) => `${path}/index${e}`)];
}
