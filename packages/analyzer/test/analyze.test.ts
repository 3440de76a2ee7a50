import { chmodSync, existsSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatScore, type ModuleResult } from '@upkeep/core';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { analyze, InputError, type AnalyzeOptions } from '../src/index.js';
import { BROKEN, CLEAN, COMMENTS_ONLY, COUNTING_CATEGORIES, COUNTING_CONFIG, TEN_STATEMENTS } from './fixtures.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function repoWith(files: Record<string, string | Buffer>): TempRepo {
  const repo = createTempRepo({ 'eslint.config.mjs': COUNTING_CONFIG, ...files });
  repos.push(repo);
  return repo;
}

function options(repo: TempRepo, extra: Partial<AnalyzeOptions> = {}): AnalyzeOptions {
  return {
    root: repo.dir,
    paths: ['src'],
    eslintConfig: join(repo.dir, 'eslint.config.mjs'),
    categories: COUNTING_CATEGORIES,
    jobs: 1,
    ...extra,
  };
}

function moduleOf(modules: ModuleResult[], path: string): ModuleResult {
  const found = modules.find((module) => module.path === path);
  if (!found) throw new Error(`no module ${path} in ${modules.map((m) => m.path).join(', ')}`);
  return found;
}

describe('analyze: scores of the work tree', () => {
  it('scores a module by the formula: 10 statements, 1 error, 2 warnings → 3.00', async () => {
    const repo = repoWith({ 'src/a.js': TEN_STATEMENTS, 'src/b.js': CLEAN });
    const { report } = await analyze(options(repo));
    const a = moduleOf(report.modules, 'src/a.js');
    expect(a.statements).toBe(10);
    expect(a.counts).toEqual({ fatal: 0, error: 1, warning: 2, refactor: 0, convention: 0, info: 0 });
    expect(a.score).toBeCloseTo(3, 10);
    expect(a.messages.map((m) => [m.ruleId, m.category, m.line, m.column])).toEqual([
      ['eqeqeq', 'W', 3, 7],
      ['no-debugger', 'E', 7, 3],
      ['eqeqeq', 'W', 8, 12],
    ]);
    const b = moduleOf(report.modules, 'src/b.js');
    expect([b.statements, b.score]).toEqual([4, 10]);
    // the project score is the formula over the totals: 14 statements, 1 error, 2 warnings
    expect(report.total.statements).toBe(14);
    expect(report.total.score).toBeCloseTo(10 - ((5 + 2) / 14) * 10, 10);
    expect(formatScore(report.total.score)).toBe('5.00');
  });

  it('marks a module that does not parse, scores it 0 and lowers the total without zeroing it', async () => {
    const repo = repoWith({
      'src/a.js': TEN_STATEMENTS,
      'src/b.js': CLEAN,
      'src/broken.js': BROKEN,
      'src/empty.js': COMMENTS_ONLY,
    });
    const { report } = await analyze(options(repo));
    const broken = moduleOf(report.modules, 'src/broken.js');
    expect(broken.parseable).toBe(false);
    expect(broken.score).toBe(0);
    expect(broken.messages).toHaveLength(1);
    expect(broken.messages[0]).toMatchObject({ ruleId: 'syntax-error', category: 'E', line: 2, column: 1 });
    const empty = moduleOf(report.modules, 'src/empty.js');
    expect([empty.statements, empty.score]).toEqual([0, null]);
    // 14 statements; errors: debugger + syntax error = 2; warnings 2 → 10 - 12/14·10
    expect(report.total.counts.error).toBe(2);
    expect(report.total.score).toBeCloseTo(10 - ((5 * 2 + 2) / 14) * 10, 10);
    expect(formatScore(report.total.score)).toBe('1.43');
  });

  it('lints nothing on a second run over unchanged files, by the cache counters', async () => {
    const repo = repoWith({ 'src/a.js': TEN_STATEMENTS, 'src/b.js': CLEAN, 'src/broken.js': BROKEN });
    const first = await analyze(options(repo));
    expect(first.stats).toMatchObject({ linted: 3, cache: { enabled: true, hits: 0, misses: 3, writes: 3 } });
    const second = await analyze(options(repo));
    expect(second.stats).toMatchObject({ linted: 0, cache: { hits: 3, misses: 0, writes: 0 } });
    expect(second.report.modules).toEqual(first.report.modules);
    repo.write({ 'src/b.js': `${CLEAN}console.log(1);\n` });
    const third = await analyze(options(repo));
    expect(third.stats).toMatchObject({ linted: 1, cache: { hits: 2, misses: 1 } });
    expect(existsSync(join(repo.dir, '.upkeep', '.gitignore'))).toBe(true);
    expect(repo.git('status', '--porcelain')).toBe('?? eslint.config.mjs\n?? src/\n');
  });

  it('with cache off, reads and writes no cache', async () => {
    const repo = repoWith({ 'src/a.js': TEN_STATEMENTS });
    const { stats } = await analyze(options(repo, { cache: false }));
    expect(stats.cache).toEqual({ enabled: false, hits: 0, misses: 0, writes: 0 });
    expect(existsSync(join(repo.dir, '.upkeep'))).toBe(false);
  });

  it('lints on worker threads with the same results as in one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 90; i++) files[`src/m${i}.js`] = i % 3 === 0 ? TEN_STATEMENTS : CLEAN;
    const repo = repoWith(files);
    const single = await analyze(options(repo, { cache: false, jobs: 1 }));
    const parallel = await analyze(options(repo, { cache: false, jobs: 2 }));
    expect(parallel.stats.linted).toBe(90);
    expect(parallel.report).toEqual(single.report);
  });
});

