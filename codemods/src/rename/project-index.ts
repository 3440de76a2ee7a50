import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ts } from '../runner/engine.js';

/** Where a name occurs outside code the type checker can follow. */
export interface TextUse {
  path: string;
  line: number;
  text: string;
}

/** Facts about the whole program that the safety checks look names up in, built in one walk. */
export interface ProjectIndex {
  /** every identifier (and private identifier) by its text */
  identifiers: Map<string, (ts.Identifier | ts.PrivateIdentifier)[]>;
  /** string literals whose value is an identifier-like word: `obj['my_func']`, `'my_func' in obj` */
  strings: Map<string, ts.StringLiteralLike[]>;
  /** classes, modules and objects read with a computed key (`this[name]`): their members may be reached by any name */
  dynamicContainers: Set<ts.Symbol>;
  /** words of non-code files (JSON, HTML, YAML) and of JS/TS files the type checker does not see */
  externalWords: Map<string, string[]>;
}

const WORD = /^[A-Za-z_$][\w$]*$/;
const NON_CODE = /\.(json|html?|ya?ml)$/i;
const LOCK_FILES = /(^|\/)(package-lock\.json|pnpm-lock\.yaml|yarn\.lock|npm-shrinkwrap\.json)$/;
const MAX_TEXT_FILE = 2 * 1024 * 1024;

export function buildProjectIndex(files: readonly ts.SourceFile[], checker: ts.TypeChecker, root: string, unseenModules: readonly string[]): ProjectIndex {
  const index: ProjectIndex = { identifiers: new Map(), strings: new Map(), dynamicContainers: new Set(), externalWords: new Map() };
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) push(index.identifiers, node.text, node);
      else if (ts.isStringLiteralLike(node) && WORD.test(node.text) && !ts.isImportDeclaration(node.parent) && !isRequireArgument(node)) push(index.strings, node.text, node);
      else if (ts.isElementAccessExpression(node) && !ts.isStringLiteralLike(node.argumentExpression) && !ts.isNumericLiteral(node.argumentExpression)) {
        const argumentType = checker.getTypeAtLocation(node.argumentExpression);
        if (!(argumentType.flags & ts.TypeFlags.NumberLike)) {
          const container = checker.getTypeAtLocation(node.expression).getSymbol();
          if (container) index.dynamicContainers.add(container);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  for (const path of [...listNonCodeFiles(root), ...unseenModules]) {
    const file = join(root, path);
    try {
      if (statSync(file).size > MAX_TEXT_FILE) continue;
      for (const word of new Set(readFileSync(file, 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? [])) push(index.externalWords, word, path);
    } catch {
      // unreadable: nothing to learn from it
    }
  }
  return index;
}

function isRequireArgument(node: ts.Node): boolean {
  return ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'require';
}

function listNonCodeFiles(root: string): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter((path) => NON_CODE.test(path) && !LOCK_FILES.test(path) && !path.split('/').includes('node_modules') && !path.startsWith('.upkeep/'));
  } catch {
    return [];
  }
}
