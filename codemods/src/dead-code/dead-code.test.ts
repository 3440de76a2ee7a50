import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir, readTree } from '@upkeep/test-utils';
import { findDeadCode } from './find-dead-code.js';
import type { DeadCodeResult } from './types.js';

const FIXTURES = join(import.meta.dirname, '__testfixtures__');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOf(fixture: string, side: 'input' | 'output'): string {
  const dir = createTempDir('upkeep-dead-code-');
  temps.push(dir);
  cpSync(join(FIXTURES, fixture, side), dir, { recursive: true });
  return dir;
}

function apply(root: string, result: DeadCodeResult): void {
  for (const [path, change] of result.changes) {
    if (change.after === null) rmSync(join(root, path));
    else writeFileSync(join(root, path), change.after);
  }
}

describe.each(['esm-chain', 'keep-reasons', 'monorepo'])('fixture %s', (fixture) => {
  it('turns input/ into output/, and output/ is left unchanged (idempotence)', async () => {
    const root = copyOf(fixture, 'input');
    apply(root, await findDeadCode({ root }));
    expect(readTree(root)).toEqual(readTree(join(FIXTURES, fixture, 'output')));
    const again = await findDeadCode({ root: copyOf(fixture, 'output') });
    expect(again.changes.size).toBe(0);
    expect(again.findings.filter((f) => f.action !== 'report')).toEqual([]);
  });
});

describe('esm-chain: a TypeScript ES module project', () => {
  it('removes each kind, to a fixpoint, keeping effects and the side-effect import', async () => {
    const result = await findDeadCode({ root: copyOf('esm-chain', 'input') });
    // `Cache` and `TABLE` go as exports (`export { Cache, TABLE }`): their declarations are not counted again as locals
    expect(result.counts).toEqual({
      imports: 2,
      locals: 2,
      unreachable: 1,
      members: 2,
      exports: 6,
      files: 2,
      params: 0,
    });
    const short = result.findings.map((f) => `${f.kind} ${f.path}:${f.line} ${f.name} ${f.action}`);
    expect(short).toContain('locals src/lib.ts:7 timer keep-initializer');
    expect(short).toContain('exports src/lib.ts:22 onlyLocal unexport');
    expect(short).toContain('exports src/lib.ts:26 answer keep-initializer');
    expect(short).toContain('files src/format.ts:1 src/format.ts delete-file');
    expect(result.rounds).toBeGreaterThanOrEqual(3);
  });

  it('takes one kind at a time with `only`', async () => {
    const result = await findDeadCode({ root: copyOf('esm-chain', 'input'), only: ['imports'] });
    expect(result.counts).toEqual({
      imports: 1,
      locals: 0,
      unreachable: 0,
      members: 0,
      exports: 0,
      files: 0,
      params: 0,
    });
    expect([...result.changes.keys()]).toEqual(['src/index.ts']);
  });

  it('edits only inside the paths given, while the analysis stays project-wide', async () => {
    const result = await findDeadCode({ root: copyOf('esm-chain', 'input'), paths: ['src/types.ts'] });
    expect([...result.changes.keys()]).toEqual(['src/types.ts']);
    expect(result.findings.map((f) => `${f.kind} ${f.name}`)).toEqual(['exports Unused']);
  });
});

describe('keep-reasons: CommonJS and TypeScript, with everything that must stay', () => {
  it('keeps with the reason: dynamic require, non-code mentions, markers, decorators, merging, unparsable users', async () => {
    const result = await findDeadCode({ root: copyOf('keep-reasons', 'input') });
    expect(result.kept.map((k) => `${k.kind} ${k.path}:${k.line} ${k.name} ${k.reason}`)).toEqual([
      'files handlers/email.js:1 handlers/email.js dynamic-import',
      'locals lib/decorated.ts:5 Service decorated',
      'exports lib/decorated.ts:8 Merged declaration-merging',
      'exports lib/helpers.js:7 whisper unparsable-user',
      'files lib/plugin.ts:1 lib/plugin.ts marked-keep',
      'exports lib/util.js:13 format_legacy non-code-mention',
      'exports lib/util.js:14 debug_dump marked-keep',
      'files lib/widget.js:1 lib/widget.js non-code-mention',
    ]);
    expect(result.unparsable).toEqual(['src/broken.js']);
    expect(result.findings.map((f) => `${f.kind} ${f.name} ${f.action}`)).toEqual(['exports counter keep-initializer']);
    expect(result.kept.find((k) => k.kind === 'files' && k.reason === 'dynamic-import')?.detail).toBe(
      'index.js:7 loads "handlers/*.js"',
    );
  });
});

