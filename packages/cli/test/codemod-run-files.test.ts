// `upkeep codemod run` edits score's file set: a committed dist/ bundle, a fixture folder, a
// .gitignored folder, an upkeep.config.json exclude, a .eslintignore'd folder and a minified file
// are left alone unless the user names them as a path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';
import { expectValidCodemodResult } from './codemod-result-schema.js';

const upkeep = inProcessCli(runCli);

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

/** a module var-to-let-const changes (`var total` → `const total`) */
const CODE = 'var total = 1 + 2;\nmodule.exports = total;\n';
const CHANGED = 'const total = 1 + 2;\nmodule.exports = total;\n';
const MINIFIED = `var a=1;${'module.exports=a;'.repeat(200)}\n`.replace(/\n$/, '') + '\n';

function project(): TempRepo {
  const repo = createTempRepo({
    'package.json': '{ "name": "shop", "private": true }\n',
    '.gitignore': 'node_modules/\ngenerated/\n',
    '.eslintignore': 'docs/scripts/\n',
    'upkeep.config.json': '{ "exclude": ["legacy/**"] }\n',
    'lib/a.js': CODE,
    'dist/bundle.js': CODE,
    'test/fixtures/input.js': CODE,
    'src/__testfixtures__/case.input.js': CODE,
    'legacy/old.js': CODE,
    'docs/scripts/vendor.js': CODE,
    'docs/guide.js': CODE,
    'lib/vendor.min.js': CODE,
    'lib/packed.js': MINIFIED,
  });
  repos.push(repo);
  repo.commit('initial');
  // an ignored folder is in the work tree, not in git
  repo.write({ 'generated/out.js': CODE });
  return repo;
}

interface Result {
  status: string;
  changes: { path: string; deleted: boolean }[];
  notices: string[];
}

async function run(repo: TempRepo, ...paths: string[]): Promise<Result> {
  const out = await upkeep(
    ['codemod', 'run', 'var-to-let-const', ...paths, '--no-score', '--no-type-check', '--format', 'json', '--quiet'],
    repo.dir,
  );
  expect(out.stderr).toBe('');
  const result = JSON.parse(out.stdout) as Result;
  expectValidCodemodResult(result);
  return result;
}

describe('upkeep codemod run: the files it edits', () => {
  it("changes score's files only: not dist/, fixtures, .gitignored, excluded, .eslintignore'd or minified files", async () => {
    const repo = project();
    const result = await run(repo);
    expect(result.status).toBe('applied');
    expect(result.changes.map((change) => change.path).sort()).toEqual(['docs/guide.js', 'lib/a.js']);
    expect(readFileSync(join(repo.dir, 'lib/a.js'), 'utf8')).toBe(CHANGED);
    for (const untouched of [
      'dist/bundle.js',
      'test/fixtures/input.js',
      'src/__testfixtures__/case.input.js',
      'legacy/old.js',
      'docs/scripts/vendor.js',
      'lib/vendor.min.js',
      'generated/out.js',
    ])
      expect(readFileSync(join(repo.dir, untouched), 'utf8'), untouched).toBe(CODE);
    expect(readFileSync(join(repo.dir, 'lib/packed.js'), 'utf8')).toBe(MINIFIED);
    expect(result.notices).toContain(
      '2 file(s) in test fixture folders left alone (name a fixture folder as a path to change it)',
    );
    expect(result.notices).toContain(
      '1 file(s) excluded by .eslintignore left alone, as `upkeep score` skips them (name one as a path to change it)',
    );
  });

  it('the same set as `upkeep score` lists', async () => {
    const repo = project();
    const out = await upkeep(['score', '--format', 'json', '--quiet', '--no-cache'], repo.dir);
    const scored = (JSON.parse(out.stdout) as { modules: { path: string }[] }).modules.map((module) => module.path);
    const result = await run(repo);
    // score also scores the fixtures (codemods leave them alone); everything else it scores is what the codemod changed
    expect(scored.filter((path) => !path.includes('fixtures')).sort()).toEqual(
      result.changes.map((change) => change.path).sort(),
    );
  });

  it.each([
    ['a dist/ bundle', 'dist', 'dist/bundle.js'],
    ['a dist/ file', 'dist/bundle.js', 'dist/bundle.js'],
    ['a fixture folder', 'test/fixtures', 'test/fixtures/input.js'],
    ["an .eslintignore'd folder", 'docs/scripts', 'docs/scripts/vendor.js'],
  ])('changes %s when it is named as a path', async (_what, path, file) => {
    const repo = project();
    const result = await run(repo, path);
    expect(result.changes.map((change) => change.path)).toEqual([file]);
    expect(readFileSync(join(repo.dir, file), 'utf8')).toBe(CHANGED);
  });

  it('naming a folder does not reach the excluded folders below it', async () => {
    const repo = project();
    const result = await run(repo, 'docs');
    expect(result.changes.map((change) => change.path)).toEqual(['docs/guide.js']);
    expect(readFileSync(join(repo.dir, 'docs/scripts/vendor.js'), 'utf8')).toBe(CODE);
  });

  it('a minified or upkeep.config.json-excluded file stays alone even when named (as score skips it)', async () => {
    const repo = project();
    const result = await run(repo, 'lib/packed.js', 'legacy');
    expect(result.changes).toEqual([]);
    expect(readFileSync(join(repo.dir, 'legacy/old.js'), 'utf8')).toBe(CODE);
  });
});
