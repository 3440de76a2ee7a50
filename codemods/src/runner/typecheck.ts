// The type-check of a change, as the project runs it: the project's own TypeScript (from its
// node_modules, else the bundled one, said so), the tsconfig(s) that cover the changed files, every
// pre-emit diagnostic before and after (in memory), compared one by one (file, code, message text,
// line mapped through the edits). Re-checks reuse the unchanged files' parse and the baseline's
// diagnostics of every file the change cannot affect, so that a check costs what the edit affects.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '@upkeep/analyzer';
import { lineMap } from './diff.js';
import type { ts as TsMorphTs } from './engine.js';

type Ts = typeof TsMorphTs;
// the `typescript` package upkeep depends on (with its lib files on disk, which ts-morph's bundled copy lacks)
const bundledTs = createRequire(import.meta.url)('typescript') as Ts;

/** The compiler used for the type-check. */
export interface TypeScriptInfo {
  version: string;
  /** 'project': resolved from the project's node_modules (what its `tsc` runs); 'bundled': upkeep's own */
  source: 'project' | 'bundled';
  /** why the bundled one was used, when it was */
  note?: string;
  /** absolute path of the package, for the project's own */
  path?: string;
}

/** A diagnostic as compared: file, code, message text and position (1-based line and column). */
export interface TypeDiagnostic {
  /** root-relative file, '' for a diagnostic of the whole program or of the options */
  path: string;
  code: number;
  message: string;
  line: number;
  column: number;
}

/** The TypeScript the project's `tsc` would run: `typescript` resolved from the root (Node's lookup), when it has the compiler API. */
export function resolveProjectTypeScript(root: string): { ts: Ts; info: TypeScriptInfo } {
  const bundled = { ts: bundledTs, info: { version: bundledTs.version, source: 'bundled' as const } };
  let entry: string;
  try {
    entry = createRequire(join(root, 'package.json')).resolve('typescript');
  } catch {
    return { ...bundled, info: { ...bundled.info, note: "the project's own is not installed" } };
  }
  const packageDir = packageDirOf(entry);
  try {
    const loaded = createRequire(entry)(entry) as Partial<Ts>;
    if (
      typeof loaded.createProgram !== 'function' ||
      typeof loaded.createSemanticDiagnosticsBuilderProgram !== 'function' ||
      typeof loaded.version !== 'string'
    ) {
      return { ...bundled, info: { ...bundled.info, note: `the project's own (${packageDir}) has no compiler API` } };
    }
    return { ts: loaded as Ts, info: { version: loaded.version, source: 'project', path: packageDir } };
  } catch (error) {
    return {
      ...bundled,
      info: {
        ...bundled.info,
        note: `the project's own (${packageDir}) could not be loaded: ${(error as Error).message.split('\n')[0]}`,
      },
    };
  }
}

