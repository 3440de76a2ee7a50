// The only module that imports ts-morph: the rest of the codemods see this small interface, so
// that a change of TypeScript engine (ts-morph bundles TypeScript 6.0) stays local.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Project, ts } from 'ts-morph';
import { InputError } from '@upkeep/analyzer';

export { ts };

/** A diagnostic reduced to what survives a rename: the file and the code (messages quote names). */
export interface DiagnosticCount {
  /** root-relative file, or '' for a diagnostic of the whole program */
  path: string;
  code: number;
  count: number;
  /** the first such message, for the report */
  message: string;
  line: number;
}

export interface TsProject {
  readonly root: string;
  /** the tsconfig.json used, or undefined for the allowJs default of a project without one */
  readonly configFile: string | undefined;
  readonly ts: typeof ts;
  program(): ts.Program;
  languageService(): ts.LanguageService;
  /**
   * The language service's `findRenameLocations` (prefix and suffix text on), searching only
   * `searchFiles` (absolute paths) for references when given: the caller vouches that no other
   * file can refer to the symbol. Searching the whole program makes the service map every
   * import of every file on each call.
   */
  findRenameLocations(
    fileName: string,
    position: number,
    searchFiles?: ReadonlySet<string>,
  ): readonly ts.RenameLocation[] | undefined;
  /** absolute paths of the project's own source files (no .d.ts, nothing in node_modules) */
  ownFiles(): string[];
  isOwnFile(fileName: string): boolean;
  relativePath(fileName: string): string;
  /** pre-emit diagnostics of the whole program, counted by file and code */
  diagnostics(): DiagnosticCount[];
  /** replaces file contents in memory (absolute paths; null deletes), for a check after the change */
  applyInMemory(contents: ReadonlyMap<string, string | null>): void;
  /** syntax errors of one file in the current program */
  syntaxErrors(fileName: string): string[];
}

/** The allowJs default for a project without a tsconfig.json: every JS/TS file, nothing type-checked. */
const DEFAULT_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  jsx: ts.JsxEmit.Preserve,
  resolveJsonModule: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: [],
};

/**
 * Loads the project at `root`: its tsconfig.json if there is one (errors in it are InputErrors
 * naming the file), else the allowJs default over `fallbackFiles` (absolute paths). With a
 * tsconfig, `extraFiles` (modules it does not include, that parse; given the files it includes, so
 * that those are not parsed twice) are added so renames reach them.
 */
export function openTsProject(
  root: string,
  fallbackFiles: () => string[],
  extraFiles: (included: ReadonlySet<string>) => string[] = () => [],
): TsProject {
  const configPath = join(root, 'tsconfig.json');
  const configFile = existsSync(configPath) ? configPath : undefined;
  const { options, fileNames } = configFile
    ? readTsconfig(configFile, root)
    : { options: DEFAULT_OPTIONS, fileNames: fallbackFiles() };
  const extras = configFile ? extraFiles(new Set(fileNames)) : [];
  // a tsconfig.json that covers only part of a JavaScript project (winston's lists three .d.ts files)
  // would leave its .js modules out of the program: the in-memory project takes them in without
  // type-checking them (allowJs, checkJs off), as tsserver's inferred projects do for loose files;
  // the project's own type-check (typecheck.ts) still reads its tsconfig as written
  const takesJs = !options.allowJs && extras.some((file) => /\.[cm]?jsx?$/.test(file));
  const project = new Project({
    compilerOptions: { ...options, noEmit: true, ...(takesJs ? { allowJs: true, checkJs: false } : {}) },
    manipulationSettings: { usePrefixAndSuffixTextForRename: true },
  });
  for (const file of fileNames) project.addSourceFileAtPathIfExists(file);
  project.resolveSourceFileDependencies();
  // files the tsconfig leaves out (often the tests) still use the names: follow them too
  for (const file of extras) if (!project.getSourceFile(file)) project.addSourceFileAtPathIfExists(file);
  const isOwnFile = (fileName: string): boolean =>
    !fileName.includes('/node_modules/') &&
    !/\.d\.[cm]?ts$/.test(fileName) &&
    !relative(root, fileName).startsWith('..');
  const relativePath = (fileName: string): string => relative(root, fileName).split(sep).join('/');
  const service = (): ts.LanguageService => project.getLanguageService().compilerObject;
  // the language service's program, not ts-morph's own (a second program over the same files):
  // the checker the codemod asks and the one the rename search asks are then one, and what one
  // resolved (module symbols, types) the other does not resolve again
  const program = (): ts.Program => {
    const current = service().getProgram();
    if (!current) throw new InputError('the TypeScript language service could not build a program of the project');
    return current;
  };
  return {
    root,
    configFile,
    ts,
    program,
    languageService: service,
    findRenameLocations: (fileName, position, searchFiles) =>
      findRenameLocations(project.getLanguageService().compilerObject, fileName, position, searchFiles),
    ownFiles: () =>
      project
        .getSourceFiles()
        .map((file) => file.getFilePath() as string)
        .filter(isOwnFile),
    isOwnFile,
    relativePath,
    diagnostics: () => countDiagnostics(program(), relativePath),
    applyInMemory(contents) {
      for (const [file, text] of contents) {
        const existing = project.getSourceFile(file);
        if (text === null) {
          if (existing) project.removeSourceFile(existing);
        } else if (existing) existing.replaceWithText(text);
        else project.createSourceFile(file, text, { overwrite: true });
      }
    },
    syntaxErrors(fileName) {
      const current = program();
      const file = current.getSourceFile(fileName);
      if (!file) return [];
      return current.getSyntacticDiagnostics(file).map((d) => describe(d, relativePath));
    },
  };
}

const RENAME_PREFERENCES: ts.UserPreferences = { providePrefixAndSuffixTextForRename: true };

