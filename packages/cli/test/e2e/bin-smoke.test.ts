import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempRepo, runUpkeep } from '@upkeep/test-utils';

/**
 * The built binary as a process: what in-process tests cannot see (the shebang entry, exit codes
 * through process.exitCode, output flushed before exit). Behaviour is tested in-process.
 */
const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

describe('dist/bin.js', () => {
  const repo = createTempRepo({ 'src/a.js': 'var a = 1;\nif (a == 2) {\n  a = 3;\n}\nexport { a };\n' });
  repo.commit('base');
  afterAll(() => repo.cleanup());

  it('prints its version and exits 0', () => {
    expect(runUpkeep(['--version'], repo.dir)).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('scores, and exits 1 under --fail-under with the rating on stdout', () => {
    const run = runUpkeep(['score', '--fail-under', '9.5', '--no-cache'], repo.dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Your code has been rated at \d+\.\d\d\/10$/m);
    expect(run.stderr).toMatch(/under --fail-under 9\.5/);
  });

  it('exits 2 on a usage error, naming the option', () => {
    const run = runUpkeep(['score', '--colour'], repo.dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--colour'");
  });
});

describe('dist/bin.js keeps ESLint’s own warnings off the terminal', () => {
  // a legacy .eslintignore makes ESLint emit ESLintIgnoreWarning each time it starts; upkeep
  // applies the file itself and says so in its own words (score) or not at all (--quiet)
  const repo = createTempRepo({
    '.eslintignore': 'vendor/\n',
    'src/a.js': 'var a = 1;\nexport { a };\n',
    'vendor/b.js': 'undefinedName();\n',
  });
  repo.commit('one');
  repo.write({ 'src/a.js': 'const a = 1;\nexport { a };\n' });
  repo.commit('two');
  afterAll(() => repo.cleanup());

  for (const engine of ['eslint', 'oxlint']) {
    it(`trend --quiet --engine ${engine} prints the report and nothing else`, () => {
      const run = runUpkeep(['trend', '--quiet', '--no-cache', '--engine', engine, '--format', 'csv'], repo.dir);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(3);
    });
  }
});