describe('monorepo: two packages importing each other by workspace name', () => {
  it('follows workspace names through the cycle and says which entry points it assumed', async () => {
    const result = await findDeadCode({ root: copyOf('monorepo', 'input') });
    expect(result.findings.map((f) => `${f.kind} ${f.path} ${f.name}`)).toEqual([
      'exports packages/a/src/name.js other',
      'exports packages/b/src/shared.js unused',
    ]);
    expect(result.entries.assumed).toEqual([
      'packages/c/package.json names no entry point (main, module, exports, bin), has no index.js and no tests: its entry points are unclear, so only unused imports and locals are removed in packages/c (list its source entry files in upkeep.config.json "entries")',
    ]);
    expect(result.kept.filter((k) => k.reason === 'entries-unclear').map((k) => k.path)).toEqual([
      'packages/c/lib/tool.js',
    ]);
  });

  it('takes extra entry points, and refuses one that matches nothing', async () => {
    const root = copyOf('monorepo', 'input');
    const result = await findDeadCode({ root, entries: ['packages/c/lib/*.js'] });
    expect(result.counts.files).toBe(0);
    await expect(findDeadCode({ root, entries: ['nowhere/*.js'] })).rejects.toThrow(
      'entries: "nowhere/*.js" matches no JavaScript or TypeScript file',
    );
  });
});

describe('unused parameters', () => {
  it('are reported only, and removed with removeParams where every call site is known', async () => {
    const root = createTempDir('upkeep-dead-code-');
    temps.push(root);
    writeFileSync(join(root, 'package.json'), '{ "main": "index.js" }\n');
    writeFileSync(
      join(root, 'index.js'),
      'function add(a, b, unused) {\n  return a + b;\n}\n\nfunction pass(fn, x) {\n  return fn();\n}\n\nmodule.exports = { total: add(1, 2, 3) + add(3, 4, 5), pass: pass };\n',
    );
    const reported = await findDeadCode({ root });
    expect(reported.findings.map((f) => `${f.kind} ${f.name} ${f.action}`)).toEqual([
      'params unused report',
      'params x report',
    ]);
    expect(reported.changes.size).toBe(0);
    const removed = await findDeadCode({ root, removeParams: true });
    expect(removed.changes.get('index.js')?.after).toBe(
      'function add(a, b) {\n  return a + b;\n}\n\nfunction pass(fn, x) {\n  return fn();\n}\n\nmodule.exports = { total: add(1, 2) + add(3, 4), pass: pass };\n',
    );
    expect(removed.kept.map((k) => `${k.name} ${k.reason}`)).toEqual(['x call-sites-unknown']);
    expect(existsSync(join(root, 'index.js'))).toBe(true);
  });
});

describe('CommonJS export objects', () => {
  it('leaves `module.exports = {}` when no property is used, never a dangling comma', async () => {
    const root = createTempDir('upkeep-dead-code-');
    temps.push(root);
    writeFileSync(join(root, 'package.json'), '{ "main": "index.js" }\n');
    writeFileSync(
      join(root, 'index.js'),
      "require('./lib');\nconst { b } = require('./other');\nmodule.exports = b;\n",
    );
    writeFileSync(join(root, 'lib.js'), 'function a() {\n  return 1;\n}\n\nmodule.exports = {\n  a,\n};\n');
    writeFileSync(join(root, 'other.js'), 'const a = 1;\nconst b = 2;\nmodule.exports = { a: a, b, };\n');
    const result = await findDeadCode({ root });
    expect(result.changes.get('lib.js')?.after).toBe('module.exports = {};\n');
    expect(result.changes.get('other.js')?.after).toBe('const b = 2;\nmodule.exports = { b, };\n');
  });
});
