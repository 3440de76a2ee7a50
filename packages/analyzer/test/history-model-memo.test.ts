import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { FactsStore } from '../src/environment/facts-cache.js';
import { detectEnvironments, environmentModelOf } from '../src/environment/index.js';
import { CommitModelMemo, CommitPlanMemo } from '../src/history/model-memo.js';
import { commitTrees } from '../src/history/trees.js';
import { commitProjectFiles } from '../src/project/commit-files.js';
import { modelOfFiles } from '../src/project/model.js';
import type { ProjectModel } from '../src/project/types.js';
import { BlobReader } from '../src/sources/blob-reader.js';

/** A trend reuses a commit's project model for the next commit only when nothing the model depends on changed. */
let repo: TempRepo;
const commits: string[] = [];
beforeAll(() => {
  repo = createTempRepo({
    'package.json': JSON.stringify({ name: 'app', scripts: { test: 'mocha' } }),
    'src/a.js': 'module.exports = 1;\n',
    'test/a.test.js': "describe('a', () => {});\n",
  });
  commits.push(repo.commit('initial'));
  repo.write({ 'src/a.js': 'module.exports = 2;\n' });
  commits.push(repo.commit('edit a module'));
  repo.write({ 'package.json': JSON.stringify({ name: 'app', type: 'module', scripts: { test: 'jest' } }) });
  commits.push(repo.commit('change the manifest'));
  repo.write({ 'src/b.js': 'export const b = 1;\n' });
  commits.push(repo.commit('add a module'));
  repo.write({ 'src/b.js': Buffer.from([0, 1, 2]) });
  commits.push(repo.commit('a module becomes binary'));
});
afterAll(() => repo.cleanup());

/** What a model holds, without its functions. */
function view(model: ProjectModel): unknown {
  return {
    files: model.files,
    allFiles: model.allFiles,
    packages: model.packages,
    testRunners: model.testRunners,
    testFiles: [...model.testFiles],
    entries: [...model.entries],
    notices: model.notices,
    listing: model.listing,
    packageTypeOfTest: model.packageOf('test/a.test.js')?.type,
  };
}

describe('CommitModelMemo', () => {
  it('reuses the model across a module edit and builds it again when the manifest, the paths or a verdict change', async () => {
    const reader = new BlobReader(repo.dir);
    const knowledge = { store: await FactsStore.open(undefined), maxFileSize: 1024 * 1024 };
    const memo = new CommitModelMemo();
    const built: string[] = [];
    try {
      let index = 0;
      for await (const tree of commitTrees(repo.dir, '', commits)) {
        const commit = commits[index++]!;
        const filter = { pathspecs: [''] };
        const files = await commitProjectFiles(repo.dir, '', commit, filter, reader, knowledge, tree);
        const before = memo.counters.built;
        const model = await memo.modelOf(files, tree, (input) => modelOfFiles(repo.dir, input));
        if (memo.counters.built > before) built.push(commit);
        const fresh = await commitProjectFiles(repo.dir, '', commit, filter, reader, knowledge, tree);
        expect(view(model), `commit ${index}`).toEqual(view(await modelOfFiles(repo.dir, fresh)));
      }
    } finally {
      await reader.close();
    }
    expect(built).toEqual([commits[0], commits[2], commits[3], commits[4]]);
    expect(memo.counters).toEqual({ built: 4, reused: 1 });
  });
});

describe('CommitPlanMemo', () => {
  it('reuses the environment plan only while the model, the modules and their facts are unchanged', async () => {
    const reader = new BlobReader(repo.dir);
    const store = await FactsStore.open(undefined);
    const knowledge = { store, maxFileSize: 1024 * 1024 };
    const models = new CommitModelMemo();
    const plans = new CommitPlanMemo();
    const reused: boolean[] = [];
    try {
      let index = 0;
      for await (const tree of commitTrees(repo.dir, '', commits)) {
        const commit = commits[index++]!;
        const files = await commitProjectFiles(repo.dir, '', commit, { pathspecs: [''] }, reader, knowledge, tree);
        const model = await models.modelOf(files, tree, (input) => modelOfFiles(repo.dir, input));
        const paths = model.listing.entries.filter((entry) => files.isModule?.(entry.path)).map((entry) => entry.path);
        const facts = new Map(
          model.listing.entries.map((entry) => [entry.path, store.knownFacts(entry.path, entry.blob)!]),
        );
        const before = plans.counters.reused;
        const plan = await plans.planOf(models.generation, paths, facts, tree, model.read, (read) =>
          detectEnvironments(environmentModelOf(read ? { ...model, read } : model, paths), { facts }),
        );
        reused.push(plans.counters.reused > before);
        const fresh = await detectEnvironments(environmentModelOf(model, paths), { facts });
        expect({ ...plan, groupOf: undefined }, `commit ${index}`).toEqual({ ...fresh, groupOf: undefined });
        for (const path of paths) expect(plan.groupOf(path)).toBe(fresh.groupOf(path));
      }
    } finally {
      await reader.close();
    }
    // commit 2 edits a.js from `module.exports = 1` to `= 2`: the same facts, the same plan
    expect(reused).toEqual([false, true, false, false, false]);
  });
});
