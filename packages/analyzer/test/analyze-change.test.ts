import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diffReports, formatScore } from '@upkeep/core';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyzeChange, InputError, parseHunks, type AnalyzeChangeOptions } from '../src/index.js';
import { CLEAN, COUNTING_CATEGORIES, COUNTING_CONFIG, TEN_STATEMENTS } from './fixtures.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** 5 statements, 1 warning (==) on line 3: 10 - 1/5·10 = 8.00 */
const ONE_WARNING = `const limit = 3;
function check(value) {
  return value == limit;
}
check(1);
export { check };
`;
/** a module long enough for git to detect its rename after a small edit */
const LONG = Array.from({ length: 20 }, (_, index) => `export const value_${index} = ${index} == 1;\n`).join('');

function setUp(): {
  repo: TempRepo;
  base: string;
  options: (extra?: Partial<AnalyzeChangeOptions>) => AnalyzeChangeOptions;
} {
  const repo = createTempRepo({
    'eslint.config.mjs': COUNTING_CONFIG,
    'src/a.js': TEN_STATEMENTS,
    'src/moved.js': ONE_WARNING,
    'src/gone.js': CLEAN,
    'src/same.js': CLEAN,
    'src/old name.js': LONG,
    'README.md': '# demo\n',
  });
  repos.push(repo);
  const base = repo.commit('base');
  return {
    repo,
    base,
    options: (extra = {}) => ({
      root: repo.dir,
      base: 'main',
      eslintConfig: join(repo.dir, 'eslint.config.mjs'),
      categories: COUNTING_CATEGORIES,
      jobs: 1,
      ...extra,
    }),
  };
}

describe('analyzeChange', () => {
  it('scores base and head of a branch linting only the changed modules, with renames, moves and line hunks', async () => {
    const { repo, options } = setUp();
    // a warm cache from the base, as CI restores it
    await analyzeChange({ ...options(), base: 'main~0', head: undefined }).catch(() => undefined);
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({
      'src/a.js': TEN_STATEMENTS.replace('  debugger;\n', ''),
      // five lines inserted above: the warning moves from line 3 to line 8 but is not new
      'src/moved.js': `// a\n// b\n// c\n// d\n// e\n${ONE_WARNING}`,
      'src/new|`file`.js': 'var x = 1;\nexport { x };\n',
      'src/new name.js': LONG.replace('value_19 = 19 == 1', 'value_19 = 19 === 1'),
    });
    repo.remove('src/gone.js', 'src/old name.js');
    repo.commit('change');

    const change = await analyzeChange(options({ head: 'feature' }));
    expect(change.files.map((file) => [file.status, file.path, file.from])).toEqual([
      ['modified', 'src/a.js', undefined],
      ['deleted', 'src/gone.js', undefined],
      ['modified', 'src/moved.js', undefined],
      ['renamed', 'src/new name.js', 'src/old name.js'],
      ['added', 'src/new|`file`.js', undefined],
    ]);
    expect(change.hunks['src/moved.js']).toEqual([{ oldStart: 0, oldLines: 0, newStart: 1, newLines: 5 }]);
    expect(change.hunks['src/new name.js']).toEqual([{ oldStart: 20, oldLines: 1, newStart: 20, newLines: 1 }]);
    // a.js, moved.js, new name.js and the added module at the head; the base side came from the warm cache
    expect([change.stats.linted, change.stats.cacheHits, change.stats.coldCache]).toEqual([4, 6, false]);
    expect(change.base.modules.map((module) => module.path)).toEqual([
      'eslint.config.mjs',
      'src/a.js',
      'src/gone.js',
      'src/moved.js',
      'src/old name.js',
      'src/same.js',
    ]);

    const delta = diffReports(change);
    expect(
      delta.modules.map((module) => [
        module.path,
        module.change,
        formatScore(module.before?.score ?? null),
        formatScore(module.after?.score ?? null),
      ]),
    ).toEqual([
      ['src/a.js', 'modified', '3.00', '7.78'],
      ['src/gone.js', 'deleted', '10.00', 'n/a'],
      ['src/moved.js', 'modified', '8.00', '8.00'],
      ['src/new name.js', 'renamed', '0.00', '0.50'],
      ['src/new|`file`.js', 'added', 'n/a', '5.00'],
    ]);
    const moved = delta.modules.find((module) => module.path === 'src/moved.js')!;
    expect([moved.introduced, moved.fixed]).toEqual([[], []]);
    const a = delta.modules.find((module) => module.path === 'src/a.js')!;
    expect(a.fixed.map((message) => [message.ruleId, message.line])).toEqual([['no-debugger', 7]]);
    expect(a.introduced).toEqual([]);
    const renamed = delta.modules.find((module) => module.change === 'renamed')!;
    expect(renamed.fixed.map((message) => [message.ruleId, message.line])).toEqual([['eqeqeq', 20]]);
    const added = delta.modules.find((module) => module.change === 'added')!;
    expect(added.introduced.map((message) => [message.ruleId, message.line, message.onChangedLine])).toEqual([
      ['no-var', 1, true],
    ]);
    // the totals cover every module, changed or not
    expect(delta.total.before.modules).toBe(6);
    expect(delta.total.after.modules).toBe(6);
    // eslint.config.mjs (1), a.js, same.js, moved.js, old name.js, gone.js
    expect(delta.total.before.statements).toBe(1 + 10 + 4 + 5 + 20 + 4);
  });

  it('compares the work tree, uncommitted and untracked files included, with the base', async () => {
    const { repo, options } = setUp();
    repo.write({ 'src/a.js': TEN_STATEMENTS.replace('if (a == b)', 'if (a === b)'), 'src/untracked.js': CLEAN });
    const change = await analyzeChange(options());
    const delta = diffReports(change);
    expect(delta.head).toEqual({ kind: 'worktree' });
    expect(
      delta.modules.map((module) => [module.path, module.change, module.fixed.length, module.introduced.length]),
    ).toEqual([
      ['src/a.js', 'modified', 1, 0],
      ['src/untracked.js', 'added', 0, 0],
    ]);
    expect(change.hunks['src/a.js']).toEqual([{ oldStart: 3, oldLines: 1, newStart: 3, newLines: 1 }]);
  });

  it('rejects an unknown base, a head equal to the base and a shallow clone without the base, naming the fix', async () => {
    const { repo, options } = setUp();
    await expect(analyzeChange(options({ base: 'no-such-branch' }))).rejects.toThrow(
      new InputError(`--base no-such-branch: not a branch, tag or commit of the repository at ${repo.dir}`),
    );
    await expect(analyzeChange(options({ head: 'HEAD' }))).rejects.toThrow(
      /^--base main and --head HEAD are the same commit \([0-9a-f]{12}\): there is no change to compare$/,
    );
    repo.write({ 'src/more.js': CLEAN });
    repo.commit('second');
    const clone = createTempRepo();
    repos.push(clone);
    clone.git('fetch', '-q', '--depth=1', `file://${repo.dir}`, 'main');
    clone.git('checkout', '-q', 'FETCH_HEAD');
    await expect(analyzeChange({ ...options(), root: clone.dir, base: 'HEAD~1' })).rejects.toThrow(
      '--base HEAD~1: unknown in this shallow clone; fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)',
    );
  });
});

