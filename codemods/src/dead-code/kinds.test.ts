// One fixture project per way real code is loaded, kept or published (issue: dead-code correct on
// real code bases). Each fixture's own test.js exercises the behaviour; it passes before and after.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir, readTree } from '@upkeep/test-utils';
import { findDeadCode } from './find-dead-code.js';
import { toPlan } from './index.js';
import type { DeadCodeResult } from './types.js';

const FIXTURES = join(import.meta.dirname, '__testfixtures__');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOf(fixture: string, side: 'input' | 'output'): string {
  const dir = createTempDir('upkeep-dead-code-kinds-');
  temps.push(dir);
  cpSync(join(FIXTURES, fixture, side), dir, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  return dir;
}

function apply(root: string, result: DeadCodeResult): void {
  for (const [path, change] of result.changes) {
    if (change.after === null) rmSync(join(root, path));
    else writeFileSync(join(root, path), change.after);
  }
}

function runTest(root: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['test.js'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

interface Expectation {
  counts: Partial<Record<string, number>>;
  /** `reason kind path name` of everything kept */
  kept: string[];
  /** `kind path name` of removals that keep an expression for its effects */
  keptForEffects?: string[];
  /** root-relative files that must be entry points (with a word of the reason) */
  entries?: Record<string, string>;
}

const KINDS: Record<string, Expectation> = {
  // 1. tests and tools, as their runners find them
  'mocha-test-dir': {
    counts: { exports: 1 },
    kept: [],
    entries: { 'test/slug.js': 'mocha', 'test/helpers.js': 'mocha' },
  },
  'jest-testmatch': { counts: { exports: 1 }, kept: [], entries: { 'checks/math.check.js': 'jest' } },
  'script-glob-tests': {
    counts: { exports: 1 },
    kept: ['dynamic-import files tests/util.js tests/util.js'],
    entries: { 'tests/test-parse.js': 'tape', 'tests/test-index.js': 'tape' },
  },
  // 2. code loaded without an import statement
  'worker-new-url': {
    counts: { imports: 1, exports: 1, files: 1 },
    kept: ['dynamic-load files src/hash-worker.js src/hash-worker.js', 'dynamic-load files src/util.js src/util.js'],
  },
  'fork-child-process': {
    counts: { files: 1 },
    kept: [
      'dynamic-load files lib/jobs/square.js lib/jobs/square.js',
      // lib/tools/version.js is not a finding at all: a tools/ directory holds programs run by hand (an entry point)
    ],
  },
  'glob-migration': {
    counts: { locals: 1 },
    kept: [
      'dynamic-load files src/migration/001-create.js src/migration/001-create.js',
      'dynamic-load files src/migration/002-rename.js src/migration/002-rename.js',
      // `require(path.join(dir, f))` with a directory the loader is given: it could load any file
      'dynamic-import files src/stale.js src/stale.js',
    ],
  },
  'readdir-plugins': {
    counts: { locals: 1, exports: 1 },
    kept: [
      'dynamic-import files plugins/csv.js plugins/csv.js',
      'dynamic-import files plugins/json.js plugins/json.js',
      'dynamic-import files shared/indent.js shared/indent.js',
    ],
  },
  // 3. built paths map back to sources through every tsconfig
  'ts-cjs-main': { counts: { exports: 1, files: 1 }, kept: [], entries: { 'src/index.ts': 'main' } },
  'esm-shim-build-path': { counts: { exports: 1, files: 1 }, kept: [] },
  // 4. side effects are kept
  'side-effect-import': {
    counts: { imports: 5, exports: 2, files: 2 },
    kept: [],
    keptForEffects: [
      'imports lib-cjs/index.js plugins',
      'imports src/index.js BUILTIN_VERSION',
      'imports src/index.js polyfilled',
    ],
  },
  'getter-read': {
    counts: { locals: 7 },
    kept: [],
    keptForEffects: ['locals index.js reflow', 'locals index.js check', 'locals index.js size'],
  },
  // 5. reflection keeps names
  'enum-reflection': {
    counts: { exports: 1 },
    kept: [
      'reflection exports src/colors.ts red',
      'reflection exports src/colors.ts green',
      'reflection members src/registry.ts alpha',
      'reflection members src/registry.ts beta',
      'reflection members src/registry.ts unusedField',
    ],
  },
  // 6. public API is everything an entry exposes
  'cjs-namespace-api': { counts: { exports: 1, files: 1 }, kept: [] },
  // 7. fixtures (and minified files) are never edited
  'fixtures-untouched': { counts: { imports: 1 }, kept: [] },
  // 8. unclear entry points: only imports and locals
  'unclear-entries': {
    counts: { imports: 1, locals: 1 },
    kept: ['entries-unclear files lib/orphan.js lib/orphan.js', 'entries-unclear files lib/other.js lib/other.js'],
  },
};

describe.each(Object.keys(KINDS))('fixture %s', (fixture) => {
  const expected = KINDS[fixture]!;

  it('turns input/ into output/; its test passes before and after; output/ stays as it is', async () => {
    const root = copyOf(fixture, 'input');
    expect(runTest(root)).toMatchObject({ status: 0 });
    const result = await findDeadCode({ root });
    apply(root, result);
    expect(readTree(root, ['.git', '.upkeep'])).toEqual(readTree(join(FIXTURES, fixture, 'output')));
    expect(runTest(root)).toMatchObject({ status: 0 });
    const again = await findDeadCode({ root: copyOf(fixture, 'output') });
    expect(again.changes.size).toBe(0);
  });

  it('removes and keeps what it should, with the reasons', async () => {
    const result = await findDeadCode({ root: copyOf(fixture, 'input') });
    const counts = Object.fromEntries(Object.entries(result.counts).filter(([kind, n]) => n > 0 && kind !== 'params'));
    expect(counts).toEqual(expected.counts);
    expect(result.kept.map((k) => `${k.reason} ${k.kind} ${k.path} ${k.name}`)).toEqual(expected.kept);
    expect(
      result.findings.filter((f) => f.action === 'keep-initializer').map((f) => `${f.kind} ${f.path} ${f.name}`),
    ).toEqual(expected.keptForEffects ?? []);
    expect(result.internalErrors).toEqual([]);
  });

  if (expected.entries) {
    it('finds the entry points as their runner or package does', async () => {
      const { buildProjectModel } = await import('@upkeep/analyzer');
      const model = await buildProjectModel(copyOf(fixture, 'input'));
      for (const [file, word] of Object.entries(expected.entries!)) expect(model.entries.get(file)).toContain(word);
    });
  }
});

describe('isolatable groups', () => {
  it('one group per removal; a later-round removal requires the removal that made it dead; changesFor(kept) drops what depends on a dropped group', async () => {
    const root = copyOf('worker-new-url', 'input');
    const result = await findDeadCode({ root });
    const plan = toPlan(result, false, (allow) => findDeadCode({ root, allow }));
    const byLabel = new Map(plan.groups!.map((g) => [g.label, g]));
    const importGroup = byLabel.get('unused import unusedHelper (src/index.js:2)')!;
    const exportGroup = byLabel.get('unused export unusedHelper (src/util.js:5)')!;
    expect(importGroup.kind).toBe('import');
    expect(exportGroup.requires).toEqual([importGroup.id]);
    expect(byLabel.get('unreachable file src/orphan.js')?.requires).toBeUndefined();

    const all = new Set(plan.groups!.map((g) => g.id));
    expect(await plan.changesFor!(all)).toEqual(plan.changes);
    // the import stays: the export it reads stays with it; the orphan file still goes
    const withoutImport = await plan.changesFor!(new Set([...all].filter((id) => id !== importGroup.id)));
    expect(withoutImport.map((c) => `${c.path} ${c.after === null ? 'deleted' : 'changed'}`)).toEqual([
      'src/orphan.js deleted',
    ]);
    expect(await plan.changesFor!(new Set())).toEqual([]);
  });
});
