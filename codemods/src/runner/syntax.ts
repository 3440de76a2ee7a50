import { extname } from 'node:path';
import { ts } from './engine.js';

/** Syntax errors of a file's text, as "line: message". */
export function syntaxErrors(path: string, text: string): string[] {
  const extension = extname(path).toLowerCase();
  // .js may hold JSX: parse it as .jsx, as bundlers do
  const fileName = `/upkeep-parse/file${extension === '.js' ? '.jsx' : extension}`;
  const key = `${fileName}\0${text}`;
  const known = parsed.get(key);
  if (known) return [...known];
  const errors = parseErrors(fileName, text);
  if (parsed.size >= PARSE_CACHE_SIZE) parsed.clear();
  parsed.set(key, errors);
  return errors;
}

// the same text is parsed when the project loads and again as the "before" of the parse check
const parsed = new Map<string, string[]>();
const PARSE_CACHE_SIZE = 20_000;

const PARSE_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  noLib: true,
  noResolve: true,
  noEmit: true,
  isolatedModules: true,
  allowNonTsExtensions: true,
  jsx: ts.JsxEmit.Preserve,
  target: ts.ScriptTarget.ESNext,
};

/**
 * The syntactic diagnostics `ts.transpileModule` reports (parse errors, and TypeScript-only
 * syntax in a JS file), from a one-file program that is never emitted: emitting was most of the cost.
 */
function parseErrors(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, { languageVersion: ts.ScriptTarget.ESNext }, false);
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === fileName ? file : undefined),
    writeFile: () => undefined,
    getDefaultLibFileName: () => 'lib.d.ts',
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => '/',
    getNewLine: () => '\n',
    fileExists: (name) => name === fileName,
    readFile: () => '',
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram([fileName], PARSE_OPTIONS, host);
  return program
    .getSyntacticDiagnostics(file)
    .filter((d) => d.category === ts.DiagnosticCategory.Error && d.file !== undefined && d.start !== undefined)
    .map(
      (d) =>
        `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
}
