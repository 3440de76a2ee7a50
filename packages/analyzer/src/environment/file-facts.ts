/**
 * What a module's own text says about its environment: module syntax, CommonJS or AMD use,
 * `/* eslint-env *\/` comments, and for scripts the names they declare at top level. Pure: text in,
 * facts out; the facts of a blob never change, so they can be remembered by blob hash.
 */
import { init as initLexer, parse as lexModule } from 'es-module-lexer';
import type * as EspreeModule from 'espree';
import { isTestLocation, runnerCallsOf } from './runner-evidence.js';

export interface FileFacts {
  /** import/export statements or import.meta: Node runs the file as an ES module */
  moduleSyntax: boolean;
  /** require(), module.exports, exports.x, __dirname: CommonJS */
  commonjs: boolean;
  /** a top-level define(…) call: an AMD module */
  amd: boolean;
  /** environment names of `/* eslint-env … *\/` comments, in order */
  envComments: string[];
  /** names assigned as properties of the global object (`global.expect = …`): test set-up files do this */
  assignsGlobals: string[];
  /**
   * in test or fixture locations only: runner API names (`describe`, `it`, `QUnit`) the file calls
   * as statements without importing or declaring them (see runner-evidence.ts)
   */
  runnerCalls?: string[];
  /** set for scripts only: how the text parses, when a script parse fails but another succeeds */
  parsesAs?: 'commonjs' | 'module';
  /** scripts only: names declared at top level (var, let, const, function, class) */
  topLevel?: string[];
  /** scripts only: names assigned at top level without a declaration in the file (sloppy-mode globals) */
  implicit?: string[];
  /** scripts only: every identifier-like word of the text, for "used by another script" */
  words?: string[];
}

