import { spawn } from 'node:child_process';
import { extname } from 'node:path';
import type { DiagnosticCount, TsProject } from './engine.js';
import { ts } from './engine.js';
import type { FileChange } from './types.js';

export interface TypeCheckResult {
  /** the tsconfig.json used, or null for the allowJs default */
  configFile: string | null;
  before: number;
  after: number;
  /** diagnostics (by file and code) that are more numerous after the change than before */
  introduced: DiagnosticCount[];
}

/** Type-checks the project before and after the planned change (in memory): after must be ⊆ before. */
export function typeCheck(project: TsProject, changes: readonly FileChange[], before: DiagnosticCount[]): TypeCheckResult {
  project.applyInMemory(new Map(changes.map((change) => [`${project.root}/${change.path}`, change.after])));
  const after = project.diagnostics();
  const counts = new Map(before.map((d) => [`${d.path}\0${d.code}`, d.count]));
  const introduced = after
    .filter((d) => d.count > (counts.get(`${d.path}\0${d.code}`) ?? 0))
    .map((d) => ({ ...d, count: d.count - (counts.get(`${d.path}\0${d.code}`) ?? 0) }));
  const total = (list: DiagnosticCount[]): number => list.reduce((sum, d) => sum + d.count, 0);
  return {
    configFile: project.configFile ? project.relativePath(project.configFile) : null,
    before: total(before),
    after: total(after),
    introduced,
  };
}

export interface ParseFailure {
  path: string;
  errors: string[];
}

/** Every changed file must parse at least as well after the change as before (JS and TS alike). */
export function parseCheck(changes: readonly FileChange[]): ParseFailure[] {
  const failures: ParseFailure[] = [];
  for (const change of changes) {
    if (change.after === null) continue;
    const before = syntaxErrors(change.path, change.before);
    const after = syntaxErrors(change.path, change.after);
    if (after.length > before.length) failures.push({ path: change.path, errors: after });
  }
  return failures;
}

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
    .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

export interface CommandResult {
  command: string;
  exitCode: number;
  passed: boolean;
  /** the last lines of its output (stdout and stderr interleaved) */
  output: string;
}

const OUTPUT_TAIL = 40;

/** Runs the user's own test command in a shell at the project root, on the changed tree. */
export function runVerifyCommand(command: string, root: string, onOutput?: (chunk: string) => void): Promise<CommandResult> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, { cwd: root, shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-64 * 1024);
      onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const finish = (exitCode: number): void => {
      const tail = output.split('\n').slice(-OUTPUT_TAIL).join('\n');
      resolvePromise({ command, exitCode, passed: exitCode === 0, output: tail });
    };
    child.on('error', (error) => {
      output += `\n${error.message}`;
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}
