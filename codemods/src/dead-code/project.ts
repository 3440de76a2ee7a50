// The dead-code view of a project: every JS/TS file of the work tree (not only those a tsconfig.json
// includes, since tests and scripts outside it still import things), held in memory so that each
// removal round re-analyzes the edited text without touching the disk.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_EXCLUDED_DIRS, InputError, isModulePath } from '@upkeep/analyzer';
import { ts } from '../runner/engine.js';

/** Non-code files whose text can mention a file or a name (configs, HTML pages, CI files). */
const NON_CODE =
  /(?:\.(?:html?|json|jsonc|ya?ml|toml|opts|sh|mk|cmd|bat|ini|cfg)|(?:^|\/)(?:Makefile|GNUmakefile|Dockerfile|Procfile|Jakefile))$/i;
const LOCK_FILES = /(?:^|\/)(?:package-lock\.json|pnpm-lock\.yaml|yarn\.lock|npm-shrinkwrap\.json)$/;

export interface DeadCodeProject {
  readonly root: string;
  readonly options: ts.CompilerOptions;
  /** absolute paths of the JS/TS files (including .d.ts) */
  files(): string[];
  /** root-relative paths of configuration and page files that may mention code */
  nonCodeFiles: readonly string[];
  text(file: string): string | undefined;
  /** replaces a file's text in memory (null: the file is gone) */
  setText(file: string, text: string | null): void;
  program(): ts.Program;
  relativePath(file: string): string;
}

/** `allFiles`: root-relative, every listed file of the work tree (the project model's `allFiles`). */
export function openDeadCodeProject(root: string, allFiles: readonly string[]): DeadCodeProject {
  const listed = allFiles.filter(
    (f) =>
      !f
        .split('/')
        .slice(0, -1)
        .some((part) => DEFAULT_EXCLUDED_DIRS.includes(part)) && existsSync(join(root, f)),
  );
  const options = compilerOptions(root);
  const texts = new Map<string, string | null>();
  const versions = new Map<string, number>();
  const relatives = new Map<string, string>();
  const codeFiles = new Set(
    listed
      .filter(isModulePath)
      .concat(listed.filter((f) => /\.d\.[cm]?ts$/.test(f)))
      .map((f) => join(root, f)),
  );
  const readText = (file: string): string | undefined => {
    const known = texts.get(file);
    if (known !== undefined) return known ?? undefined;
    if (texts.has(file)) return undefined;
    try {
      const text = readFileSync(file, 'utf8');
      texts.set(file, text);
      return text;
    } catch {
      return undefined;
    }
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...codeFiles],
    getScriptVersion: (file) => String(versions.get(file) ?? 0),
    getScriptSnapshot: (file) => {
      const text = codeFiles.has(file) ? readText(file) : ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (file) => (codeFiles.has(file) ? readText(file) !== undefined : ts.sys.fileExists(file)),
    readFile: (file) => (codeFiles.has(file) ? readText(file) : ts.sys.readFile(file)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
    useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    // JSDoc holds types (references) only in JavaScript files; a TypeScript file's JSDoc need not be parsed
    jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeInfo,
  };
  const service = ts.createLanguageService(
    host,
    ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames, root, ts.JSDocParsingMode.ParseForTypeInfo),
  );
  return {
    root,
    options,
    files: () => [...codeFiles],
    nonCodeFiles: listed.filter((f) => NON_CODE.test(f) && !LOCK_FILES.test(f)),
    text: readText,
    setText(file, text) {
      texts.set(file, text);
      versions.set(file, (versions.get(file) ?? 0) + 1);
      if (text === null) codeFiles.delete(file);
    },
    program: () => {
      const program = service.getProgram();
      if (!program) throw new InputError('the TypeScript language service could not build a program of the project');
      return program;
    },
    relativePath: (file) =>
      relatives.get(file) ?? relatives.set(file, relative(root, file).split(sep).join('/')).get(file)!,
  };
}

/**
 * Nothing is type-checked: names are resolved through scopes only, so the standard library's
 * declarations (lib.dom.d.ts alone is 1.5 MB to parse and bind) and `@types` packages are not loaded.
 * A name they declare resolves to nothing, which counts as a use of any local of that spelling.
 */
const ANALYSIS_ONLY: ts.CompilerOptions = { allowJs: true, noEmit: true, skipLibCheck: true, noLib: true, types: [] };

/** The root tsconfig.json's options, with JavaScript always allowed; an allowJs default without one. */
function compilerOptions(root: string): ts.CompilerOptions {
  const base: ts.CompilerOptions = {
    allowJs: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    jsx: ts.JsxEmit.Preserve,
    resolveJsonModule: true,
    esModuleInterop: true,
    ...ANALYSIS_ONLY,
  };
  const configFile = join(root, 'tsconfig.json');
  if (!existsSync(configFile)) return base;
  const read = ts.readConfigFile(configFile, (path) => ts.sys.readFile(path));
  if (read.error) {
    throw new InputError(
      `tsconfig.json: ${ts.flattenDiagnosticMessageText(read.error.messageText, ' ')}; fix the file (or remove it to use the allowJs defaults)`,
    );
  }
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile);
  // the unused-code checks must not be turned into errors nor silenced by the project's settings
  // and `checkJs: false` would hide them in JavaScript files, which TypeScript checks for them only as "plain JS"
  const { noUnusedLocals: _l, noUnusedParameters: _p, allowUnreachableCode: _u, checkJs, ...options } = parsed.options;
  return { ...options, ...(checkJs ? { checkJs } : {}), ...ANALYSIS_ONLY };
}
