import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { commitTrees } from '../src/history/trees.js';
import { readTree, type CommitTree } from '../src/sources/git-tree.js';

/**
 * A trend lists its commits' trees from one `git log --raw` applied to the first commit's tree:
 * each must equal what `git ls-tree -r -l` gives for that commit, in every kind of change.
 */
let repo: TempRepo;
const commits: string[] = [];

beforeAll(() => {
  repo = createTempRepo({
    'app/src/a.js': 'export const a = 1;\n',
    'app/src/b.js': 'export const b = 2;\n',
    'app/package.json': '{"name":"app"}\n',
    'app/a.b': 'sorts before app/a/\n',
    'other/x.js': 'x\n',
  });
  commits.push(repo.commit('initial'));
  repo.write({ 'app/src/a.js': 'export const a = 10;\n', 'app/src/é/ü.js': 'unicode\n', 'app/src/𝒳.js': 'astral\n' });
  commits.push(repo.commit('modify, add unicode paths'));
  repo.remove('app/src/b.js');
  repo.git('mv', 'app/package.json', 'app/manifest.json');
  symlinkSync('src/a.js', join(repo.dir, 'app/link.js'));
  commits.push(repo.commit('delete, rename, symlink'));
  repo.write({ 'other/x.js': 'outside the project only\n' });
  commits.push(repo.commit('outside the prefix'));
  commits.push(repo.commit('empty'));
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'app/src/feature.js': 'feature\n', 'app/src/a.js': 'export const a = 11;\n' });
  repo.commit('feature 1');
  repo.write({ 'app/src/feature.js': 'feature 2\n' });
  repo.commit('feature 2');
  repo.git('checkout', '-q', 'main');
  repo.remove('app/link.js');
  repo.write({ 'app/link.js': 'now a file\n', 'app/src/main.js': 'main\n' });
  commits.push(repo.commit('symlink becomes a file'));
  repo.git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
  commits.push(repo.git('rev-parse', 'HEAD').trim());
  repo.write({ 'app/big.js': 'x'.repeat(5000) });
  commits.push(repo.commit('a larger file'));
});
afterAll(() => repo.cleanup());

async function all(prefix: string, sample: readonly string[]): Promise<CommitTree[]> {
  const out: CommitTree[] = [];
  for await (const tree of commitTrees(repo.dir, prefix, sample)) out.push(tree);
  return out;
}

describe('commitTrees', () => {
  it('gives the tree ls-tree gives for every commit, at the top level and below a prefix', async () => {
    for (const prefix of ['', 'app']) {
      const trees = await all(prefix, commits);
      expect(trees).toHaveLength(commits.length);
      for (const [index, commit] of commits.entries()) {
        expect(trees[index], `${prefix || '(top)'} at commit ${index}`).toEqual(
          await readTree(repo.dir, prefix, commit),
        );
      }
    }
    // the merge brings the feature's files, and the symlink is a file again
    const last = (await all('app', commits)).at(-1)!;
    expect(last.blobs.get('src/feature.js')?.size).toBe('feature 2\n'.length);
    expect(last.blobs.get('link.js')?.size).toBe('now a file\n'.length);
    expect(last.blobs.get('big.js')?.size).toBe(5000);
  });

  it('gives the same for a sample that skips commits, and for one commit', async () => {
    const sample = [commits[0]!, commits[3]!, commits[6]!];
    const trees = await all('app', sample);
    for (const [index, commit] of sample.entries())
      expect(trees[index]).toEqual(await readTree(repo.dir, 'app', commit));
    expect(await all('', [commits[2]!])).toEqual([await readTree(repo.dir, '', commits[2]!)]);
  });
});