const MODULE_SYNTAX_FALLBACK =
  /^[ \t]*(?:import\s*(?:[\w$*{]|["'])|export\s*(?:default\b|const\b|let\b|var\b|function\b|class\b|async\b|\{|\*))|\bimport\.meta\b/m;
const COMMONJS_USE =
  /\brequire\s*\(|\bmodule\s*\.\s*exports\b|\bexports\s*(?:\.\s*[\w$]+|\[[^\]]+\])\s*=|\b__dirname\b|\b__filename\b/;
const AMD_DEFINE = /^[ \t]*(?:;\s*)?define\s*\(/m;
const ESLINT_ENV = /\/\*\s*eslint-env\s+([^*]*?)\*\//g;
const GLOBAL_ASSIGNMENT = /\b(?:global|globalThis|window)\s*\.\s*([A-Za-z_$][\w$]*)\s*=(?!=)/g;
const WORD = /[A-Za-z_$][\w$]*/g;

let lexerReady: Promise<void> | undefined;
type Espree = typeof EspreeModule;
let espree: Espree | undefined;

/**
 * Loads the module lexer (WebAssembly) and the script parser once; call before {@link scanFile}
 * and {@link parseScript}. Loaded on demand: a run whose facts all come from the cache needs neither.
 */
export function prepareScanner(): Promise<void> {
  lexerReady ??= Promise.all([initLexer(), import('espree')]).then(([, loaded]) => {
    espree = loaded;
  });
  return lexerReady;
}

/** espree's parse, once {@link prepareScanner} has resolved. */
export function parseScript(text: string, options: Parameters<Espree['parse']>[1]): unknown {
  if (!espree) throw new Error('prepareScanner() must be awaited before parsing');
  return espree.parse(text, options);
}

/** The facts of one module; `path` decides only whether JSX may appear. */
export function scanFile(path: string, text: string): FileFacts {
  // the extension alone decides for TypeScript, .mjs and .cjs: only comments and globals matter there
  const decided = /\.(?:[cm]?ts|tsx|mjs|cjs)$/.test(path);
  const facts: FileFacts = {
    moduleSyntax: !decided && hasModuleSyntax(text),
    commonjs: !decided && COMMONJS_USE.test(text),
    amd: !decided && AMD_DEFINE.test(text),
    envComments: envComments(text),
    assignsGlobals: globalAssignments(text),
  };
  if (isTestLocation(path)) {
    const calls = runnerCallsOf(text);
    if (calls.length > 0) facts.runnerCalls = calls;
  }
  if (!facts.moduleSyntax && !facts.commonjs && /\.jsx?$/.test(path)) Object.assign(facts, scriptFacts(text));
  return facts;
}

function hasModuleSyntax(text: string): boolean {
  if (!/\b(?:import|export)\b/.test(text)) return false;
  try {
    return lexModule(text)[3];
  } catch {
    // the lexer refuses some valid code (JSX, rare regex forms): a line-based look then
    return MODULE_SYNTAX_FALLBACK.test(text);
  }
}

function envComments(text: string): string[] {
  if (!text.includes('eslint-env')) return [];
  const names: string[] = [];
  for (const match of text.matchAll(ESLINT_ENV)) {
    for (const part of match[1]!.split(/[\s,]+/)) {
      const name = part.split(':')[0]!.trim();
      if (name && !part.endsWith(':false')) names.push(name);
    }
  }
  return names;
}

function globalAssignments(text: string): string[] {
  if (!/\b(?:global|globalThis|window)\s*\./.test(text)) return [];
  return [...new Set([...text.matchAll(GLOBAL_ASSIGNMENT)].map((match) => match[1]!))].sort();
}

type Program = { body: Node[] };
type Node = { type: string; [key: string]: unknown };

/** How a file without module syntax parses, and what it declares at top level. */
function scriptFacts(text: string): Pick<FileFacts, 'parsesAs' | 'topLevel' | 'implicit' | 'words'> {
  const attempts = [
    { sourceType: 'script', globalReturn: false },
    { sourceType: 'script', globalReturn: true },
    { sourceType: 'module', globalReturn: false },
  ] as const;
  for (const [index, attempt] of attempts.entries()) {
    let program: Program;
    try {
      program = parseScript(text, {
        ecmaVersion: 'latest',
        sourceType: attempt.sourceType,
        ecmaFeatures: { jsx: true, globalReturn: attempt.globalReturn },
      }) as unknown as Program;
    } catch {
      continue;
    }
    if (index === 1) return { parsesAs: 'commonjs' };
    if (index === 2) return { parsesAs: 'module' };
    return { ...topLevelNames(program), words: [...new Set(text.match(WORD) ?? [])] };
  }
  // a real syntax error: linted as a script, the linter reports it
  return { topLevel: [], implicit: [], words: [] };
}

function topLevelNames(program: Program): { topLevel: string[]; implicit: string[] } {
  const declared = new Set<string>();
  const assigned = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement['declarations'] as Node[]) patternNames(declarator['id'] as Node, declared);
    } else if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      const id = statement['id'] as Node | null;
      if (id) declared.add(id['name'] as string);
    } else if (statement.type === 'ExpressionStatement') {
      implicitGlobals(statement['expression'] as Node, assigned);
    }
  }
  return { topLevel: [...declared].sort(), implicit: [...assigned].filter((name) => !declared.has(name)).sort() };
}

/** `a = b = …` at top level of a sloppy script creates globals. */
function implicitGlobals(expression: Node, out: Set<string>): void {
  let node: Node | undefined = expression;
  while (node?.type === 'AssignmentExpression' && node['operator'] === '=') {
    const left = node['left'] as Node;
    if (left.type === 'Identifier') out.add(left['name'] as string);
    node = node['right'] as Node;
  }
}

function patternNames(pattern: Node | null | undefined, out: Set<string>): void {
  if (!pattern) return;
  switch (pattern.type) {
    case 'Identifier':
      out.add(pattern['name'] as string);
      return;
    case 'ObjectPattern':
      for (const property of pattern['properties'] as Node[]) {
        patternNames((property.type === 'RestElement' ? property['argument'] : property['value']) as Node, out);
      }
      return;
    case 'ArrayPattern':
      for (const element of pattern['elements'] as (Node | null)[]) patternNames(element, out);
      return;
    case 'RestElement':
      patternNames(pattern['argument'] as Node, out);
      return;
    case 'AssignmentPattern':
      patternNames(pattern['left'] as Node, out);
      return;
  }
}