describe('analyze: files that are not modules to score', () => {
  it('skips binary, non-UTF-8, minified, generated, over-size files and symlink loops, each once with the reason', async () => {
    const repo = repoWith({
      'src/a.js': TEN_STATEMENTS,
      'src/binary.js': Buffer.from([0x63, 0x6f, 0x00, 0x01, 0x02]),
      'src/latin1.js': Buffer.from('const caf\xe9 = 1;\n', 'latin1'),
      'src/lib.min.js': 'var a=1;',
      'src/long-lines.js': `${'var x=1;'.repeat(300)}\n`,
      'src/generated.ts': '// @generated by protoc. DO NOT EDIT.\nexport const a = 1;\n',
      'src/huge.js': `// padding\n${'const x = 1;\n'.repeat(300)}`,
      'src/bom-crlf.js': '\ufeffconst a = 1;\r\nconsole.log(a);\r\n',
      'node_modules/dep/index.js': 'module.exports = 1;\n',
      'vendor/jquery.js': 'var jQuery = 1;\n',
    });
    symlinkSync('loop-b.js', join(repo.dir, 'src/loop-a.js'));
    symlinkSync('loop-a.js', join(repo.dir, 'src/loop-b.js'));
    const { report } = await analyze(options(repo, { maxFileSize: 3000, paths: [] }));
    expect(report.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['node_modules/', 'ignored'],
      ['src/binary.js', 'binary'],
      ['src/generated.ts', 'generated'],
      ['src/huge.js', 'too-large'],
      ['src/latin1.js', 'non-utf8'],
      ['src/lib.min.js', 'minified'],
      ['src/long-lines.js', 'minified'],
      ['src/loop-a.js', 'symlink'],
      ['src/loop-b.js', 'symlink'],
      ['vendor/', 'ignored'],
    ]);
    expect(report.modules.map((m) => m.path)).toEqual(['eslint.config.mjs', 'src/a.js', 'src/bom-crlf.js']);
    expect(moduleOf(report.modules, 'src/bom-crlf.js')).toMatchObject({ statements: 2, score: 10 });
  });

  it('gives a fatal message (F) to a module the linter crashes on; the default formula then zeroes the total', async () => {
    const repo = repoWith({
      'crash.config.mjs': `export default [{ plugins: { boom: { rules: { explode: { meta: { type: 'problem' }, create(context) {
          return { Program() { if (context.filename.endsWith('bad.js')) throw new Error('rule exploded'); } };
        } } } } }, rules: { 'boom/explode': 'error' } }];\n`,
      'src/bad.js': CLEAN,
      'src/good.js': CLEAN,
    });
    const { report, stats } = await analyze(options(repo, { eslintConfig: join(repo.dir, 'crash.config.mjs') }));
    const bad = moduleOf(report.modules, 'src/bad.js');
    expect(bad.counts.fatal).toBe(1);
    expect(bad.score).toBe(0);
    expect(bad.messages[0]).toMatchObject({ ruleId: 'fatal-error', category: 'F' });
    expect(bad.messages[0]!.message).toContain('rule exploded');
    expect(moduleOf(report.modules, 'src/good.js').score).toBe(10);
    expect(report.total.score).toBe(0);
    // a crash is never cached: the next run tries the file again
    expect(stats.cache.writes).toBe(1);
  });

  it("falls back on meta.type for the categories of a project's own rules, and lets the config override any", async () => {
    const repo = repoWith({
      'own.config.mjs': `const rule = (type) => ({ meta: { type }, create: (context) => ({ Program(node) { context.report({ node, message: type }); } }) });
export default [{ plugins: { own: { rules: { p: rule('problem'), s: rule('suggestion'), l: rule('layout') } } },
  rules: { 'own/p': 'warn', 'own/s': 'warn', 'own/l': 'warn' } }];\n`,
      'src/a.js': CLEAN,
    });
    const run = (categories: AnalyzeOptions['categories']) =>
      analyze(options(repo, { eslintConfig: join(repo.dir, 'own.config.mjs'), categories, cache: false }));
    const byType = (await run({})).report.modules[0]!.messages.map((m) => [m.ruleId, m.category]);
    expect(byType.sort()).toEqual([
      ['own/l', 'C'],
      ['own/p', 'W'],
      ['own/s', 'R'],
    ]);
    const overridden = (await run({ 'own/p': 'E' })).report.modules[0]!.counts;
    expect(overridden).toMatchObject({ error: 1, refactor: 1, convention: 1, warning: 0 });
  });

  it("treats ESLint's remarks on comments as informational (I): unused and unknown disable directives", async () => {
    const repo = repoWith({
      'src/a.js': `// eslint-disable-next-line no-debugger\nconst a = 1;\n// eslint-disable-next-line react/no-danger\nexport { a };\n`,
    });
    const { report } = await analyze(options(repo));
    const a = moduleOf(report.modules, 'src/a.js');
    expect(a.messages.map((m) => [m.line, m.ruleId, m.category])).toEqual([
      [1, 'eslint-comment', 'I'],
      [3, 'react/no-danger', 'I'],
    ]);
    expect(a.counts).toMatchObject({ info: 2, error: 0, warning: 0 });
    expect(a.score).toBe(10);
  });
});

