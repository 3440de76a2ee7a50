// Cases found on the synthetic 2,000-file project, each reduced to a small project: a removal that
// broke the type check, findings that were not dead or were counted twice.
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '@upkeep/test-utils';
import { Project } from 'ts-morph';
import { ts } from '../runner/engine.js';
import { findDeadCode } from './find-dead-code.js';
import type { DeadCodeResult } from './types.js';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const root = createTempDir('upkeep-dead-code-');
  temps.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function short(result: DeadCodeResult): string[] {
  return result.findings.map((f) => `${f.kind} ${f.path}:${f.line} ${f.name} ${f.action}`);
}

/** Type errors of a TypeScript file (strict), as `line: TScode`. */
function typeErrors(text: string): string[] {
  const checked = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022 },
  });
  checked.createSourceFile('/store.ts', text);
  return checked.getPreEmitDiagnostics().map((d) => `${d.getLineNumber() ?? 0}: TS${d.getCode()}`);
}

describe('private members only ever written (SetupperGen.tsx: two new TS2339 errors)', () => {
  const store = [
    'export class Store {',
    '  private index: number;',
    '  #seen: string[];',
    '  private trace: unknown;',
    '  name: string;',
    '',
    '  constructor(name: string, seen: string[]) {',
    '    this.name = name;',
    '    this.index = 0;',
    '    this.#seen = seen;',
    '    this.trace = console.info(name);',
    '  }',
    '}',
    '',
  ].join('\n');

  it('removes the member together with its `this.x = value;` writes, keeping a value with effects', async () => {
    const root = project({
      'package.json': '{ "main": "index.ts" }\n',
      'index.ts': "import { Store } from './store';\nexport const store = new Store('a', []);\n",
      'store.ts': store,
    });
    const result = await findDeadCode({ root });
    expect(short(result)).toEqual([
      'members store.ts:2 index remove',
      'members store.ts:3 #seen remove',
      'members store.ts:4 trace keep-initializer',
      'params store.ts:7 seen report',
    ]);
    const after = result.changes.get('store.ts')?.after;
    expect(after).toBe(
      [
        'export class Store {',
        '  name: string;',
        '',
        '  constructor(name: string, seen: string[]) {',
        '    this.name = name;',
        '    console.info(name);',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    // the parameter that fed the removed write is now unused: reported, never removed without removeParams
    expect(typeErrors(after!)).toEqual([]);
    expect(typeErrors(store)).toEqual([]);
  });

  it('keeps a member that is read anywhere, or written through another object', async () => {
    const root = project({
      'package.json': '{ "main": "index.ts" }\n',
      'index.ts': "import { Store } from './store';\nexport const store = new Store();\n",
      'store.ts': [
        'export class Store {',
        '  private count = 0;',
        '  private total = 0;',
        '  private mirror = 0;',
        '  bump(): number {',
        '    this.count = this.count + 1;',
        '    const { total } = this;',
        '    return total;',
        '  }',
        '  copy(other: { mirror: number }): void {',
        '    other.mirror = 1;',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    const result = await findDeadCode({ root });
    expect(short(result)).toEqual([]);
  });
});

describe('each removed thing is reported once', () => {
  it('a CommonJS export property and the function it names count once, as an export', async () => {
    const root = project({
      'package.json': '{ "main": "index.js" }\n',
      'index.js': "console.log(require('./lib').a());\n",
      'lib.js': 'function a() {\n  return 1;\n}\n\nfunction b() {\n  return 2;\n}\n\nmodule.exports = { a, b };\n',
    });
    const result = await findDeadCode({ root });
    expect(short(result)).toEqual(['exports lib.js:9 b remove']);
    expect(result.changes.get('lib.js')?.after).toBe('function a() {\n  return 1;\n}\n\nmodule.exports = { a };\n');
    expect(result.rounds).toBe(3);
  });

  it('what a file held is not listed when a later round deletes the file', async () => {
    const root = project({
      'package.json': '{ "main": "index.js" }\n',
      'index.js': "const { used } = require('./mid');\nused();\n",
      'mid.js':
        "const leaf = require('./leaf');\n\nfunction used() {}\n\nfunction unused() {\n  return leaf();\n}\n\nmodule.exports = { used, unused };\n",
      'leaf.js': 'module.exports = function leaf() {\n  const scratch = 1;\n  return 2;\n};\n',
    });
    const result = await findDeadCode({ root });
    expect(short(result)).toEqual([
      'imports mid.js:1 leaf remove',
      'exports mid.js:9 unused remove',
      'files leaf.js:1 leaf.js delete-file',
    ]);
    expect(result.counts).toEqual({
      imports: 1,
      locals: 0,
      unreachable: 0,
      members: 0,
      exports: 1,
      files: 1,
      params: 0,
    });
  });
});

describe('type tests: their unused bindings are the assertions (knex test-tsd/*.test-d.ts)', () => {
  it('leaves every import, local and type alias of a type test as it is, and still cleans the code it tests', async () => {
    const select = [
      "import { expectType } from 'tsd';",
      "import { knex, type Row } from '../src/index';",
      '',
      'const main = async () => {',
      "  expectType<Row | undefined>(await knex('users').first());",
      '};',
      '',
    ].join('\n');
    const witness = [
      "import { type Row } from '../src/index';",
      '',
      'type ExtendsWitness<A extends B, B> = A;',
      'type _T1 = ExtendsWitness<Row, object>;',
      'const typed: Row = { id: 1 };',
      '',
    ].join('\n');
    const vitest = [
      "import { expectTypeOf } from 'vitest';",
      "import { knex } from '../src/index';",
      '',
      'function check() {',
      "  expectTypeOf(knex('users')).toBeObject();",
      '}',
      '',
    ].join('\n');
    const root = project({
      'package.json': '{ "name": "q", "main": "src/index.ts" }\n',
      'tsconfig.json': '{ "compilerOptions": { "strict": true, "module": "esnext", "moduleResolution": "bundler" } }\n',
      'src/index.ts': [
        'export interface Row { id: number }',
        'const unusedInSource = 1;',
        'export function knex(table: string): { first(): Promise<Row | undefined> } {',
        '  return { first: async () => (table ? { id: 1 } : undefined) };',
        '}',
        '',
      ].join('\n'),
      'test-tsd/select.test-d.ts': select,
      'test-d/witness.ts': witness,
      'types-check/query.ts': vitest,
    });
    // types-check/ is checked by a tsconfig of its own: an entry the user names
    const result = await findDeadCode({ root, entries: ['types-check/**'] });
    expect(short(result)).toEqual(['locals src/index.ts:2 unusedInSource remove']);
    expect([...result.changes.keys()]).toEqual(['src/index.ts']);
  });
});

describe('only what is really dead', () => {
  it('keeps parameters before a used one, the React import of JSX, `arguments` users and script globals', async () => {
    const root = project({
      'package.json': '{ "main": "index.jsx" }\n',
      'index.jsx': [
        "import React from 'react';",
        "import { unused } from './lib.js';",
        '',
        'function onDone(err, result, extra) {',
        '  return result;',
        '}',
        '',
        'function variadic(a, b) {',
        '  return arguments.length;',
        '}',
        '',
        'export const view = <div>{onDone(null, 1, 2) + variadic(1, 2)}</div>;',
        '',
      ].join('\n'),
      'lib.js': 'export const unused = 1;\n',
      'public/index.html': '<script src="../legacy.js"></script>\n',
      'legacy.js': 'var GLOBAL_SETTING = 1;\nfunction globalHelper() {}\n',
    });
    const result = await findDeadCode({ root });
    expect(short(result)).toEqual(
      [
        'imports index.jsx:2 unused remove',
        'files lib.js:1 lib.js delete-file',
        'params index.jsx:4 extra report',
      ].sort(byKind),
    );
  });

  it('finds a name shadowed by an inner declaration, and unreachable statements after a return', async () => {
    const root = project({
      'package.json': '{ "main": "index.js" }\n',
      'index.js':
        'function outer() {\n  const value = 1;\n  function inner() {\n    const value = 2;\n    return value;\n  }\n  return inner();\n  console.log(value);\n}\n\nmodule.exports = outer;\n',
    });
    const result = await findDeadCode({ root });
    expect(short(result)).toEqual(
      ['unreachable index.js:8 unreachable code remove', 'locals index.js:2 value remove'].sort(byKind),
    );
    expect(result.changes.get('index.js')?.after).toBe(
      'function outer() {\n  function inner() {\n    const value = 2;\n    return value;\n  }\n  return inner();\n}\n\nmodule.exports = outer;\n',
    );
  });
});

const ORDER = ['imports', 'locals', 'unreachable', 'members', 'exports', 'files', 'params'];
function byKind(a: string, b: string): number {
  return ORDER.indexOf(a.split(' ')[0]!) - ORDER.indexOf(b.split(' ')[0]!) || a.localeCompare(b);
}