describe('parseHunks', () => {
  it('reads quoted paths, names with spaces and content lines that look like headers', () => {
    const patch = [
      'diff --git a/src/x.js b/src/x.js',
      '--- a/src/x.js',
      '+++ b/src/x.js',
      '@@ -2 +2,2 @@',
      '--- a/not-a-header',
      '+++ b/not-a-header',
      '+diff --git inside content',
      '\\ No newline at end of file',
      'diff --git "a/src/q\\"uote.js" "b/src/q\\"uote.js"',
      '--- "a/src/q\\"uote.js"',
      '+++ "b/src/q\\"uote.js"',
      '@@ -1,0 +1 @@',
      '+x',
      'diff --git a/src/sp ace.js b/src/sp ace.js',
      '--- a/src/sp ace.js\t',
      '+++ b/src/sp ace.js\t',
      '@@ -4,2 +3,0 @@',
      '-a',
      '-b',
      'diff --git "a/caf\\303\\251.js" "b/caf\\303\\251.js"',
      '--- "a/caf\\303\\251.js"',
      '+++ "b/caf\\303\\251.js"',
      '@@ -7,0 +8,2 @@',
      '+x',
      '+y',
      'diff --git a/img.png b/img.png',
      'Binary files a/img.png and b/img.png differ',
      'diff --git a/gone.js b/gone.js',
      'deleted file mode 100644',
      '--- a/gone.js',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-z',
      '',
    ].join('\n');
    expect(parseHunks(patch)).toEqual({
      'src/x.js': [{ oldStart: 2, oldLines: 1, newStart: 2, newLines: 2 }],
      'src/q"uote.js': [{ oldStart: 1, oldLines: 0, newStart: 1, newLines: 1 }],
      'src/sp ace.js': [{ oldStart: 4, oldLines: 2, newStart: 3, newLines: 0 }],
      'café.js': [{ oldStart: 7, oldLines: 0, newStart: 8, newLines: 2 }],
    });
  });
});
