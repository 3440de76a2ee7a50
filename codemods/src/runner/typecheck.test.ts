import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createTempDir } from '@upkeep/test-utils';
import { afterAll, describe, expect, it } from 'vitest';
import { TypeCheckSession, chooseTsconfigs, resolveProjectTypeScript } from './typecheck.js';

/** A small project where files depend on each other directly, transitively, through globals and augmentations. */
const PROJECT: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'commonjs',
      allowJs: true,
      checkJs: true,
      skipLibCheck: true,
      types: [],
    },
    include: ['src'],
  }),
  'src/a.ts': 'export function makeUser(name: string) {\n  return { name, age: 1 };\n}\nexport type Id = number;\n',
  'src/b.ts': "import { makeUser, type Id } from './a';\nexport const user = makeUser('x');\nexport type Key = Id;\n",
  'src/c.ts':
    "import { user, type Key } from './b';\nexport const n: number = user.age;\nconst k: Key = 1;\nexport default k;\n",
  // a baseline error
  'src/d.ts': 'export const lonely = 1;\nconst s: string = 2;\nexport { s };\n',
  // a script: its declarations are global
  'src/globals.ts': 'const APP_VERSION = 1;\n',
  'src/e.ts': 'export const v: number = APP_VERSION + 1;\n',
  'src/legacy.js': "const a = require('./a');\nmodule.exports = { u: a.makeUser('y').name.toUpperCase() };\n",
  'src/augment.ts': "import './a';\ndeclare module './a' {\n  interface Extra {\n    x: number;\n  }\n}\nexport {};\n",
  'src/extra.ts': "import type { Extra } from './a';\nexport const extra: Extra = { x: 1 };\n",
  'src/ref.ts': '/// <reference path="./globals.ts" />\nexport const w = APP_VERSION;\n',
};

const scratch = createTempDir('upkeep-typecheck-');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;

function writeProject(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function openSession(root: string): TypeCheckSession {
  const { ts, info } = resolveProjectTypeScript(root);
  return new TypeCheckSession(ts, info, root, chooseTsconfigs(ts, root, []), () => []);
}

/** What a fresh check of the project with `contents` written on disk reports (the reference). */
function freshCheck(base: string, contents: ReadonlyMap<string, string | null>): ReturnType<TypeCheckSession['check']> {
  const root = join(scratch, `copy-${copies++}`);
  cpSync(base, root, { recursive: true });
  for (const [path, text] of contents) {
    if (text === null) rmSync(join(root, path));
    else writeProject(root, { [path]: text });
  }
  // messages may quote a module's absolute path
  return openSession(root)
    .check()
    .map((d) => ({ ...d, message: d.message.split(root).join(base) }));
}

const change = (from: string, to: string, path = 'src/a.ts'): [string, string] => {
  const text = PROJECT[path]!;
  if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
  return [path, text.replace(from, to)];
};

const SCENARIOS: [string, [string, string | null][], 'some' | 'all'][] = [
  ['an export renamed without its importers', [change('makeUser', 'createUser')], 'some'],
  ['a type change reaching a file two imports away', [change('age: 1', "age: '1'")], 'some'],
  ['a global changed in a script', [change('= 1', "= 'x'", 'src/globals.ts')], 'all'],
  ['a module augmentation changed', [change('x: number', 'x: string', 'src/augment.ts')], 'all'],
  ['a file deleted', [['src/b.ts', null]], 'all'],
  ['a baseline error fixed', [change('= 2', "= '2'", 'src/d.ts')], 'some'],
  ['a new error in a file nothing imports', [change('= 1', "= '1' as unknown as boolean", 'src/d.ts')], 'some'],
  ['a required module changed (JavaScript)', [change('name: string', 'name: number')], 'some'],
  ['the same text as before', [['src/a.ts', PROJECT['src/a.ts']!]], 'some'],
  [
    'two files at once',
    [
      change('makeUser', 'createUser'),
      change('import { makeUser, type Id }', 'import { createUser as makeUser, type Id }', 'src/b.ts'),
    ],
    'some',
  ],
];

describe('TypeCheckSession: a re-check reports what a fresh check of the changed tree reports', () => {
  const base = join(scratch, 'base');
  writeProject(base, PROJECT);
  const session = openSession(base);
  const baseline = session.check();

  it('the baseline is the fresh check, and has the planted error', () => {
    expect(baseline).toEqual(freshCheck(base, new Map()));
    expect(baseline.map((d) => `${d.path}:${d.line} TS${d.code}`)).toEqual(['src/d.ts:2 TS2322']);
    expect(session.lastCheck.checked).toBeGreaterThanOrEqual(Object.keys(PROJECT).length - 1);
  });

  it.each(SCENARIOS)('%s', (_name, edits, scope) => {
    const contents = new Map(edits);
    const checked = session.check(contents);
    expect(checked).toEqual(freshCheck(base, contents));
    const { checked: recomputed, reused } = session.lastCheck;
    if (scope === 'all') expect(reused).toBe(0);
    else expect(reused).toBeGreaterThan(0);
    expect(recomputed + reused).toBeGreaterThan(0);
  });

  it('only the changed file is re-checked when nothing refers to it', () => {
    session.check(new Map([change('= 2', "= '2'", 'src/d.ts')]));
    expect(session.lastCheck.checked).toBe(1);
    session.check(new Map([['src/d.ts', PROJECT['src/d.ts']!]]));
    expect(session.lastCheck.checked).toBe(0);
  });

  it('a file and every file that imports it, directly or not, are re-checked', () => {
    const checked = session.check(new Map([change('age: 1', "age: '1'")]));
    expect(checked.map((d) => `${d.path}:${d.line} TS${d.code}`)).toContain('src/c.ts:2 TS2322');
    // a.ts, b.ts, c.ts (through b), legacy.js, augment.ts, extra.ts (import type)
    expect(session.lastCheck.checked).toBe(6);
  });

  it('a series of checks (as isolation runs them) each agree with a fresh check, and the baseline comes back', () => {
    for (const [, edits] of [...SCENARIOS].reverse()) {
      const contents = new Map(edits);
      expect(session.check(contents)).toEqual(freshCheck(base, contents));
    }
    expect(session.check()).toEqual(baseline);
  });
});