function packageDirOf(entry: string): string {
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

interface ConfigProgram {
  /** root-relative tsconfig, or null for the allowJs defaults */
  config: string | null;
  rootNames: string[];
  options: TsMorphTs.CompilerOptions;
  /** the last program built: the next one reuses its structure (module resolution, unchanged files) */
  last?: TsMorphTs.Program;
  /** what the check without changes found, to answer for the files a change cannot affect */
  baseline?: Baseline;
}

/** The check of the unchanged tree, kept per file. */
interface Baseline {
  /** every source file of the program, by file name */
  files: Map<string, TsMorphTs.SourceFile>;
  /** each file's semantic diagnostics (binder, checker, program), as the program reported them */
  semantic: Map<string, readonly TsMorphTs.Diagnostic[]>;
  /** for each file, the files that refer to it (imports, requires, import types, references, augmentations); undefined: unknown */
  dependents: Map<string, Set<string>> | undefined;
}

/** The allowJs default for a project without a tsconfig.json: every JS/TS file, nothing type-checked beyond what TypeScript reports for plain JS. */
function defaultOptions(tsm: Ts): TsMorphTs.CompilerOptions {
  return {
    allowJs: true,
    checkJs: false,
    noEmit: true,
    target: tsm.ScriptTarget.ES2022,
    module: tsm.ModuleKind.NodeNext,
    moduleResolution: tsm.ModuleResolutionKind.NodeNext,
    jsx: tsm.JsxEmit.Preserve,
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: [],
  };
}

/**
 * The tsconfig(s) covering the changed files: among the root's tsconfig.json and tsconfig.*.json
 * (and the configs they reference), and the tsconfig.json of each changed file's folders, those
 * whose files include a changed file; else the root tsconfig.json; else none (null).
 */
export function chooseTsconfigs(
  tsm: Ts,
  root: string,
  changed: readonly string[],
): { config: string; rootNames: string[]; options: TsMorphTs.CompilerOptions }[] | null {
  const candidates = new Set<string>();
  for (const name of readdirSync(root)) if (/^tsconfig(\..+)?\.json$/.test(name)) candidates.add(join(root, name));
  for (const path of changed) {
    let dir = dirname(join(root, path));
    while (dir.startsWith(root) && dir !== root) {
      const config = join(dir, 'tsconfig.json');
      if (existsSync(config)) candidates.add(config);
      dir = dirname(dir);
    }
  }
  const parsed = new Map<string, { rootNames: string[]; options: TsMorphTs.CompilerOptions }>();
  const queue = [...candidates];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (parsed.has(file)) continue;
    const config = readTsconfig(tsm, file, root, file === join(root, 'tsconfig.json'));
    if (!config) continue;
    parsed.set(file, config);
    for (const reference of config.references) queue.push(reference);
  }
  const changedAbs = new Set(changed.map((path) => join(root, path)));
  const covering = [...parsed].filter(([, config]) => config.rootNames.some((name) => changedAbs.has(name)));
  const rootConfig = parsed.get(join(root, 'tsconfig.json'));
  const chosen =
    covering.length > 0 ? covering : rootConfig ? [[join(root, 'tsconfig.json'), rootConfig] as const] : [];
  if (chosen.length === 0) return parsed.size > 0 ? [] : null;
  return chosen.map(([file, config]) => ({
    config: toRelative(root, file),
    rootNames: config.rootNames,
    options: config.options,
  }));
}

function readTsconfig(
  tsm: Ts,
  file: string,
  root: string,
  required: boolean,
): { rootNames: string[]; options: TsMorphTs.CompilerOptions; references: string[] } | undefined {
  const name = toRelative(root, file);
  const read = tsm.readConfigFile(file, (path) => tsm.sys.readFile(path));
  if (read.error) {
    if (required)
      throw new InputError(`${name}: ${flatten(tsm, read.error)}; fix the file (or run with --no-type-check)`);
    return undefined;
  }
  const parsed = tsm.parseJsonConfigFileContent(read.config, tsm.sys, dirname(file), undefined, file);
  // "no inputs were found" is an error for tsc but only means there is nothing to check here
  const errors = parsed.errors.filter((error) => error.code !== 18003);
  if (errors.length > 0) {
    // TS6053: a file it names (an `extends` of a package: @tsconfig/node12) is not there
    const missing = errors.some((error) => error.code === 6053)
      ? "; it names a file of a package that is not installed: install the project's dependencies (npm install), or run with --no-type-check"
      : '';
    const why = errors.map((error) => flatten(tsm, error).replace(/\.$/, '')).join('; ');
    if (required) throw new InputError(`${name}: ${why}${missing}`);
    return undefined;
  }
  const references = (parsed.projectReferences ?? []).map((reference) =>
    reference.path.endsWith('.json') ? reference.path : join(reference.path, 'tsconfig.json'),
  );
  return { rootNames: parsed.fileNames, options: parsed.options, references };
}

