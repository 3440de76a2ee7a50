import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyzeHistory, type HistoryOptions, type HistoryResult } from '../src/index.js';
import { FACTS_CACHE_VERSION, factsCacheFile } from '../src/environment/facts-cache.js';
import { CLEAN, COUNTING_CATEGORIES, COUNTING_CONFIG, TEN_STATEMENTS } from './fixtures.js';

/**
 * What a trend reads from git: a blob once per run at most, and on a second run only what the
 * facts cache does not know (the classes and environment facts of every blob it has seen) plus
 * what is linted. Counted on the reader (`stats.blobsRead`), in a real repository.
 */
let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]);
/** 1,200 bytes of ordinary code: a module by default, too large under a limit of 1,000 */
const SIZED = `${Array.from({ length: 60 }, (_, i) => `export const value${String(i).padStart(3, '0')} = ${i};`).join('\n')}\n`;

/**
 * Three commits, every module kind met in one: text modules, a binary .js, a minified file name,
 * and a package.json (read by the project model as text, never as a module).
 */
function threeCommits(): TempRepo {
  const made = createTempRepo({
    'eslint.config.mjs': COUNTING_CONFIG,
    'package.json': JSON.stringify({ name: 'app', devDependencies: { mocha: '10.0.0' } }),
    'src/a.js': TEN_STATEMENTS,
    'src/b.js': CLEAN,
    'src/sized.js': SIZED,
    'src/image.js': BINARY,
    'src/lib.min.js': 'var a=1;\n',
  });
  made.commit('initial');
  made.write({ 'src/b.js': `${CLEAN}console.log('two');\n` });
  made.commit('change b');
  made.write({ 'test/a.test.js': "describe('a', () => {\n  it('works', () => {});\n});\n" });
  made.commit('add a test');
  return made;
}

function options(extra: Partial<HistoryOptions> = {}): HistoryOptions {
  return {
    root: repo!.dir,
    eslintConfig: join(repo!.dir, 'eslint.config.mjs'),
    categories: COUNTING_CATEGORIES,
    jobs: 1,
    ...extra,
  };
}

/** The skip reasons of every point, by path. */
function skips(history: HistoryResult): Array<Record<string, string>> {
  return history.points.map((point) =>
    Object.fromEntries(
      point.report.skipped.filter((file) => file.path.startsWith('src/')).map((file) => [file.path, file.reason]),
    ),
  );
}

