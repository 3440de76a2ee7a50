import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';

const upkeep = inProcessCli(runCli);

const SCHEMA = JSON.parse(readFileSync(new URL('../../../schemas/score-report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);

const CONFIG = `export default [{ files: ['**/*.js'], rules: { 'no-debugger': 'error', eqeqeq: 'error' } }];\n`;
const UPKEEP_CONFIG = JSON.stringify({
  include: ['src/**'],
  eslintConfig: 'eslint.config.mjs',
  categories: { 'no-debugger': 'E', eqeqeq: 'W' },
});
/** 10 statements, 1 error, 2 warnings → 3.00 */
const A = `const a = 1;\nlet b = 2;\nif (a == b) {\n  b = 3;\n}\nfunction f(x) {\n  debugger;\n  return x == 1;\n}\nf(a);\nconsole.log(b);\nexport { a };\n`;
/** 4 statements, clean → 10.00 */
const B = `import { a } from './a.js';\nconst twice = a * 2;\nconsole.log(twice);\nexport default twice;\n`;

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function project(files: Record<string, string> = {}): TempRepo {
  const repo = createTempRepo({
    'eslint.config.mjs': CONFIG,
    'upkeep.config.json': UPKEEP_CONFIG,
    'src/a.js': A,
    'src/b.js': B,
    ...files,
  });
  repos.push(repo);
  return repo;
}

function expectValidReport(json: unknown): void {
  const ok = validate(json);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('upkeep score', () => {
  it('prints messages by module, module scores and the rating, pylint-style', async () => {
    const repo = project();
    const run = await upkeep(['score'], repo.dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('************* Module src/a.js\n');
    expect(run.stdout).toContain('src/a.js:3:7: W eqeqeq ');
    expect(run.stdout).toContain('src/a.js:7:3: E no-debugger ');
    expect(run.stdout).toMatch(/^src\/a\.js: 3\.00\/10$/m);
    expect(run.stdout).toMatch(/^src\/b\.js: 10\.00\/10$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Your code has been rated at 5.00/10');
  });

  it('remembers the previous run, per module and for the total', async () => {
    const repo = project();
    await upkeep(['score'], repo.dir);
    repo.write({ 'src/a.js': A.replace('  debugger;\n', '') });
    const run = await upkeep(['score'], repo.dir);
    // a.js: 9 statements, 2 warnings → 10 - 2/9·10 = 7.777… ; total: 13 statements, 2 warnings → 8.4615…
    expect(run.stdout).toMatch(/^src\/a\.js: 7\.78\/10 \(previous run: 3\.00\/10, \+4\.78\)$/m);
    expect(run.stdout).toMatch(/^src\/b\.js: 10\.00\/10 \(previous run: 10\.00\/10, \+0\.00\)$/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'Your code has been rated at 8.46/10 (previous run: 5.00/10, +3.46)',
    );
  });

  it('writes JSON that validates against the ScoreReport schema, to --out atomically', async () => {
    const repo = project({ 'src/broken.js': 'function (\n', 'src/empty.js': '// nothing\n' });
    const out = join(repo.dir, 'report.json');
    const run = await upkeep(['score', '--format', 'json', '--out', 'report.json'], repo.dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expectValidReport(report);
    expect(report.schemaVersion).toBe(1);
    // a user's own ESLint config runs on ESLint, whatever UPKEEP_ENGINE says
    expect(report.config.engine.name).toBe('eslint');
    expect(report.modules.map((m: { path: string; score: number | null }) => [m.path, m.score])).toEqual([
      ['src/a.js', 3],
      ['src/b.js', 10],
      ['src/broken.js', 0],
      ['src/empty.js', null],
    ]);
  });

  it('writes --out into a device or pipe instead of replacing it', async () => {
    const repo = project();
    const run = await upkeep(['score', '--quiet', '--out', '/dev/null'], repo.dir);
    expect(run.status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('validates every JSON report: a ref, paths, skipped files and the previous run', async () => {
    const repo = project({ 'lib/c.min.js': 'var a=1;' });
    repo.commit('base');
    for (const args of [
      ['score', '--format', 'json'],
      ['score', '--format', 'json', '--ref', 'HEAD', 'src'],
      ['score', 'lib', 'src/a.js', '--format', 'json'],
    ]) {
      const run = await upkeep(args, repo.dir);
      expect(run.status, run.stderr).toBe(0);
      expectValidReport(JSON.parse(run.stdout));
    }
  });

  it('exits 1 under --fail-under, naming the score, and 0 at or above it', async () => {
    const repo = project();
    const failing = await upkeep(['score', '--fail-under', '7', '--quiet'], repo.dir);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toBe('Your code has been rated at 5.00/10\n');
    expect(failing.stderr).toBe('upkeep: the project is rated 5.00/10, under --fail-under 7\n');
    expect((await upkeep(['score', '--fail-under', '5', '--quiet'], repo.dir)).status).toBe(0);
  });

  it('scores a ref and restricts to paths', async () => {
    const repo = project();
    repo.commit('base');
    repo.write({ 'src/a.js': B });
    const run = await upkeep(['score', '--ref', 'HEAD', 'src/a.js'], repo.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^src\/a\.js: 3\.00\/10$/m);
    expect(run.stdout).not.toContain('src/b.js');
    // the rating names what was scored: the ref as given and its commit, or the commit alone
    const commit = repo.git('rev-parse', 'HEAD').trim();
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      `Your code has been rated at 3.00/10 at HEAD (${commit.slice(0, 12)})`,
    );
    const byHash = await upkeep(['score', '--ref', commit, 'src/a.js', '--quiet'], repo.dir);
    expect(byHash.stdout).toBe(`Your code has been rated at 3.00/10 at ${commit.slice(0, 12)}\n`);
  });

  it('colors only on a terminal or with FORCE_COLOR, never with NO_COLOR', async () => {
    const repo = project();
    expect((await upkeep(['score'], repo.dir, { NO_COLOR: '' })).stdout).not.toContain('\u001b[');
    expect((await upkeep(['score'], repo.dir, { NO_COLOR: '', FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
    expect((await upkeep(['score'], repo.dir, { NO_COLOR: '1', FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });
});

describe('upkeep score: bad input exits 2 with one clear line', () => {
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['a path that does not exist', ['score', 'nope'], {}, /^upkeep: nope: no such file or directory$/],
    [
      'a file that is not a module',
      ['score', 'README.md'],
      { 'README.md': '# hi\n' },
      /^upkeep: README\.md: not a JavaScript or TypeScript module/,
    ],
    ['an unknown ref', ['score', '--ref', 'nope'], {}, /^upkeep: --ref nope: not a branch, tag or commit/],
    ['an unknown option', ['score', '--colour'], {}, /unknown option '--colour'/],
    ['a bad --format', ['score', '--format', 'xml'], {}, /^upkeep: --format: expected text or json/],
    [
      'a bad --fail-under',
      ['score', '--fail-under', 'ten'],
      {},
      /^upkeep: --fail-under expects a score from 0 to 10, got "ten"$/,
    ],
    ['a bad --jobs', ['score', '--jobs', '0'], {}, /^upkeep: --jobs expects a whole number from 1 to 64, got "0"$/],
    [
      'a missing --eslint-config file',
      ['score', '--eslint-config', 'nope.mjs'],
      {},
      /^upkeep: --eslint-config .*nope\.mjs: file not found/,
    ],
    [
      'invalid JSON in upkeep.config.json',
      ['score'],
      { 'upkeep.config.json': '{ "eslintConfig": ' },
      /^upkeep: upkeep\.config\.json: not valid JSON/,
    ],
    [
      'an unknown field in upkeep.config.json',
      ['score'],
      { 'upkeep.config.json': '{ "preset": "x" }' },
      /^upkeep: upkeep\.config\.json: .*preset/,
    ],
    [
      'a bad evaluation',
      ['score'],
      { 'upkeep.config.json': '{ "evaluation": "10 - errors" }' },
      /^upkeep: upkeep\.config\.json: .*evaluation.*errors/,
    ],
  ];
  it.each(cases)('%s', async (_name, args, files, expected) => {
    const repo = project(files);
    repo.commit('base');
    const run = await upkeep(args, repo.dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(expected);
  });

  it('refuses --ref outside a git repository', async () => {
    const repo = project();
    repo.remove('.git');
    const run = await upkeep(['score', '--ref', 'main'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is not inside a git repository/);
  });

  it('shows every flag in --help', async () => {
    const run = await upkeep(['score', '--help'], process.cwd());
    expect(run.status).toBe(0);
    for (const flag of [
      '--ref',
      '--format',
      '--out',
      '--fail-under',
      '--eslint-config',
      '--jobs',
      '--no-cache',
      '--quiet',
      '--explain-env',
    ]) {
      expect(run.stdout).toContain(flag);
    }
  });
});

describe('upkeep score --explain-env', () => {
  it('lists each group of modules with how it was parsed, its globals and why, on stderr', async () => {
    const repo = createTempRepo({
      'package.json': JSON.stringify({ name: 'x', devDependencies: { mocha: '^10.0.0' } }),
      'lib/a.js': "var package = require('../package.json');\nmodule.exports = package.name;\n",
      'test/a.js': "describe('a', () => it('works', () => require('../lib/a')));\n",
    });
    repos.push(repo);
    const run = await upkeep(['score', '--explain-env', '--quiet', '--format', 'json'], repo.dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('environments (0 ES modules, 2 CommonJS, 0 scripts):');
    expect(run.stderr).toMatch(/^ {2}test\/\*\* — 1 module: commonjs, globals mocha, node, test files$/m);
    const report = JSON.parse(run.stdout) as {
      environment: { sourceTypes: unknown };
      modules: { messages: unknown[] }[];
    };
    expectValidReport(report);
    expect(report.environment.sourceTypes).toEqual({ module: 0, commonjs: 2, script: 0 });
    // `var package` parses (sloppy CommonJS) and describe/it are mocha's: only the no-var convention remains
    expect(
      report.modules.flatMap((module) => module.messages.map((message) => (message as { ruleId: string }).ruleId)),
    ).toEqual(['no-var']);
  });
});
