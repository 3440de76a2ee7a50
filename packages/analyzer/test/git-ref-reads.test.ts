import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyze, analyzeChange, analyzeHistory } from '../src/index.js';
import { BlobReader } from '../src/sources/blob-reader.js';
import { COUNTING_CATEGORIES, COUNTING_CONFIG } from './fixtures.js';

/**
 * What `score --ref` and `diff` read from git: a commit's modules are listed from the facts cache
 * (class and environment facts by blob), so with a warm cache only the changed modules are read,
 * once to learn them and once to lint them, plus the few files the project model reads as text.
 */
const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const MODULES = 40;
const moduleText = (index: number, extra = ''): string =>
  `const value${index} = ${index};\nif (value${index} == 1) {\n  console.log('one');\n}\n${extra}module.exports = value${index};\n`;

function project(): TempRepo {
  const files: Record<string, string> = {
    'eslint.config.mjs': COUNTING_CONFIG,
    'package.json': JSON.stringify({ name: 'app' }),
  };
  for (let index = 0; index < MODULES; index++) files[`src/m${index}.js`] = moduleText(index);
  const repo = createTempRepo(files);
  repos.push(repo);
  repo.commit('base');
  return repo;
}

/** Blobs read by every reader while `run` runs. */
async function readsOf<T>(run: () => Promise<T>): Promise<{ result: T; reads: number }> {
  const before = BlobReader.readsInProcess;
  const result = await run();
  return { result, reads: BlobReader.readsInProcess - before };
}

describe('score --ref and diff read only what they do not know', () => {
  it('scores a commit a second time reading no module, and a diff of 3 changed modules reading those', async () => {
    const repo = project();
    const options = {
      root: repo.dir,
      eslintConfig: join(repo.dir, 'eslint.config.mjs'),
      categories: COUNTING_CATEGORIES,
      jobs: 1,
    };
    const cold = await readsOf(() => analyze({ ...options, ref: 'HEAD' }));
    expect(cold.result.stats.linted).toBe(MODULES + 1);
    // every module and the config module once to learn it and once to lint it, and package.json
    // once for the project model
    const modelReads = 1;
    expect(cold.reads).toBe(2 * (MODULES + 1) + modelReads);

    const warm = await readsOf(() => analyze({ ...options, ref: 'HEAD' }));
    expect(warm.result.stats.linted).toBe(0);
    expect(warm.reads).toBe(modelReads);
    expect(JSON.stringify(warm.result.report.modules)).toBe(JSON.stringify(cold.result.report.modules));
    expect(warm.result.report.total).toEqual(cold.result.report.total);

    repo.git('checkout', '-q', '-b', 'feature');
    for (const index of [1, 2, 3]) repo.write({ [`src/m${index}.js`]: moduleText(index, 'debugger;\n') });
    repo.commit('three changed');
    const diff = await readsOf(() => analyzeChange({ ...options, base: 'main', head: 'feature' }));
    expect(diff.result.stats.linted).toBe(3);
    // head: the 3 new blobs learned and linted; base: its 3 old blobs from the caches; and the
    // model's package.json for each side
    expect(diff.reads).toBe(2 * 3 + 2 * modelReads);
  });
});

describe('a blob missing from the repository', () => {
  it('is an unreadable module naming the object, in score --ref and in trend, and is not remembered', async () => {
    const repo = project();
    const blob = repo.git('rev-parse', 'HEAD:src/m7.js').trim();
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const options = {
      root: repo.dir,
      eslintConfig: join(repo.dir, 'eslint.config.mjs'),
      categories: COUNTING_CATEGORIES,
      jobs: 1,
    };
    const why = `git object ${blob} is missing from the repository`;
    for (let run = 0; run < 2; run++) {
      const { report } = await analyze({ ...options, ref: 'HEAD' });
      const module = report.modules.find((found) => found.path === 'src/m7.js')!;
      expect(JSON.stringify(module)).toContain(why);
      expect(report.modules).toHaveLength(MODULES + 1);
      const history = await analyzeHistory(options);
      const point = history.points[0]!.report.modules.find((found) => found.path === 'src/m7.js')!;
      expect(JSON.stringify(point)).toContain(why);
    }
  });
});
