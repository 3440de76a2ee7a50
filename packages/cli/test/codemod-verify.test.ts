// The codemod runner on real projects on disk: one bad edit among many is dropped (with its
// reason) and the rest applied; tests counted before and after; the project's own TypeScript;
// score's file set; bad input that must not stop a run; the mass-delete guard; the JSON schema.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, inProcessCli, type TempRepo } from '@upkeep/test-utils';
import { runCli } from '../src/program.js';
import { expectValidCodemodResult } from './codemod-result-schema.js';
import { MODULES, NODE_TESTS, transform, VAR_TO_LET, verifiedRunArgs, expectOnlyM6Dropped } from './verify-fixtures.js';

const upkeep = inProcessCli(runCli);

interface Result {
  status: string;
  changes: { path: string; deleted: boolean }[];
  groups: { planned: number; applied: number; dropped: number };
  dropped: { id: string; label: string; reason: string; detail: string; files: string[] }[];
  notices: string[];
  massDelete: { folder: string }[];
  verification: {
    typeCheck: {
      typescript: { version: string; source: string; note?: string };
      configs: (string | null)[];
      baseline: unknown[];
    } | null;
    tests: {
      before: { tests: { passed: number } | null };
      after: { tests: { passed: number } | null } | null;
      uncounted: boolean;
    } | null;
    isolation: { runs: number };
  };
}

/** Parses a --format json result and checks it against schemas/codemod-result.schema.json. */
function json(stdout: string): Result {
  const result = JSON.parse(stdout) as Result;
  expectValidCodemodResult(result);
  return result;
}

/** A var → let run whose --verify baseline cannot judge the change: exit 2, the message, nothing written. */
async function expectBaselineRefused(files: Record<string, string>, verify: string, message: string): Promise<void> {
  const repo = repoWith(files);
  const run = await upkeep(['codemod', 'run', VAR_TO_LET, '--no-score', '--verify', verify], repo.dir);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(message);
  expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
}

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

function repoWith(files: Record<string, string>): TempRepo {
  const repo = createTempRepo(files);
  repos.push(repo);
  repo.commit('initial');
  return repo;
}

/** var → let everywhere, and in src/m3.js an edit that only the grammar check refuses */
const VAR_TO_LET_WITH_GRAMMAR_ERROR = transform(
  "module.exports = (file) => { let out = file.source.replace(/\\bvar\\b/g, 'let'); if (file.path.endsWith('m3.js')) out = out.replace('let copy = value3;', 'const { a, ...b: c } = {};\\n  let copy = value3;'); return out; };\n",
);

