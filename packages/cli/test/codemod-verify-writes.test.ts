// What a verify command writes itself (a suite that rewrites its expected-output files, a
// formatter run by `npm test`) is not left in the user's tree: a codemod leaves only its own edits.
import { existsSync, readFileSync } from 'node:fs';
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

/** A test that rewrites the tracked expected output, deletes a tracked file and leaves a new one. */
const TEST = `const fs = require('node:fs');
const { total } = require('../src/total.js');
fs.writeFileSync('test/expected.txt', 'rewritten by the test run\\n');
fs.rmSync('test/stale.txt', { force: true });
fs.writeFileSync('test/made-by-test.log', 'x\\n');
if (total([1, 2]) !== 3) { console.error('wrong total'); process.exit(1); }
console.log('ok');
`;

function project(): TempRepo {
  const repo = createTempRepo({
    'package.json': '{"name":"writes","version":"1.0.0","private":true}\n',
    'src/total.js':
      'var sum = 0;\nfunction total(xs) {\n  var s = 0;\n  for (var x of xs) s += x;\n  return s;\n}\nmodule.exports = { total, sum };\n',
    'test/run.cjs': TEST,
    'test/expected.txt': 'expected output\n',
    'test/stale.txt': 'kept\n',
  });
  repos.push(repo);
  repo.commit('initial');
  return repo;
}

describe('codemod --verify and the files the tests write', () => {
  it('restores the tracked files the test command rewrote or deleted, lists what it created, and keeps only the codemod edits', async () => {
    const repo = project();
    const run = await upkeep(
      ['codemod', 'run', 'var-to-let-const', '--verify', 'node test/run.cjs', '--no-score', '--format', 'json'],
      repo.dir,
    );
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expectValidCodemodResult(result);
    expect(result.changes.map((change: { path: string }) => change.path)).toEqual(['src/total.js']);
    expect(result.verification.tests.restored).toEqual(['test/expected.txt', 'test/stale.txt']);
    expect(result.verification.tests.created).toEqual(['test/made-by-test.log']);
    expect(readFileSync(join(repo.dir, 'test/expected.txt'), 'utf8')).toBe('expected output\n');
    expect(readFileSync(join(repo.dir, 'test/stale.txt'), 'utf8')).toBe('kept\n');
    expect(existsSync(join(repo.dir, 'test/made-by-test.log'))).toBe(true);
    expect(readFileSync(join(repo.dir, 'src/total.js'), 'utf8')).toContain('let s = 0;');
    expect(repo.git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
      ' M src/total.js',
      '?? test/made-by-test.log',
    ]);
  });

  it('says so in the text report, with the paths', async () => {
    const repo = project();
    const run = await upkeep(
      ['codemod', 'run', 'var-to-let-const', '--verify', 'node test/run.cjs', '--no-score'],
      repo.dir,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '  the tests rewrote 2 tracked file(s) the codemod did not change, restored from git after each run: test/expected.txt, test/stale.txt\n',
    );
    expect(run.stdout).toContain('  the tests created 1 untracked file(s), left in place: test/made-by-test.log\n');
  });

  it('restores them also when the change fails the tests and nothing is applied', async () => {
    const repo = project();
    const run = await upkeep(
      [
        'codemod',
        'run',
        'var-to-let-const',
        '--verify',
        "node test/run.cjs && node -e \"process.exit(/let/.test(require('fs').readFileSync('src/total.js','utf8'))?1:0)\"",
        '--no-score',
        '--format',
        'json',
      ],
      repo.dir,
    );
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('rejected');
    expect(result.changes).toEqual([]);
    expect(readFileSync(join(repo.dir, 'test/expected.txt'), 'utf8')).toBe('expected output\n');
    expect(repo.git('status', '--porcelain').split('\n').filter(Boolean)).toEqual(['?? test/made-by-test.log']);
  });
});