describe('trend reads only what it does not know', () => {
  it('reads each blob once in a cold run, and on a second run only the new module and the model files', async () => {
    repo = threeCommits();
    const cold = await analyzeHistory(options());
    // listing: eslint.config.mjs, a.js, b.js (2 versions), sized.js, image.js, lib.min.js, a.test.js
    // = 8 blobs, each read once across the 3 commits; linting: the 6 text versions (the binary and
    // the minified are known as skips); the model: package.json once (one blob in every commit)
    expect(cold.stats.linted).toBe(8);
    expect(cold.stats.blobsRead).toBe(8 + 6 + 1);

    const warm = await analyzeHistory(options());
    expect(warm.stats.linted).toBe(0);
    // nothing but package.json: the classes and facts of every module come from the facts cache
    expect(warm.stats.blobsRead).toBe(1);
    expect(JSON.stringify(warm.points)).toBe(JSON.stringify(cold.points));

    repo.write({ 'src/a.js': `${TEN_STATEMENTS}console.log('three');\n` });
    repo.commit('change a');
    const next = await analyzeHistory(options());
    expect(next.points).toHaveLength(4);
    expect(next.stats.linted).toBe(1);
    // the new a.js: once to list it (class and facts), once to lint it; package.json once
    expect(next.stats.blobsRead).toBe(1 + 1 + 1);
    expect(JSON.stringify(next.points.slice(0, 3))).toBe(JSON.stringify(cold.points));
  });

  it('keeps a blob first seen as a skip a skip from the cache, never reading it again', async () => {
    repo = threeCommits();
    const first = await analyzeHistory(options());
    const expected = { 'src/image.js': 'binary', 'src/lib.min.js': 'minified' };
    expect(skips(first)).toEqual([expected, expected, expected]);
    const stored = JSON.parse(readFileSync(factsCacheFile(join(repo.dir, '.upkeep')), 'utf8'));
    expect(stored.version).toBe(FACTS_CACHE_VERSION);
    expect(Object.values(stored.classes)).toContainEqual({
      kind: 'skip',
      reason: 'binary',
      detail: 'contains NUL bytes',
    });

    // with the lint results gone, the skips are decided from the facts cache alone: read is only
    // package.json and the 6 text versions to lint again
    rmSync(join(repo.dir, '.upkeep', 'cache'), { recursive: true });
    mkdirSync(join(repo.dir, '.upkeep', 'cache'), { recursive: true });
    writeFileSync(factsCacheFile(join(repo.dir, '.upkeep')), JSON.stringify(stored));
    const second = await analyzeHistory(options());
    expect(skips(second)).toEqual([expected, expected, expected]);
    expect(second.stats.blobsRead).toBe(1 + 6);
    expect(JSON.stringify(second.points)).toBe(JSON.stringify(first.points));
  });

  it('decides again when --max-file-size changes, from the size alone, and ignores a facts cache of another version', async () => {
    repo = threeCommits();
    const limited = await analyzeHistory(options({ maxFileSize: 1000 }));
    expect(limited.points[0]!.report.skipped).toContainEqual({
      path: 'src/sized.js',
      reason: 'too-large',
      detail: `${SIZED.length} bytes, over the limit of 1000 (maxFileSize)`,
    });
    // too large is never read, not even to list it: 7 blobs listed, 5 text versions linted, package.json
    expect(limited.stats.blobsRead).toBe(7 + 5 + 1);

    const unlimited = await analyzeHistory(options());
    expect(unlimited.points[0]!.report.modules.map((module) => module.path)).toContain('src/sized.js');
    expect(unlimited.points[0]!.report.skipped.map((file) => file.path)).not.toContain('src/sized.js');
    // sized.js read once to learn its class and once to lint it
    expect(unlimited.stats.blobsRead).toBe(2 + 1);

    const again = await analyzeHistory(options({ maxFileSize: 1000 }));
    expect(JSON.stringify(again.points)).toBe(JSON.stringify(limited.points));
    expect(again.stats.blobsRead).toBe(1);

    // a cache of another version (or of the same version) claiming a.js's blob is binary: the
    // first is ignored and a.js classified from its content; the second is believed
    const file = factsCacheFile(join(repo.dir, '.upkeep'));
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    const aBlob = repo.git('rev-parse', 'HEAD:src/a.js').trim();
    expect(stored.classes[aBlob]).toEqual({ kind: 'module' });
    const lie = { kind: 'skip', reason: 'binary', detail: 'contains NUL bytes' };
    const plant = (version: number): void => {
      rmSync(join(repo!.dir, '.upkeep'), { recursive: true });
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, JSON.stringify({ ...stored, version, classes: { ...stored.classes, [aBlob]: lie } }));
    };
    plant(FACTS_CACHE_VERSION - 1);
    const otherVersion = await analyzeHistory(options());
    expect(otherVersion.points[0]!.report.modules.map((module) => module.path)).toContain('src/a.js');
    expect(JSON.stringify(otherVersion.points)).toBe(JSON.stringify(unlimited.points));
    plant(FACTS_CACHE_VERSION);
    const believed = await analyzeHistory(options());
    expect(believed.points[0]!.report.skipped).toContainEqual({
      path: 'src/a.js',
      reason: 'binary',
      detail: 'contains NUL bytes',
    });
  });

  it('gives the same points with the cache disabled, and writes nothing then', async () => {
    repo = threeCommits();
    const uncached = await analyzeHistory(options({ cache: false }));
    expect(existsSync(join(repo.dir, '.upkeep'))).toBe(false);
    // still once per blob per run: the in-memory knowledge is kept with the cache disabled too
    expect(uncached.stats.blobsRead).toBe(8 + 6 + 1);
    const cached = await analyzeHistory(options());
    expect(JSON.stringify(uncached.points)).toBe(JSON.stringify(cached.points));
  });
});
