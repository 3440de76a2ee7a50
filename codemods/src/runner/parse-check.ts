// "Does this file still parse?" answered the way its runtime reads it: JavaScript with espree (the
// parser ESLint uses, which applies the early errors Node applies: duplicate `let`, `...x: y`,
// `await` outside async, …) as a module or a script per its package's `type` and its extension;
// TypeScript with the compiler's syntactic diagnostics plus the grammar errors its checker reports.
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import * as espree from 'espree';
import { ts } from './engine.js';

/** How a JS file is read: the runtime's way first; the way its "before" text parses if that one does not. */
export type JsMode = 'module' | 'commonjs' | 'module+jsx' | 'commonjs+jsx' | 'typescript-syntax';

export interface ParseFailure {
  path: string;
  /** "line: message", at most a few */
  errors: string[];
  /** how the file was read: 'module', 'commonjs', … for JS, 'typescript' for TS */
  readAs: string;
}

const TS_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);

/** Whether a path is TypeScript (its grammar errors come from the checker). */
function isTypeScriptPath(path: string): boolean {
  return TS_EXTENSIONS.has(extname(path).toLowerCase()) && !/\.d\.[cm]?ts$/i.test(path);
}

/**
 * Codes of diagnostics that mean "the runtime (after type erasure) would refuse this file": the
 * syntax and grammar range TS1000–1999, JSX syntax (17000–17999), and the grammar errors the checker
 * reports under 2xxx codes (a rest element with a property name, a block-scoped redeclaration,
 * two constructors).
 */
export function isGrammarCode(code: number): boolean {
  return (
    (code >= 1000 && code < 2000) || (code >= 17000 && code < 18000) || code === 2566 || code === 2451 || code === 2392
  );
}

/** The `type` of the nearest package.json above a file (BOM stripped; an unreadable or invalid one counts as absent). */
export function packageTypeReader(root: string): (path: string) => 'module' | 'commonjs' {
  const cache = new Map<string, 'module' | 'commonjs' | undefined>();
  const typeIn = (dir: string): 'module' | 'commonjs' | undefined => {
    if (cache.has(dir)) return cache.get(dir);
    let found: 'module' | 'commonjs' | undefined;
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8').replace(/^\uFEFF/, '')) as {
        type?: unknown;
      };
      found = manifest.type === 'module' ? 'module' : 'commonjs';
    } catch {
      found = undefined;
    }
    cache.set(dir, found);
    return found;
  };
  return (path) => {
    let dir = dirname(join(root, path));
    while (dir.startsWith(root)) {
      const type = typeIn(dir);
      if (type) return type;
      if (dir === root) break;
      dir = dirname(dir);
    }
    return 'commonjs';
  };
}

/** The JS modes to try for a file, the runtime's first. */
function jsModes(path: string, packageType: 'module' | 'commonjs'): JsMode[] {
  const extension = extname(path).toLowerCase();
  const runtime: 'module' | 'commonjs' =
    extension === '.mjs' ? 'module' : extension === '.cjs' ? 'commonjs' : packageType;
  const other = runtime === 'module' ? 'commonjs' : 'module';
  // a .js file a bundler reads may be ESM in a CommonJS package, or hold JSX
  return extension === '.mjs' || extension === '.cjs' ? [runtime] : [runtime, other, `${runtime}+jsx`, `${other}+jsx`];
}

/** Errors of a JS text read in one mode ([] when it parses). */
export function jsErrors(text: string, mode: JsMode, path = 'file.js'): string[] {
  if (mode === 'typescript-syntax') return tsSyntaxErrors(path.replace(/\.(c|m)?js$/i, '.$1jsx'), text);
  const [sourceType, jsx] = mode.split('+') as ['module' | 'commonjs', string | undefined];
  try {
    espree.parse(text, { ecmaVersion: 'latest', sourceType, ecmaFeatures: { jsx: jsx === 'jsx' } });
    return [];
  } catch (error) {
    const { lineNumber, message } = error as { lineNumber?: number; message?: string };
    return [`${lineNumber ?? 1}: ${message ?? String(error)}`];
  }
}