describe('analyze: a git ref, read from git objects', () => {
  it('scores a commit without touching the work tree', async () => {
    const repo = repoWith({ 'src/a.js': TEN_STATEMENTS, 'src/b.js': CLEAN });
    repo.commit('first');
    repo.write({ 'src/a.js': CLEAN.replace("'./a.js'", "'./b.js'"), 'src/c.js': BROKEN });
    repo.remove('src/b.js');
    const statusBefore = repo.git('status', '--porcelain');
    const { report } = await analyze(options(repo, { ref: 'HEAD' }));
    expect(report.source).toMatchObject({ kind: 'git', ref: 'HEAD' });
    expect(report.modules.map((m) => [m.path, m.statements, formatScore(m.score)])).toEqual([
      ['src/a.js', 10, '3.00'],
      ['src/b.js', 4, '10.00'],
    ]);
    expect(repo.git('status', '--porcelain')).toBe(statusBefore);
  });

  it('shares the cache between the work tree and refs: a blob is linted once', async () => {
    const repo = repoWith({ 'src/a.js': TEN_STATEMENTS, 'src/b.js': CLEAN });
    repo.commit('first');
    await analyze(options(repo));
    const fromRef = await analyze(options(repo, { ref: 'main' }));
    expect(fromRef.stats).toMatchObject({ linted: 0, cache: { hits: 2 } });
  });

  it('restricts a ref to the given paths and rejects a path the commit does not have', async () => {
    const repo = repoWith({ 'src/a.js': TEN_STATEMENTS, 'lib/b.js': CLEAN });
    repo.commit('first');
    const { report } = await analyze(options(repo, { ref: 'HEAD', paths: ['lib'] }));
    expect(report.modules.map((m) => m.path)).toEqual(['lib/b.js']);
    await expect(analyze(options(repo, { ref: 'HEAD', paths: ['nope'] }))).rejects.toThrow(
      'path nope does not exist in HEAD',
    );
  });

  it('explains an unknown ref, a directory outside git and a shallow clone', async () => {
    const repo = repoWith({ 'src/a.js': CLEAN });
    repo.commit('one');
    repo.write({ 'src/a.js': TEN_STATEMENTS });
    repo.commit('two');
    await expect(analyze(options(repo, { ref: 'no-such-branch' }))).rejects.toThrow(
      /--ref no-such-branch: not a branch, tag or commit/,
    );
    await expect(analyze(options(repo, { ref: 'no-such-branch' }))).rejects.toBeInstanceOf(InputError);

    const outside = createTempRepo();
    repos.push(outside);
    outside.remove('.git');
    await expect(analyze({ root: outside.dir, ref: 'main', jobs: 1 })).rejects.toThrow(
      /is not inside a git repository/,
    );

    const shallow = createTempRepo();
    repos.push(shallow);
    shallow.remove('.git');
    shallow.git('init', '-q');
    shallow.git('fetch', '-q', '--depth', '1', `file://${repo.dir}`, 'main');
    shallow.git('checkout', '-q', 'FETCH_HEAD');
    await expect(analyze({ root: shallow.dir, ref: 'HEAD~1', jobs: 1 })).rejects.toThrow(
      /shallow clone; fetch the full history/,
    );
  });
});

describe('analyze: bad configuration', () => {
  it('rejects a bad evaluation expression with its position', async () => {
    const repo = repoWith({ 'src/a.js': CLEAN });
    await expect(analyze(options(repo, { evaluation: '10 - (error * 5' }))).rejects.toThrow(/^evaluation: .*column/);
  });

  it('reports a missing config file and a config that does not load as input errors', async () => {
    const repo = repoWith({ 'src/a.js': CLEAN, 'broken.config.mjs': 'export default [{ rules: { \n' });
    await expect(analyze(options(repo, { eslintConfig: join(repo.dir, 'missing.config.mjs') }))).rejects.toThrow(
      /file not found/,
    );
    await expect(analyze(options(repo, { eslintConfig: join(repo.dir, 'broken.config.mjs') }))).rejects.toThrow(
      /does not load/,
    );
  });

  it('never writes outside .upkeep/', async () => {
    const repo = repoWith({ 'src/a.js': TEN_STATEMENTS });
    repo.commit('base');
    chmodSync(join(repo.dir, 'src/a.js'), 0o444);
    await analyze(options(repo));
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('!! .upkeep/\n');
    expect(readdirSync(repo.dir).sort()).toEqual(['.git', '.upkeep', 'eslint.config.mjs', 'src']);
  });
});