function toRelative(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

function flatten(tsm: Ts, diagnostic: TsMorphTs.Diagnostic): string {
  return tsm.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
}

type ParsedFiles = Map<string, { text: string; file: TsMorphTs.SourceFile }>;

/**
 * The parsed lib files (`lib.*.d.ts` beside the compiler) of each compiler, shared by every
 * check in this process: they do not change, and parsing them (lib.dom.d.ts alone is 1.5 MB) is
 * most of the check of a small project. A SourceFile is shared between programs as TypeScript's
 * language service shares them (its document registry): parsed with the same target and format.
 */
const libFilesByCompiler = new WeakMap<Ts, ParsedFiles>();

function libFilesOf(tsm: Ts): ParsedFiles {
  let files = libFilesByCompiler.get(tsm);
  if (!files) libFilesByCompiler.set(tsm, (files = new Map()));
  return files;
}

/**
 * Type-checks the project in memory with one compiler: the baseline, then any version of the
 * changed files. `check(contents)` replaces files (root-relative; null deletes) and returns every
 * diagnostic; files not named are read from disk.
 */
export class TypeCheckSession {
  readonly configs: (string | null)[];
  private readonly programs: ConfigProgram[];
  private readonly files: ParsedFiles = new Map();
  /** the files as the baseline parsed them: a check that restores a file's text gets the baseline's file back */
  private readonly baselineFiles: ParsedFiles = new Map();
  private readonly disk = new Map<string, string | undefined>();
  private covered = new Set<string>();
  /** of the last check: source files whose semantic diagnostics were computed, and those taken from the baseline */
  lastCheck = { checked: 0, reused: 0 };

  constructor(
    private readonly tsm: Ts,
    readonly info: TypeScriptInfo,
    private readonly root: string,
    configs: { config: string; rootNames: string[]; options: TsMorphTs.CompilerOptions }[] | null,
    fallbackFiles: () => string[],
  ) {
    this.programs =
      configs === null
        ? [{ config: null, rootNames: fallbackFiles().map((path) => join(root, path)), options: defaultOptions(tsm) }]
        : configs.map((config) => ({
            config: config.config,
            rootNames: config.rootNames,
            options: {
              ...config.options,
              noEmit: true,
              incremental: false,
              composite: false,
              declaration: false,
              emitDeclarationOnly: false,
              tsBuildInfoFile: undefined,
            },
          }));
    this.configs = this.programs.map((program) => program.config);
  }

  /** Whether a root-relative file is in one of the programs (its grammar errors are reported by the check). */
  covers(path: string): boolean {
    return this.covered.has(path);
  }

  /**
   * Every diagnostic with the given files replaced (root-relative paths; null: deleted). The first
   * check (without changes) is the baseline: a later check re-checks only the files a change can
   * affect (the changed files and every file that refers to one, directly or not; every file when a
   * changed file declares globals, augments a module or the file set changes) and takes the
   * baseline's diagnostics for the rest, as TypeScript's builder programs do, without computing
   * declaration signatures.
   */
  check(contents: ReadonlyMap<string, string | null> = new Map()): TypeDiagnostic[] {
    const overrides = new Map([...contents].map(([path, text]) => [join(this.root, path), text]));
    const seen = new Set<string>();
    const out: TypeDiagnostic[] = [];
    const covered = new Set<string>();
    this.lastCheck = { checked: 0, reused: 0 };
    for (const config of this.programs) {
      const host = this.host(config.options, overrides);
      const rootNames = config.rootNames.filter((name) => overrides.get(name) !== null);
      const program = this.tsm.createProgram({ rootNames, options: config.options, host, oldProgram: config.last });
      config.last = program;
      const sourceFiles = program.getSourceFiles();
      for (const file of sourceFiles) covered.add(toRelative(this.root, file.fileName));
      const baseline = config.baseline;
      const affected = baseline ? this.affectedFiles(program, baseline, overrides) : 'all';
      const semantic = new Map<string, readonly TsMorphTs.Diagnostic[]>();
      for (const file of sourceFiles) {
        const reusable =
          affected !== 'all' && !affected.has(file.fileName) && baseline?.files.get(file.fileName) === file;
        this.lastCheck[reusable ? 'reused' : 'checked'] += 1;
        semantic.set(
          file.fileName,
          reusable ? baseline!.semantic.get(file.fileName)! : program.getSemanticDiagnostics(file),
        );
      }
      if (!baseline && contents.size === 0)
        config.baseline = {
          files: new Map(sourceFiles.map((file) => [file.fileName, file])),
          semantic,
          dependents: dependentsOf(this.tsm, program),
        };
      const all = [
        ...program.getConfigFileParsingDiagnostics(),
        ...program.getOptionsDiagnostics(),
        ...program.getGlobalDiagnostics(),
        ...program.getSyntacticDiagnostics(),
        ...[...semantic.values()].flat(),
      ];
      for (const diagnostic of all) {
        if (diagnostic.category !== this.tsm.DiagnosticCategory.Error) continue;
        const d = this.toDiagnostic(diagnostic);
        const key = `${d.path}\0${d.code}\0${d.line}\0${d.column}\0${d.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d);
      }
    }
    if (contents.size === 0) this.covered = covered;
    return out;
  }

  /** The files of `program` whose diagnostics may differ from the baseline's, or 'all'. */
  private affectedFiles(
    program: TsMorphTs.Program,
    baseline: Baseline,
    overrides: ReadonlyMap<string, string | null>,
  ): Set<string> | 'all' {
    if (!baseline.dependents) return 'all';
    const changed: string[] = [];
    for (const [name, text] of overrides) {
      const before = baseline.files.get(name);
      const now = program.getSourceFile(name);
      if (!before && !now) continue;
      if (before && now && before.text === text) continue;
      // a file that enters or leaves the program can change how any import resolves
      if (!before || !now) return 'all';
      if (before.isDeclarationFile || affectsGlobalScope(this.tsm, before) || affectsGlobalScope(this.tsm, now))
        return 'all';
      changed.push(name);
    }
    const files = program.getSourceFiles();
    if (files.length !== baseline.files.size || files.some((file) => !baseline.files.has(file.fileName))) return 'all';
    const affected = new Set<string>();
    const queue = [...changed];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (affected.has(name)) continue;
      affected.add(name);
      for (const dependent of baseline.dependents.get(name) ?? []) queue.push(dependent);
    }
    return affected;
  }

  private toDiagnostic(diagnostic: TsMorphTs.Diagnostic): TypeDiagnostic {
    const message = flatten(this.tsm, diagnostic);
    if (!diagnostic.file || diagnostic.start === undefined)
      return {
        path: diagnostic.file ? toRelative(this.root, diagnostic.file.fileName) : '',
        code: diagnostic.code,
        message,
        line: 0,
        column: 0,
      };
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return {
      path: toRelative(this.root, diagnostic.file.fileName),
      code: diagnostic.code,
      message,
      line: line + 1,
      column: character + 1,
    };
  }

  /** A file's text on disk, read once per session: the checks compare versions of the same tree. */
  private diskText(name: string, readFile: (name: string) => string | undefined): string | undefined {
    if (this.disk.has(name)) return this.disk.get(name);
    const text = readFile(name);
    this.disk.set(name, text);
    return text;
  }

  private host(
    options: TsMorphTs.CompilerOptions,
    overrides: ReadonlyMap<string, string | null>,
  ): TsMorphTs.CompilerHost {
    const tsm = this.tsm;
    const host = tsm.createCompilerHost(options, true);
    const libDir = dirname(tsm.getDefaultLibFilePath(options)) + sep;
    const libFiles = libFilesOf(tsm);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const readFile = host.readFile.bind(host);
    host.fileExists = (name) => (overrides.has(name) ? overrides.get(name) !== null : fileExists(name));
    host.readFile = (name) => (overrides.has(name) ? (overrides.get(name) ?? undefined) : readFile(name));
    host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
      const override = overrides.get(name);
      if (override === null) return undefined;
      const key = `${name}\0${typeof languageVersion === 'object' ? `${languageVersion.languageVersion}/${languageVersion.impliedNodeFormat ?? ''}` : languageVersion}`;
      const isLib = override === undefined && name.startsWith(libDir);
      // a lib file does not change while the process runs: parsed once, not read again
      const parsedLib = isLib ? libFiles.get(key) : undefined;
      if (parsedLib) return parsedLib.file;
      const text = override ?? this.diskText(name, readFile);
      if (text === undefined) return getSourceFile(name, languageVersion, onError, shouldCreate);
      const files = isLib ? libFiles : this.files;
      const known = files.get(key);
      if (known && known.text === text) return known.file;
      const original = files === libFiles ? undefined : this.baselineFiles.get(key);
      if (original && original.text === text) return original.file;
      // without parent pointers, as tsc parses: binding sets them
      const file = tsm.createSourceFile(name, text, languageVersion, false);
      // the baseline's files stay; the versions of a change are replaced by the next
      files.set(key, { text, file });
      if (overrides.size === 0 && files !== libFiles) this.baselineFiles.set(key, { text, file });
      return file;
    };
    return host;
  }
}

/** The internals of a SourceFile the reference graph reads (present since TypeScript 2; checked). */
interface FileInternals {
  imports?: readonly TsMorphTs.StringLiteralLike[];
  moduleAugmentations?: readonly (TsMorphTs.StringLiteral | TsMorphTs.Identifier)[];
  commonJsModuleIndicator?: unknown;
}

/**
 * Whether a change of the file can change the diagnostics of files that do not refer to it: a
 * script (its declarations are global), a module with `declare global` or a module augmentation.
 * (TypeScript's builder: isFileAffectingGlobalScope; augmentations of any module count here too.)
 */
function affectsGlobalScope(tsm: Ts, file: TsMorphTs.SourceFile): boolean {
  const internals = file as unknown as FileInternals;
  if ((internals.moduleAugmentations?.length ?? 0) > 0) return true;
  if (file.fileName.endsWith('.json')) return false;
  return !tsm.isExternalModule(file) && !internals.commonJsModuleIndicator;
}

/**
 * For each file of the program, the files that refer to it: what each import, export-from,
 * require, import type and module augmentation resolves to (the checker's symbol of the module
 * name, as TypeScript's builder finds references), and `/// <reference path>`; installed packages'
 * files are left out (they neither change nor refer to the project's). `/// <reference types>`
 * names declaration files, and a change of a declaration file affects every file (the caller).
 * Undefined when the compiler does not expose a file's imports or a `/// <reference path>` is not
 * in the program: then every file counts as affected.
 */
function dependentsOf(tsm: Ts, program: TsMorphTs.Program): Map<string, Set<string>> | undefined {
  const checker = program.getTypeChecker();
  const dependents = new Map<string, Set<string>>();
  const add = (target: string, from: string): void => {
    if (target === from) return;
    let set = dependents.get(target);
    if (!set) dependents.set(target, (set = new Set()));
    set.add(from);
  };
  for (const file of program.getSourceFiles()) {
    if (program.isSourceFileDefaultLibrary(file)) continue;
    const internals = file as unknown as FileInternals;
    // installed packages do not change, nor refer to the project's files
    if (file.fileName.includes('/node_modules/')) continue;
    if (!Array.isArray(internals.imports)) return undefined;
    for (const name of [...internals.imports, ...(internals.moduleAugmentations ?? [])]) {
      const symbol = checker.getSymbolAtLocation(name);
      for (const declaration of symbol?.declarations ?? []) add(declaration.getSourceFile().fileName, file.fileName);
    }
    for (const reference of file.referencedFiles) {
      const target = program.getSourceFile(resolve(dirname(file.fileName), reference.fileName).split(sep).join('/'));
      if (!target) return undefined;
      add(target.fileName, file.fileName);
    }
  }
  return dependents;
}

/** The quoted names in a message, blanked: a rename changes them without changing the error. */
function shapeOf(message: string): string {
  return message.replace(/'[^']*'|"[^"]*"/g, "'…'");
}

/**
 * The diagnostics of `after` that `before` does not have. Exact matches first (file, code, message,
 * line mapped through the edits of that file); then one left over whose message differs only in
 * quoted names (a rename) matches one with the same file and code on the line that replaced or
 * kept its line. Deleted files lose their diagnostics.
 */
export function newDiagnostics(
  before: readonly TypeDiagnostic[],
  after: readonly TypeDiagnostic[],
  changes: ReadonlyMap<string, { before: string; after: string | null }>,
): TypeDiagnostic[] {
  const maps = new Map<string, Int32Array>();
  const mapLine = (path: string, line: number, pairRewritten: boolean): number => {
    const change = changes.get(path);
    if (!change || change.after === null || line === 0) return line;
    const key = `${pairRewritten ? 'p' : 'k'}${path}`;
    let map = maps.get(key);
    if (!map) {
      map = lineMap(change.before, change.after, pairRewritten);
      maps.set(key, map);
    }
    return map[line] ?? 0;
  };
  const exactKey = (d: TypeDiagnostic, line: number): string => `${d.path}\0${d.code}\0${line}\0${d.message}`;
  const remaining = new Map<string, TypeDiagnostic[]>();
  for (const d of before) {
    const key = exactKey(d, mapLine(d.path, d.line, false));
    remaining.set(key, [...(remaining.get(key) ?? []), d]);
  }
  const unmatched: TypeDiagnostic[] = [];
  for (const d of after) {
    const list = remaining.get(exactKey(d, d.line));
    if (list && list.length > 0) list.pop();
    else unmatched.push(d);
  }
  if (unmatched.length === 0) return [];
  const leftover = [...remaining.values()].flat().map((d) => ({ ...d, paired: mapLine(d.path, d.line, true) }));
  const result: TypeDiagnostic[] = [];
  for (const d of unmatched) {
    const index = leftover.findIndex(
      (b) => b.path === d.path && b.code === d.code && b.paired === d.line && shapeOf(b.message) === shapeOf(d.message),
    );
    if (index >= 0) leftover.splice(index, 1);
    else result.push(d);
  }
  return result;
}