/** TypeScript's syntactic diagnostics of a text, as "line: message" (errors only). */
function tsSyntaxErrors(path: string, text: string): string[] {
  const file = ts.createSourceFile(
    `/upkeep-parse/${path.split('/').pop()}`,
    text,
    { languageVersion: ts.ScriptTarget.ESNext },
    false,
  );
  const diagnostics = (file as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  return diagnostics
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map(
      (d) =>
        `${file.getLineAndCharacterOfPosition(d.start).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    );
}

/**
 * TypeScript's grammar errors (checker diagnostics with a grammar code) of several texts, from one
 * program without lib or resolution: the cost is a checker pass, so the caller only asks for files
 * no type-check program covers.
 */
export function tsGrammarErrors(texts: ReadonlyMap<string, string>): Map<string, string[]> {
  const files = new Map(
    [...texts].map(([path, text]) => [
      `/upkeep-grammar/${path}`,
      ts.createSourceFile(`/upkeep-grammar/${path}`, text, { languageVersion: ts.ScriptTarget.ESNext }, false),
    ]),
  );
  const host: ts.CompilerHost = {
    getSourceFile: (name) => files.get(name),
    writeFile: () => undefined,
    getDefaultLibFileName: () => 'lib.d.ts',
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => '/',
    getNewLine: () => '\n',
    fileExists: (name) => files.has(name),
    readFile: () => '',
    directoryExists: () => true,
    getDirectories: () => [],
  };
  const program = ts.createProgram(
    [...files.keys()],
    { noLib: true, noResolve: true, noEmit: true, types: [], target: ts.ScriptTarget.ESNext, jsx: ts.JsxEmit.Preserve },
    host,
  );
  const out = new Map<string, string[]>();
  for (const [name, file] of files) {
    const path = name.slice('/upkeep-grammar/'.length);
    out.set(
      path,
      [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]
        .filter((d) => d.category === ts.DiagnosticCategory.Error && isGrammarCode(d.code) && d.start !== undefined)
        .map(
          (d) =>
            `${file.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')} (TS${d.code})`,
        ),
    );
  }
  return out;
}

/** One file's change, for the parse check. */
export interface ParseInput {
  path: string;
  before: string;
  after: string;
}

/**
 * The parse check of changed files: a file fails when its "after" text has more errors than its
 * "before" text, read the same way. JS: the first mode (runtime's first) in which "before" parses,
 * else TypeScript's syntax (a file that never parsed as JS: Flow, TS syntax in .js).
 * TS: syntactic diagnostics here; grammar errors too unless `grammarCovered(path)` (a type-check
 * program that reports them covers the file). Results are remembered per text.
 */
export class ParseChecker {
  private readonly modes = new Map<string, { before: string; mode: JsMode }>();
  private readonly results = new Map<string, { after: string; failure: ParseFailure | undefined }>();

  constructor(
    private readonly packageType: (path: string) => 'module' | 'commonjs',
    private readonly grammarCovered: (path: string) => boolean = () => false,
  ) {}

  check(inputs: readonly ParseInput[]): ParseFailure[] {
    const failures: ParseFailure[] = [];
    const grammarPending = new Map<string, ParseInput>();
    for (const input of inputs) {
      const known = this.results.get(input.path);
      if (known && known.after === input.after) {
        if (known.failure) failures.push(known.failure);
        continue;
      }
      const failure = this.checkOne(input);
      if (!failure && isTypeScriptPath(input.path) && !this.grammarCovered(input.path)) {
        grammarPending.set(input.path, input);
        continue;
      }
      this.results.set(input.path, { after: input.after, failure });
      if (failure) failures.push(failure);
    }
    if (grammarPending.size > 0) {
      const after = tsGrammarErrors(new Map([...grammarPending].map(([path, input]) => [path, input.after])));
      const failing = [...grammarPending].filter(([path]) => (after.get(path) ?? []).length > 0);
      const before =
        failing.length > 0
          ? tsGrammarErrors(new Map(failing.map(([path, input]) => [path, input.before])))
          : new Map<string, string[]>();
      for (const [path, input] of grammarPending) {
        const errors = after.get(path) ?? [];
        const failure =
          errors.length > (before.get(path) ?? []).length
            ? { path, errors: errors.slice(0, 5), readAs: 'typescript' }
            : undefined;
        this.results.set(path, { after: input.after, failure });
        if (failure) failures.push(failure);
      }
    }
    return failures;
  }

  private checkOne(input: ParseInput): ParseFailure | undefined {
    if (isTypeScriptPath(input.path) || /\.d\.[cm]?ts$/i.test(input.path)) {
      const after = tsSyntaxErrors(input.path, input.after);
      if (after.length === 0) return undefined;
      const before = tsSyntaxErrors(input.path, input.before);
      return after.length > before.length
        ? { path: input.path, errors: after.slice(0, 5), readAs: 'typescript' }
        : undefined;
    }
    const mode = this.modeOf(input);
    const after = jsErrors(input.after, mode, input.path);
    if (after.length === 0) return undefined;
    const before = jsErrors(input.before, mode, input.path);
    return after.length > before.length ? { path: input.path, errors: after, readAs: mode } : undefined;
  }

  private modeOf(input: ParseInput): JsMode {
    const known = this.modes.get(input.path);
    if (known && known.before === input.before) return known.mode;
    const mode =
      jsModes(input.path, this.packageType(input.path)).find(
        (m) => jsErrors(input.before, m, input.path).length === 0,
      ) ?? 'typescript-syntax';
    this.modes.set(input.path, { before: input.before, mode });
    return mode;
  }
}
