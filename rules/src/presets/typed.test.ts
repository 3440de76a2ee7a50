import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryOf } from '../categories.js';
import { configs } from './configs.js';
import { typedConfig } from './typed.js';

let root: string;

const TASKS_TS = [
  'export async function fetchValue(): Promise<number> {',
  '  return 1;',
  '}',
  'export function start(): void {',
  '  fetchValue();',
  '}',
  "type Kind = 'a' | 'b';",
  'export function label(kind: Kind, name: string): string {',
  '  if (name !== undefined) {',
  '    console.log(name);',
  '  }',
  '  switch (kind) {',
  "    case 'a':",
  "      return 'A';",
  '  }',
  "  return '';",
  '}',
].join('\n');

/** The same floating promise in JavaScript: untyped there, so not reported. */
const TASKS_JS = [
  'export async function fetchValue() {',
  '  return 1;',
  '}',
  'export function start() {',
  '  fetchValue();',
  '}',
].join('\n');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'upkeep-typed-'));
  mkdirSync(join(root, 'src'));
  const compilerOptions = { strict: true, target: 'ES2022', module: 'NodeNext', types: [], allowJs: false };
  writeFileSync(join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
  writeFileSync(join(root, 'src', 'tasks.ts'), `${TASKS_TS}\n`);
  writeFileSync(join(root, 'src', 'tasks.js'), `${TASKS_JS}\n`);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function lintProject(eslint: ESLint): Promise<string[]> {
  const results = await eslint.lintFiles(['src']);
  return results.flatMap((result) =>
    result.messages.map((message) => {
      const category = message.ruleId === null ? 'fatal' : categoryOf(message.ruleId);
      return `${relative(root, result.filePath)}:${message.line}:${message.ruleId ?? message.message}:${category}`;
    }),
  );
}

const EXPECTED = [
  'src/tasks.ts:1:@typescript-eslint/require-await:R',
  'src/tasks.ts:5:@typescript-eslint/no-floating-promises:W',
  'src/tasks.ts:9:@typescript-eslint/no-unnecessary-condition:W',
  'src/tasks.ts:12:@typescript-eslint/switch-exhaustiveness-check:W',
];

describe('the typed preset', () => {
  it('adds type-aware rules for TypeScript and leaves JavaScript untyped', async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: typedConfig({ tsconfigRootDir: root }),
    });
    expect(await lintProject(eslint)).toEqual(EXPECTED);
  });

  it('finds the tsconfig by itself when no root is given', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: configs.typed });
    expect(await lintProject(eslint)).toEqual(EXPECTED);
  });

  it('reports nothing type-aware with the recommended preset', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: configs.recommended });
    expect(await lintProject(eslint)).toEqual(['src/tasks.ts:12:default-case:C']);
  });
});
