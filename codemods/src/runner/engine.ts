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
 * tsconfig, `extraFiles` (modules it does not include, that parse) are added so renames reach them.
 */
export function openTsProject(root: string, fallbackFiles: () => string[], extraFiles: () => string[] = () => []): TsProject {
  const configPath = join(root, 'tsconfig.json');
  const configFile = existsSync(configPath) ? configPath : undefined;
  const { options, fileNames } = configFile ? readTsconfig(configFile, root) : { options: DEFAULT_OPTIONS, fileNames: fallbackFiles() };
  const project = new Project({
    compilerOptions: { ...options, noEmit: true },
    manipulationSettings: { usePrefixAndSuffixTextForRename: true },
  });
  for (const file of fileNames) project.addSourceFileAtPathIfExists(file);
  project.resolveSourceFileDependencies();
  if (configFile) {
    // files the tsconfig leaves out (often the tests) still use the names: follow them too
    for (const file of extraFiles()) if (!project.getSourceFile(file)) project.addSourceFileAtPathIfExists(file);
  }
  const isOwnFile = (fileName: string): boolean =>
    !fileName.includes('/node_modules/') && !/\.d\.[cm]?ts$/.test(fileName) && !relative(root, fileName).startsWith('..');
  const relativePath = (fileName: string): string => relative(root, fileName).split(sep).join('/');
  return {
    root,
    configFile,
    ts,
    program: () => project.getProgram().compilerObject,
    languageService: () => project.getLanguageService().compilerObject,
    ownFiles: () => project.getSourceFiles().map((file) => file.getFilePath() as string).filter(isOwnFile),
    isOwnFile,
    relativePath,
    diagnostics: () => countDiagnostics(project.getProgram().compilerObject, relativePath),
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
      const program = project.getProgram().compilerObject;
      const file = program.getSourceFile(fileName);
      if (!file) return [];
      return program.getSyntacticDiagnostics(file).map((d) => describe(d, relativePath));
    },
  };
}

function readTsconfig(configFile: string, root: string): { options: ts.CompilerOptions; fileNames: string[] } {
  const read = ts.readConfigFile(configFile, (path) => ts.sys.readFile(path));
  if (read.error) {
    throw new InputError(`tsconfig.json: ${flatten(read.error)}; fix the file (or remove it to use the allowJs defaults)`);
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile);
  // "no inputs were found" is an error for tsc but only means there is nothing to rename here
  const errors = parsed.errors.filter((error) => error.code !== 18003);
  if (errors.length > 0) throw new InputError(`tsconfig.json: ${errors.map(flatten).join('; ')}`);
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
      const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
      counts.set(key, { path, code: diagnostic.code, count: 1, message: flatten(diagnostic), line });
    }
  }
  return [...counts.values()];
}

function describe(diagnostic: ts.Diagnostic, relativePath: (fileName: string) => string): string {
  const where = diagnostic.file && diagnostic.start !== undefined
    ? `${relativePath(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}: `
    : '';
  return `${where}${flatten(diagnostic)}`;
}

function flatten(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
}