/** TypeScript's own reference search, which it does not publish; checked so that an engine without it falls back to the full search. */
interface ReferenceSearch {
  getTouchingPropertyName(file: ts.SourceFile, position: number): ts.Node;
  getAdjustedRenameLocation(node: ts.Node): ts.Node;
  getQuotePreference(file: ts.SourceFile, preferences: ts.UserPreferences): unknown;
  Rename: { nodeIsEligibleForRename(node: ts.Node): boolean };
  FindAllReferences: {
    FindReferencesUse: { Rename: number };
    findReferenceOrRenameEntries<T>(
      program: ts.Program,
      cancellationToken: ts.CancellationToken,
      sourceFiles: readonly ts.SourceFile[],
      node: ts.Node,
      position: number,
      options: object,
      convert: (entry: unknown, originalNode: ts.Node, checker: ts.TypeChecker) => T,
    ): T[] | undefined;
    toRenameLocation(
      entry: unknown,
      originalNode: ts.Node,
      checker: ts.TypeChecker,
      providePrefixAndSuffixText: boolean,
      quotePreference: unknown,
    ): ts.RenameLocation;
  };
}

function referenceSearch(): ReferenceSearch | undefined {
  const internal = ts as unknown as Partial<ReferenceSearch>;
  const ok =
    typeof internal.getTouchingPropertyName === 'function' &&
    typeof internal.getAdjustedRenameLocation === 'function' &&
    typeof internal.getQuotePreference === 'function' &&
    typeof internal.Rename?.nodeIsEligibleForRename === 'function' &&
    typeof internal.FindAllReferences?.findReferenceOrRenameEntries === 'function' &&
    typeof internal.FindAllReferences.toRenameLocation === 'function' &&
    typeof internal.FindAllReferences.FindReferencesUse?.Rename === 'number';
  return ok ? (internal as ReferenceSearch) : undefined;
}

const NEVER_CANCELLED: ts.CancellationToken = {
  isCancellationRequested: () => false,
  throwIfCancellationRequested: () => undefined,
};

/** What the service's findRenameLocations does (TypeScript 6.0), over the given files only. */
function findRenameLocations(
  service: ts.LanguageService,
  fileName: string,
  position: number,
  searchFiles: ReadonlySet<string> | undefined,
): readonly ts.RenameLocation[] | undefined {
  const search = searchFiles ? referenceSearch() : undefined;
  const program = search ? service.getProgram() : undefined;
  const file = program?.getSourceFile(fileName);
  if (!search || !searchFiles || !program || !file)
    return service.findRenameLocations(fileName, position, false, false, RENAME_PREFERENCES);
  const node = search.getAdjustedRenameLocation(search.getTouchingPropertyName(file, position));
  if (!search.Rename.nodeIsEligibleForRename(node)) return undefined;
  // intrinsic JSX tags (`<div>`) take the service's own path
  if (ts.isJsxOpeningLikeElement(node.parent) || ts.isJsxClosingElement(node.parent))
    return service.findRenameLocations(fileName, position, false, false, RENAME_PREFERENCES);
  const quotePreference = search.getQuotePreference(file, RENAME_PREFERENCES);
  // in the program's order, as the service searches, so that the places come in the same order
  const files = program
    .getSourceFiles()
    .filter((f) => searchFiles.has(f.fileName) && !program.isSourceFileDefaultLibrary(f));
  return search.FindAllReferences.findReferenceOrRenameEntries(
    program,
    NEVER_CANCELLED,
    files,
    node,
    position,
    {
      findInStrings: false,
      findInComments: false,
      providePrefixAndSuffixTextForRename: true,
      use: search.FindAllReferences.FindReferencesUse.Rename,
    },
    (entry, originalNode, checker) =>
      search.FindAllReferences.toRenameLocation(entry, originalNode, checker, true, quotePreference),
  );
}

function readTsconfig(configFile: string, root: string): { options: ts.CompilerOptions; fileNames: string[] } {
  const read = ts.readConfigFile(configFile, (path) => ts.sys.readFile(path));
  if (read.error) {
    throw new InputError(
      `tsconfig.json: ${flatten(read.error)}; fix the file (or remove it to use the allowJs defaults)`,
    );
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile);
  // "no inputs were found" is an error for tsc but only means there is nothing to rename here
  const errors = parsed.errors.filter((error) => error.code !== 18003);
  if (errors.length > 0) {
    // TS6053: a file it names (an `extends` of a package: @tsconfig/node12) is not there
    const missing = errors.some((error) => error.code === 6053)
      ? "; it names a file of a package that is not installed: install the project's dependencies (npm install)"
      : '';
    const why = errors.map((error) => flatten(error).replace(/\.$/, '')).join('; ');
    throw new InputError(`tsconfig.json: ${why}${missing}`);
  }
  return { options: parsed.options, fileNames: parsed.fileNames };
}

function countDiagnostics(program: ts.Program, relativePath: (fileName: string) => string): DiagnosticCount[] {
  const all = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(),
  ];
  const counts = new Map<string, DiagnosticCount>();
  for (const diagnostic of all) {
    const path = diagnostic.file ? relativePath(diagnostic.file.fileName) : '';
    const key = `${path}\0${diagnostic.code}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else {
      const line =
        diagnostic.file && diagnostic.start !== undefined
          ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
          : 0;
      counts.set(key, { path, code: diagnostic.code, count: 1, message: flatten(diagnostic), line });
    }
  }
  return [...counts.values()];
}

function describe(diagnostic: ts.Diagnostic, relativePath: (fileName: string) => string): string {
  const where =
    diagnostic.file && diagnostic.start !== undefined
      ? `${relativePath(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}: `
      : '';
  return `${where}${flatten(diagnostic)}`;
}

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
}