describe('codemod runner: isolation', () => {
  it('applies a change minus the one edit that would not parse (a grammar error), and says why it was dropped', async () => {
    const repo = repoWith({ ...NODE_TESTS, ...MODULES });
    const run = await upkeep(
      ['codemod', 'run', VAR_TO_LET_WITH_GRAMMAR_ERROR, '--no-score', '--format', 'json'],
      repo.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    const result = json(run.stdout);
    expect(result.status).toBe('applied');
    expect(result.dropped).toEqual([
      expect.objectContaining({ label: 'src/m3.js', reason: 'parse', files: ['src/m3.js'] }),
    ]);
    expect(result.dropped[0]!.detail).toMatch(/^would not parse \(read as commonjs\): src\/m3\.js:3: /);
    expect(result.changes.map((c) => c.path).sort()).toEqual(
      [
        'src/m0.js',
        'src/m1.js',
        'src/m2.js',
        'src/m4.js',
        'src/m5.js',
        'src/m6.js',
        'src/m7.js',
        'test/m.test.js',
      ].filter((p) => p !== 'test/m.test.js'),
    );
    expect(readFileSync(join(repo.dir, 'src/m3.js'), 'utf8')).toBe(MODULES['src/m3.js']);
    expect(readFileSync(join(repo.dir, 'src/m4.js'), 'utf8')).toContain('let value4 = 4;');
  });

  it('--no-isolate restores all or nothing (exit 1, nothing written)', async () => {
    const repo = repoWith({ ...NODE_TESTS, ...MODULES });
    const run = await upkeep(['codemod', 'run', VAR_TO_LET_WITH_GRAMMAR_ERROR, '--no-score', '--no-isolate'], repo.dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('(with --no-isolate, one failing edit rejects the whole change); nothing was changed');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('drops a removal that adds a type error (TypeScript project) and applies the others', async () => {
    const repo = repoWith({
      'package.json': '{ "name": "t", "private": true, "devDependencies": {} }\n',
      'tsconfig.json':
        '{ "compilerOptions": { "strict": true, "noEmit": true, "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "types": [] }, "include": ["src"] }\n',
      'src/a.ts': 'export const unusedA = 1;\nexport const usedA = 2;\n',
      'src/b.ts': 'export const unusedB = 1;\nexport const usedB = 2;\n',
      'src/main.ts':
        "import { usedA } from './a.js';\nimport { usedB } from './b.js';\nexport const total = usedA + usedB;\n",
    });
    // removes the first declaration of every file: right for unusedA and unusedB, wrong for main.ts's import
    const removeFirst = transform("module.exports = (file) => file.source.split('\\n').slice(1).join('\\n');\n");
    const run = await upkeep(['codemod', 'run', removeFirst, 'src', '--no-score', '--format', 'json'], repo.dir);
    expect(run.status, run.stderr).toBe(0);
    const result = json(run.stdout);
    expect(result.dropped).toEqual([expect.objectContaining({ label: 'src/main.ts', reason: 'type-check' })]);
    expect(result.dropped[0]!.detail).toMatch(
      /^new type error TS2552 at src\/main\.ts:2: Cannot find name 'usedA'\. Did you mean 'usedB'\?/,
    );
    expect(result.changes.map((c) => c.path).sort()).toEqual(['src/a.ts', 'src/b.ts']);
    expect(result.verification.typeCheck).toMatchObject({
      configs: ['tsconfig.json'],
      baseline: [],
      typescript: { source: 'bundled', note: "the project's own is not installed" },
    });
    const text = await upkeep(['codemod', 'run', removeFirst, 'src', '--no-score', '--dry-run'], repo.dir);
    expect(text.stdout).toMatch(
      /type-check with TypeScript \d+\.\d+\.\d+ \(bundled; the project's own is not installed\), tsconfig\.json: 0 error\(s\) before the change/,
    );
  });

  it('a --verify command that fails only when one edit is included isolates that edit; tests counted before and after', async () => {
    const repo = repoWith({ ...NODE_TESTS, ...MODULES });
    const verify =
      "node --test test/ && node -e \"process.exit(require('fs').readFileSync('src/m6.js', 'utf8').includes('let') ? 1 : 0)\"";
    const run = await upkeep(verifiedRunArgs(VAR_TO_LET, ['src'], verify), repo.dir);
    expect(run.status, run.stderr).toBe(0);
    const result = json(run.stdout);
    expectOnlyM6Dropped(result);
    expect(result.verification.tests!.before.tests).toEqual({
      passed: 2,
      failed: 0,
      formats: [expect.stringMatching(/tap|node-test/)],
    });
    expect(result.verification.tests!.after!.tests!.passed).toBe(2);
    expect(result.verification.isolation.runs).toBeGreaterThan(1);
    expect(run.stderr).toMatch(
      /running it again, then isolating the failing edits among 8 group\(s\) if it fails again: about 7 runs per failing edit/,
    );
    expect(repo.git('status', '--porcelain')).not.toContain('src/m6.js');
  });

  it('a change that deletes a test file is rejected although the test command exits 0 (fewer tests pass)', async () => {
    const repo = repoWith({
      ...NODE_TESTS,
      ...MODULES,
      'test/n.test.js': "const test = require('node:test');\ntest('n1', () => {});\ntest('n2', () => {});\n",
    });
    // empties the second test file: the suite still exits 0, with 3 tests passing instead of 4 (node --test counts the empty file as one)
    const emptyTests = transform(
      "module.exports = (file) => file.path.endsWith('n.test.js') ? '// nothing\\n' : file.source.replace(/\\bvar\\b/g, 'let');\n",
    );
    const run = await upkeep(
      ['codemod', 'run', emptyTests, '--no-score', '--format', 'json', '--verify', 'auto'],
      repo.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    const result = json(run.stdout);
    expect(result.dropped).toEqual([
      expect.objectContaining({
        label: 'test/n.test.js',
        reason: 'verify',
        detail: '--verify failed when included (3 tests passing instead of 4 (exit code 0))',
      }),
    ]);
    expect(readFileSync(join(repo.dir, 'test/n.test.js'), 'utf8')).toContain("test('n1'");
  });

  it('a --verify command that already fails before the change: exit 2 and the message, nothing written', async () => {
    await expectBaselineRefused(
      { ...NODE_TESTS, ...MODULES },
      'node -e "process.exit(4)"',
      'the tests already fail before the change (exit 4), and their output has no test summary upkeep can count to judge the change by: fix them or run without --verify',
    );
  });

  it('a suite that already fails, but is counted: the change is judged by the counts (no fewer passing, no more failing)', async () => {
    const failingTest = {
      'test/broken.test.js':
        "const test = require('node:test');\nconst assert = require('node:assert');\ntest('known failure', () => assert.equal(1, 2));\n",
    };
    const repo = repoWith({ ...NODE_TESTS, ...MODULES, ...failingTest });
    const run = await upkeep(verifiedRunArgs(VAR_TO_LET, ['src/m0.js', 'src/m5.js'], 'node --test test/'), repo.dir);
    expect(run.status, run.stderr).toBe(0);
    const result = json(run.stdout);
    expect(result.groups).toEqual({ planned: 2, applied: 2, dropped: 0 });
    expect(result.verification.tests!.before.tests).toMatchObject({ passed: 2, failed: 1 });
    expect(result.verification.tests!.after!.tests).toMatchObject({ passed: 2, failed: 1 });
    expect(run.stderr).toContain(
      '`node --test test/` already fails before the change (exit 1, twice); the change is judged by the counts: no fewer than 2 test(s) passing and no more than 1 failing',
    );
    expect(readFileSync(join(repo.dir, 'src/m0.js'), 'utf8')).toContain('let value0 = 0;');

    // an edit that makes a passing test fail is dropped, the others applied
    const repo2 = repoWith({ ...NODE_TESTS, ...MODULES, ...failingTest });
    const breaksM5 = transform(
      "module.exports = (file) => { const out = file.source.replace(/\\bvar\\b/g, 'let'); return file.path.endsWith('m5.js') ? out.replace('return copy;', 'return copy + 1;') : out; };\n",
    );
    const run2 = await upkeep(
      verifiedRunArgs(breaksM5, ['src/m0.js', 'src/m1.js', 'src/m5.js'], 'node --test test/'),
      repo2.dir,
    );
    expect(run2.status, run2.stderr).toBe(0);
    const result2 = json(run2.stdout);
    expect(result2.groups).toEqual({ planned: 3, applied: 2, dropped: 1 });
    expect(result2.dropped).toEqual([
      expect.objectContaining({
        label: 'src/m5.js',
        reason: 'verify',
        detail: '--verify failed when included (1 tests passing instead of 2)',
      }),
    ]);
    expect(readFileSync(join(repo2.dir, 'src/m5.js'), 'utf8')).toBe(MODULES['src/m5.js']);
  });

  it('a --verify command that cannot run (not found: exit 127) is named as such: exit 2, nothing written', async () => {
    await expectBaselineRefused(
      { ...NODE_TESTS, ...MODULES },
      'no-such-test-runner --run',
      "--verify: `no-such-test-runner --run` could not run: a command it runs was not found (exit 127); check the command, and that the project's dependencies are installed (npm install)",
    );
  });

  it('a suite that fails with no test passing still stops the run (exit 2)', async () => {
    await expectBaselineRefused(
      {
        ...MODULES,
        'package.json': '{ "name": "t", "private": true }\n',
        'test/broken.test.js': "const test = require('node:test');\ntest('fails', () => { throw new Error('no'); });\n",
      },
      'node --test test/',
      'the tests already fail before the change (exit 1, no test passed): fix them or run without --verify',
    );
  });

  it('output without a test summary: judged by exit code alone, and said so', async () => {
    const repo = repoWith({ ...NODE_TESTS, ...MODULES });
    const run = await upkeep(['codemod', 'run', VAR_TO_LET, '--no-score', '--verify', 'echo all good'], repo.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'tests: `echo all good` before: exit code 0, tests not counted; after: exit code 0, tests not counted',
    );
    expect(run.stdout).toContain('tests could not be counted; judged by exit code alone');
  });
});

describe('codemod runner: files, TypeScript, bad input, guard', () => {
  it("uses the project's own TypeScript when it is installed, and says which version", async () => {
    const repo = repoWith({
      'package.json': '{ "name": "t", "private": true }\n',
      'tsconfig.json': '{ "compilerOptions": { "noEmit": true, "strict": true, "types": [] }, "include": ["src"] }\n',
      'tsconfig.test.json': '{ "compilerOptions": { "noEmit": true, "types": [] }, "include": ["test"] }\n',
      'src/a.ts': 'var x: number = 1;\nexport { x };\n',
      'test/a.test.ts': 'var y: string = "s";\nexport { y };\n',
    });
    // a copy of the bundled compiler, installed in the project under another version number
    const bundled = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
    const installed = join(repo.dir, 'node_modules/typescript');
    cpSync(bundled, installed, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string };
    const lib = join(installed, 'lib/typescript.js');
    writeFileSync(lib, readFileSync(lib, 'utf8').replace(`version = "${manifest.version}"`, 'version = "6.0.77"'));
    writeFileSync(join(repo.dir, '.gitignore'), 'node_modules\n');
    repo.commit('ignore node_modules');
    const run = await upkeep(
      ['codemod', 'run', VAR_TO_LET, 'test', '--no-score', '--dry-run', '--format', 'json'],
      repo.dir,
    );
    expect(run.status, run.stderr).toBe(0);
    const result = json(run.stdout);
    expect(result.verification.typeCheck!.typescript).toMatchObject({ version: '6.0.77', source: 'project' });
    // the config that covers the changed file, not the root one
    expect(result.verification.typeCheck!.configs).toEqual(['tsconfig.test.json']);
    const text = await upkeep(['codemod', 'run', VAR_TO_LET, 'test', '--no-score', '--dry-run'], repo.dir);
    expect(text.stdout).toContain(
      "type-check with TypeScript 6.0.77 (the project's own), tsconfig.test.json: 0 error(s) before the change",
    );
  });

  it('--show-baseline lists the errors the project has before the change', async () => {
    const repo = repoWith({
      'package.json': '{ "name": "t", "private": true }\n',
      'tsconfig.json': '{ "compilerOptions": { "noEmit": true, "strict": true, "types": [] }, "include": ["src"] }\n',
      'src/a.ts': 'var x: number = "one";\nexport { x };\n',
    });
    const run = await upkeep(['codemod', 'run', VAR_TO_LET, '--no-score', '--dry-run', '--show-baseline'], repo.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /tsconfig\.json: 1 error\(s\) before the change, 1 after, none new\n {2}src\/a\.ts:1:5 TS2322 Type 'string' is not assignable to type 'number'\./,
    );
  });

  it('leaves test fixture folders and dist/ alone unless a fixture folder is named', async () => {
    const repo = repoWith({
      ...NODE_TESTS,
      ...MODULES,
      'test/fixtures/input.js': 'var fixture = 1;\n',
      'src/__testfixtures__/case.input.js': 'var fixture = 2;\n',
      'dist/bundle.js': 'var bundled = 1;\n',
    });
    const run = await upkeep(['codemod', 'run', VAR_TO_LET, '--no-score', '--format', 'json'], repo.dir);
    expect(run.status, run.stderr).toBe(0);
    const result = json(run.stdout);
    expect(result.changes.map((c) => c.path)).not.toContain('dist/bundle.js');
    expect(result.notices).toContain(
      '2 file(s) in test fixture folders left alone (name a fixture folder as a path to change it)',
    );
    expect(readFileSync(join(repo.dir, 'test/fixtures/input.js'), 'utf8')).toBe('var fixture = 1;\n');
    expect(readFileSync(join(repo.dir, 'src/__testfixtures__/case.input.js'), 'utf8')).toBe('var fixture = 2;\n');
    expect(readFileSync(join(repo.dir, 'dist/bundle.js'), 'utf8')).toBe('var bundled = 1;\n');
    repo.git('checkout', '-q', '--', '.');
    const named = await upkeep(['codemod', 'run', VAR_TO_LET, 'test/fixtures', '--no-score'], repo.dir);
    expect(named.status, named.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, 'test/fixtures/input.js'), 'utf8')).toBe('let fixture = 1;\n');
  });

  it('a broken nested package.json and a root package.json with a BOM do not stop the run', async () => {
    const repo = repoWith({
      ...MODULES,
      'package.json': '\uFEFF{ "name": "t", "private": true, "scripts": { "test": "node --test test/" } }\n',
      'test/m.test.js': NODE_TESTS['test/m.test.js'],
      'test/fixtures/broken/package.json': '{ "name": "broken", \n',
      'packages/x/package.json': '{ not json',
      'packages/x/index.js': 'var x = 1;\nmodule.exports = x;\n',
    });
    const run = await upkeep(['codemod', 'run', VAR_TO_LET, '--no-score', '--verify', 'auto'], repo.dir);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, 'packages/x/index.js'), 'utf8')).toBe('let x = 1;\nmodule.exports = x;\n');
    repo.git('checkout', '-q', '--', '.');
    const rename = await upkeep(['codemod', 'rename', '--no-score', '--dry-run'], repo.dir);
    expect(rename.status, rename.stderr).toBe(0);
  });

  it('refuses to delete more than a fifth of a folder without --allow-mass-delete, naming it and suggesting entries', async () => {
    const repo = repoWith({
      'package.json': '{ "name": "t", "private": true, "main": "index.js" }\n',
      'index.js': "module.exports = require('./lib/used');\n",
      'lib/used.js': 'module.exports = 1;\n',
      ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`lib/plugin${i}.js`, `module.exports = ${i};\n`])),
    });
    const run = await upkeep(['codemod', 'dead-code', '--no-score', '--only', 'files', '--format', 'json'], repo.dir);
    expect(run.status, run.stderr).toBe(1);
    const result = json(run.stdout);
    expect(result.massDelete).toContainEqual({ folder: 'lib', deleted: 6, modules: 7 });
    const text = await upkeep(['codemod', 'dead-code', '--no-score', '--only', 'files'], repo.dir);
    expect(text.stdout).toContain('the change would delete more than a fifth of the modules');
    expect(text.stdout).toContain('"entries": ["lib/**"] in upkeep.config.json, or --entry lib/**');
    expect(repo.git('status', '--porcelain')).toBe('');
    const allowed = await upkeep(
      ['codemod', 'dead-code', '--no-score', '--only', 'files', '--allow-mass-delete'],
      repo.dir,
    );
    expect(allowed.status, allowed.stderr).toBe(0);
    expect(repo.git('status', '--porcelain')).toContain(' D lib/plugin0.js');
  });
});
