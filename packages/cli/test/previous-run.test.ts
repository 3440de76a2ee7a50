import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@upkeep/test-utils';
import { cli as runInProcess, type CliRun } from './in-process.js';

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

function project(): TempRepo {
  const repo = createTempRepo({
    'eslint.config.mjs': CONFIG,
    'upkeep.config.json': UPKEEP_CONFIG,
    'src/a.js': A,
    'src/b.js': B,
  });
  repos.push(repo);
  return repo;
}

/** The CLI in-process, on one lint job. */
function cli(args: string[], cwd: string): Promise<CliRun> {
  return runInProcess([...args, '--jobs', '1'], cwd);
}

describe('upkeep score: the previous run', () => {
  it('compares only with a run of the same effective configuration, else says the configuration changed', async () => {
    const repo = project();
    const lastLine = (run: { stdout: string }): string => run.stdout.trimEnd().split('\n').at(-1)!;
    expect(lastLine(await cli(['score'], repo.dir))).toBe('Your code has been rated at 5.00/10');
    const base = JSON.parse(UPKEEP_CONFIG) as Record<string, unknown>;
    const variants: Record<string, unknown>[] = [
      { ...base, categories: { 'no-debugger': 'W', eqeqeq: 'W' } },
      { ...base, evaluation: 'max(0, 10 - ((50 * error + warning) / statement) * 10)' },
      { ...base, eslintConfig: 'recommended' },
      { ...base, include: ['src/a.js'] },
      { ...base, maxFileSize: 120 },
    ];
    for (const variant of variants) {
      repo.write({ 'upkeep.config.json': JSON.stringify(variant) });
      const run = await cli(['score'], repo.dir);
      expect(run.status).toBe(0);
      expect(lastLine(run)).toMatch(
        /^Your code has been rated at \d+\.\d\d\/10 \(previous run: another configuration, not compared\)$/,
      );
      expect(run.stdout).not.toMatch(/\(previous run: \d/);
    }
    // back to the first configuration: compared with its own last run, not with the others
    repo.write({ 'upkeep.config.json': UPKEEP_CONFIG, 'src/a.js': A.replace('  debugger;\n', '') });
    expect(lastLine(await cli(['score'], repo.dir))).toBe(
      'Your code has been rated at 8.46/10 (previous run: 5.00/10, +3.46)',
    );
    const json = JSON.parse((await cli(['score', '--format', 'json'], repo.dir)).stdout) as {
      previousRun?: { total: number };
    };
    expect(json.previousRun?.total).toBeCloseTo(8.4615, 3);
  }, 300_000);
});
