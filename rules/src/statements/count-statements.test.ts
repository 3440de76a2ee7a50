import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { configs } from '../presets/configs.js';
import { COUNTED_STATEMENT_TYPES, countStatements, isCountedStatement } from './count-statements.js';

const fixturesDir = fileURLToPath(new URL('./__testfixtures__/', import.meta.url));

/** The listeners a scorer merges into its ESLint run: one report per counted statement. */
const countingRule: Rule.RuleModule = {
  meta: { type: 'suggestion', schema: [], messages: { statement: 'statement' } },
  create(context) {
    const onNode = (node: Rule.Node): void => {
      // ESLint's node type and typescript-estree's describe the same objects.
      if (isCountedStatement(node as unknown as TSESTree.Node)) context.report({ node, messageId: 'statement' });
    };
    return Object.fromEntries(COUNTED_STATEMENT_TYPES.map((type) => [type, onNode]));
  },
};

const countingConfig: Linter.Config = {
  files: ['**/*'],
  plugins: { count: { rules: { statements: countingRule } } },
  rules: { 'count/statements': 'error' },
};

/** Lines of the statements counted during a real ESLint run with the recommended preset. */
function linesCountedByEslint(text: string, fileName: string): number[] {
  const linter = new Linter({ cwd: fixturesDir });
  const messages = linter.verify(text, [...configs.recommended, countingConfig], {
    filename: join(fixturesDir, fileName),
  });
  expect(messages.filter((message) => message.fatal === true)).toEqual([]);
  return messages.filter((message) => message.ruleId === 'count/statements').map((message) => message.line);
}

function countByWalking(text: string, fileName: string): number {
  const extension = extname(fileName);
  const program = parse(text, {
    filePath: fileName,
    sourceType: extension === '.cjs' ? 'script' : 'module',
    ecmaFeatures: { jsx: extension === '.js' || extension === '.tsx' },
  });
  return countStatements(program);
}

interface Annotated {
  expected: number;
  /** line number → statements that start on it, from the "// n" annotations. */
  perLine: Map<number, number>;
}

function readAnnotations(text: string): Annotated {
  const header = /Expected statements: (\d+)/.exec(text);
  if (header?.[1] === undefined) throw new Error('fixture without an "Expected statements: N" header');
  const perLine = new Map<number, number>();
  text.split('\n').forEach((line, index) => {
    const annotation = /\/\/ (\d+)(?: \(.*\))?\s*$/.exec(line);
    if (annotation?.[1] !== undefined && annotation[1] !== '0') perLine.set(index + 1, Number(annotation[1]));
  });
  return { expected: Number(header[1]), perLine };
}

function tally(lines: readonly number[]): Map<number, number> {
  const perLine = new Map<number, number>();
  for (const line of lines) perLine.set(line, (perLine.get(line) ?? 0) + 1);
  return perLine;
}

const fixtures = readdirSync(fixturesDir).sort();

describe('hand-counted fixtures', () => {
  it('covers every file kind the presets lint', () => {
    expect(fixtures).toEqual([
      'classes.ts',
      'component.tsx',
      'declarations.ts',
      'esm-module.js',
      'export-forms.js',
      'legacy-script.cjs',
      'no-statements.js',
      'umd-typings.ts',
      'worked-example.cjs',
    ]);
  });

  it.each(fixtures)('%s: the per-line annotations add up to the header count', (fileName) => {
    const { expected, perLine } = readAnnotations(readFileSync(join(fixturesDir, fileName), 'utf8'));
    expect([...perLine.values()].reduce((sum, count) => sum + count, 0)).toBe(expected);
  });

  it.each(fixtures)('%s: ESLint listeners count the annotated statements, line by line', (fileName) => {
    const text = readFileSync(join(fixturesDir, fileName), 'utf8');
    const { perLine } = readAnnotations(text);
    expect(tally(linesCountedByEslint(text, fileName))).toEqual(perLine);
  });

  it.each(fixtures)('%s: countStatements agrees with the header', (fileName) => {
    const text = readFileSync(join(fixturesDir, fileName), 'utf8');
    expect(countByWalking(text, fileName)).toBe(readAnnotations(text).expected);
  });

  it('gives the totals documented in the fixture headers', () => {
    const totals = fixtures.map((fileName) => {
      const text = readFileSync(join(fixturesDir, fileName), 'utf8');
      return [fileName, countByWalking(text, fileName), linesCountedByEslint(text, fileName).length];
    });
    expect(totals).toEqual([
      ['classes.ts', 28, 28],
      ['component.tsx', 16, 16],
      ['declarations.ts', 22, 22],
      ['esm-module.js', 25, 25],
      ['export-forms.js', 13, 13],
      ['legacy-script.cjs', 37, 37],
      ['no-statements.js', 0, 0],
      ['umd-typings.ts', 9, 9],
      ['worked-example.cjs', 12, 12],
    ]);
  });
});

describe('the counting rule, construct by construct', () => {
  const cases: ReadonlyArray<[string, string, number]> = [
    ['export function f() {}', 'a.js', 1],
    ['export default class {}', 'a.js', 1],
    ['const a = 1; export { a };', 'a.js', 2],
    ["export * from './m.js';", 'a.js', 1],
    ['export default 1 + 2;', 'a.js', 1],
    ['export const a = 1, b = 2;', 'a.js', 1],
    ['outer: for (;;) break outer;', 'a.js', 3],
    ['for (let i = 0; i < 1; i++) {}', 'a.js', 1],
    ['for (const k in {}) ;', 'a.js', 1],
    ['if (a) {} else {}', 'a.js', 1],
    ['if (a) b(); else if (c) d();', 'a.js', 4],
    ['switch (a) { case 1: b(); break; default: }', 'a.js', 3],
    ['try { a(); } catch { b(); } finally { c(); }', 'a.js', 4],
    ['const f = () => 1;', 'a.js', 1],
    ['const f = () => { return 1; };', 'a.js', 2],
    ['const o = { m() { return 1; }, p: 2 };', 'a.js', 2],
    ['class A { static { a(); } m() {} #p = 1; }', 'a.js', 4],
    ['{ ; }', 'a.js', 0],
    ['interface I { a: string; m(): void }', 'a.ts', 1],
    ['export interface I {}', 'a.ts', 1],
    ["declare module 'm' { export const x: number; }", 'a.ts', 2],
    ['namespace A.B { const c = 1; }', 'a.ts', 2],
    ['function f(a: string): void; function f(a: unknown) {}', 'a.ts', 2],
    ['abstract class A { abstract m(): void; abstract p: number; }', 'a.ts', 3],
    ["import fs = require('fs'); export = fs;", 'a.ts', 2],
    ['export as namespace Lib;', 'a.ts', 1],
    ['enum E { A, B }', 'a.ts', 1],
  ];

  it.each(cases)('%s (%s) = %i', (code, fileName, expected) => {
    expect(countByWalking(code, fileName)).toBe(expected);
    expect(linesCountedByEslint(code, fileName)).toHaveLength(expected);
  });
});

describe('COUNTED_STATEMENT_TYPES', () => {
  it('names only node types that typescript-estree knows', () => {
    const known = new Set<string>(Object.values(AST_NODE_TYPES));
    expect(COUNTED_STATEMENT_TYPES.filter((type) => !known.has(type))).toEqual([]);
  });

  it('lists 37 types, each once', () => {
    expect(new Set(COUNTED_STATEMENT_TYPES).size).toBe(37);
    expect(COUNTED_STATEMENT_TYPES).toHaveLength(37);
  });
});
