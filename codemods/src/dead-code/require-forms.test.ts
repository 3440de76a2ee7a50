// Reachability through every way CommonJS and ES modules load each other, and strings with a `*`
// that are not globs of files (expressjs/express: `.set('Accept', '*/*')` was read as a glob that
// kept lib/*.js, which index.js requires anyway; the package has no `main`, so index.js is its entry).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir, readTree } from '@upkeep/test-utils';
import { ts } from '../runner/engine.js';
import { findDeadCode } from './find-dead-code.js';
import { globUse } from './loads.js';

const FIXTURE = join(import.meta.dirname, '__testfixtures__', 'require-forms');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOf(side: 'input' | 'output'): string {
  const dir = createTempDir('upkeep-dead-code-require-');
  temps.push(dir);
  cpSync(join(FIXTURE, side), dir, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  return dir;
}

function runTest(root: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['test.js'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('require forms (fixture require-forms)', () => {
  it('turns input/ into output/; its test passes before and after; output/ stays as it is', async () => {
    const root = copyOf('input');
    expect(runTest(root)).toMatchObject({ status: 0 });
    const result = await findDeadCode({ root });
    for (const [path, change] of result.changes) {
      if (change.after === null) rmSync(join(root, path));
      else writeFileSync(join(root, path), change.after);
    }
    expect(readTree(root, ['.git', '.upkeep'])).toEqual(readTree(join(FIXTURE, 'output')));
    expect(runTest(root)).toMatchObject({ status: 0, output: expect.stringContaining('ok') });
    expect((await findDeadCode({ root: copyOf('output') })).changes.size).toBe(0);
  });

  it('reaches every file each require form names, and only the orphan goes', async () => {
    const result = await findDeadCode({ root: copyOf('input') });
    expect(result.findings.map((f) => `${f.kind} ${f.path} ${f.name}`)).toEqual([
      'exports lib/lazy.js unusedLazy',
      'files src/orphan.js src/orphan.js',
    ]);
    // no file is "reached only by a load": an import reaches them all (index.js → lib/app.js →
    // extensionless, `./parsers/`, directory index, `require('../')`, `exports.x = require(x)`,
    // a require nested in an if and in a function, require.resolve, import(), the package's own name)
    expect(result.kept.filter((k) => k.kind === 'files')).toEqual([]);
    expect(result.kept.map((k) => `${k.reason} ${k.kind} ${k.path} ${k.name}`)).toEqual([
      // returned from a function: the module object is used as a whole
      'reflection exports lib/esm.mjs esm',
      // `exports.legacy = require('./legacy')` inside an `if`: published as a whole
      'reflection exports lib/legacy.js old',
      // `Object.create(proto)`
      'reflection exports lib/proto.js name',
      'reflection exports lib/proto.js describe',
    ]);
    expect(result.entries.files).toContain('index.js');
    expect(result.internalErrors).toEqual([]);
  });

  it('takes index.js as the entry of a package without main, even when it declares bin or types', async () => {
    const root = copyOf('input');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(
      join(root, 'package.json'),
      JSON.stringify({ ...manifest, bin: { reqforms: 'scripts/list-parsers.js' } }),
    );
    const result = await findDeadCode({ root });
    expect(result.entries.files).toEqual(expect.arrayContaining(['index.js', 'scripts/list-parsers.js']));
    expect(result.findings.filter((f) => f.kind === 'files').map((f) => f.path)).toEqual(['src/orphan.js']);
    expect(result.kept.filter((k) => k.reason === 'entries-unclear')).toEqual([]);
  });
});

describe('globUse: a string is a glob of files only when used as a path or spelled like one', () => {
  const use = (code: string): string => {
    const file = ts.createSourceFile('x.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    let found: ts.StringLiteralLike | undefined;
    const visit = (node: ts.Node): void => {
      if (!found && ts.isStringLiteralLike(node) && node.text.includes('*')) found = node;
      ts.forEachChild(node, visit);
    };
    visit(file);
    return globUse(found!, file);
  };

  it.each([
    // glob and fs calls, loader config keys: a path whatever its spelling
    ["glob.sync('plugins/*')", 'path'],
    ["fg.sync(['handlers/**'])", 'path'],
    ["globSync('*.config.js')", 'path'],
    ["new DataSource({ entities: ['src/entity/**/*'] })", 'path'],
    ["module.exports = { migrations: 'db/migrate/*' }", 'path'],
    // spelled with a directory and a code extension
    ["load('src/migration/*.js')", 'path'],
    ["load('/migration/*{.js,.ts}')", 'path'],
    ["load('lib/**/*.{ts,js}')", 'path'],
    // a directory only: a glob where that directory holds project files (checked by the graph)
    ["load('lib/plugins/*')", 'directory'],
  ])('%s → %s', (code, expected) => {
    expect(use(code)).toBe(expected);
  });

  it.each([
    ["request.set('Accept', '*/*')"],
    ["res.format({ 'text/*': f })"],
    ["accepts(['image/*', 'application/*+json'])"],
    ["cron.schedule('*/5 * * * *', job)"],
    ["watch('**')"],
    ["x = '*'"],
    ["x = '**/*'"],
    ["app.get('^/api/.*$', f)"],
    ["app.get('/users/*', f)"],
    ["x = 'a*b'"],
    ["x = '*.js'"],
  ])('%s is no glob of files', (code) => {
    expect(use(code)).toBe('no');
  });
});
