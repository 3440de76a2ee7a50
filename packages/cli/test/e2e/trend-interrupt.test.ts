import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempRepo, runUpkeep, UPKEEP_BIN, type TempRepo } from '@upkeep/test-utils';

const CONFIG = `export default [{ files: ['**/*.js'], rules: { 'no-debugger': 'error', eqeqeq: 'error', 'no-var': 'error' } }];\n`;
const UPKEEP_CONFIG = JSON.stringify({
  include: ['src/**'],
  eslintConfig: 'eslint.config.mjs',
  categories: { 'no-debugger': 'E', eqeqeq: 'W', 'no-var': 'C' },
});

// A real process: Ctrl-C (SIGINT) and exit code 130 exist only there.
describe('upkeep trend: interrupted and resumed', () => {
  /** `commits` commits, each after the first rewriting 30 of 60 modules: 60 + 30 per commit distinct module versions to lint */
  function busyHistory(commits = 12): TempRepo {
    const busy = createTempRepo({ 'eslint.config.mjs': CONFIG, 'upkeep.config.json': UPKEEP_CONFIG });
    for (let commit = 0; commit < commits; commit++) {
      const files: Record<string, string> = {};
      for (let i = 0; i < 60; i++) {
        if (commit > 0 && (i + commit) % 2 === 0) continue;
        const lines = Array.from({ length: 30 + ((i * 7 + commit) % 25) }, (_, n) =>
          n % 5 === 0 ? `var v${n} = ${n} == ${commit};` : `let w${n} = ${n + i};`,
        );
        files[`src/m${i}.js`] = `${lines.join('\n')}\nexport {};\n`;
      }
      busy.write(files);
      busy.commit(`step ${commit}`);
    }
    return busy;
  }

  function cacheEntries(dir: string): number {
    const cache = join(dir, '.upkeep', 'cache');
    if (!existsSync(cache)) return 0;
    // lint results only, packed many to a file (one line each after the header line); the
    // environment facts of module texts are one file beside them
    return readdirSync(cache, { recursive: true })
      .filter((name) => /(^|\/)pack-[^/]*\.ndjson$/.test(String(name)))
      .reduce((sum, name) => sum + readFileSync(join(cache, String(name)), 'utf8').split('\n').length - 2, 0);
  }

  /**
   * Starts `upkeep trend` in a process group of its own, sends SIGINT to the whole group once
   * `ready()` holds (as a terminal's Ctrl-C does: upkeep's git and oxlint processes get it too),
   * and gives the exit code, stderr and the seconds from the signal to the exit.
   */
  async function interrupt(
    dir: string,
    args: string[],
    ready: () => boolean,
  ): Promise<{ code: number | null; stderr: string; seconds: number }> {
    const child = spawn(process.execPath, [UPKEEP_BIN, 'trend', ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    while (!ready()) await new Promise((resolve) => setTimeout(resolve, 25));
    const sent = performance.now();
    process.kill(-child.pid!, 'SIGINT');
    const code = await exited;
    return { code, stderr, seconds: (performance.now() - sent) / 1000 };
  }

  it('exits 130 within two seconds of Ctrl-C while worker threads lint, writing no report', async () => {
    const busy = busyHistory();
    try {
      // two workers; the signal comes while their first batches are in flight
      const run = await interrupt(busy.dir, ['--jobs', '2', '--format', 'json', '--out', 'trend.json'], () =>
        existsSync(join(busy.dir, '.upkeep', 'cache')),
      );
      expect(run.code).toBe(130);
      expect(run.seconds).toBeLessThan(2);
      expect(run.stderr).toMatch(
        /upkeep: interrupted (?:after linting \d+ of \d+ modules; they are kept in the cache, run the same command again to resume|before any of the \d+ modules to lint was done); no report was written\n$/,
      );
      expect(existsSync(join(busy.dir, 'trend.json'))).toBe(false);
    } finally {
      busy.cleanup();
    }
  }, 120_000);

  it('exits 130 on Ctrl-C with the oxlint engine too, writing no report', async () => {
    const busy = busyHistory();
    try {
      // the recommended preset on oxlint: the signal reaches the oxlint process and git's readers
      busy.write({ 'upkeep.config.json': JSON.stringify({ include: ['src/**'] }) });
      busy.commit('the recommended preset');
      const run = await interrupt(busy.dir, ['--engine', 'oxlint', '--format', 'json', '--out', 'trend.json'], () =>
        existsSync(join(busy.dir, '.upkeep', 'cache')),
      );
      expect(run.code).toBe(130);
      expect(run.seconds).toBeLessThan(2);
      expect(run.stderr).toMatch(/; no report was written\n$/);
      expect(run.stderr).not.toMatch(/internal error|oxlint could not run/);
      expect(existsSync(join(busy.dir, 'trend.json'))).toBe(false);
    } finally {
      busy.cleanup();
    }
  }, 120_000);

  it('keeps what was linted on Ctrl-C, writes no report, and resumes to the same result as one run', async () => {
    // 750 module versions: the cache writes its first pack at 500 entries (or after 3 s), so the
    // signal comes with a pack on disk and about 250 modules still to lint, however fast the machine
    const busy = busyHistory(24);
    try {
      const run = await interrupt(
        busy.dir,
        ['--jobs', '1', '--format', 'json', '--out', 'trend.json'],
        () => cacheEntries(busy.dir) >= 20,
      );
      expect(run.code).toBe(130);
      expect(run.seconds).toBeLessThan(2);
      expect(run.stderr).toMatch(
        /upkeep: interrupted after linting \d+ of \d+ modules; they are kept in the cache, run the same command again to resume; no report was written\n$/,
      );
      expect(existsSync(join(busy.dir, 'trend.json'))).toBe(false);
      const kept = cacheEntries(busy.dir);
      expect(kept).toBeGreaterThanOrEqual(20);
      expect(
        readdirSync(join(busy.dir, '.upkeep', 'cache'), { recursive: true }).filter((name) =>
          String(name).endsWith('.tmp'),
        ),
      ).toEqual([]);

      const resumed = runUpkeep(['trend', '--jobs', '1', '--format', 'json', '--out', 'trend.json'], busy.dir);
      expect(resumed.status).toBe(0);
      const [, linted, fromCache] = /\((\d+) linted, (\d+) from the cache\)/.exec(resumed.stderr)!;
      expect(Number(fromCache)).toBe(kept);
      expect(Number(linted)).toBeGreaterThan(0);
      const once = runUpkeep(['trend', '--jobs', '1', '--format', 'json', '--no-cache'], busy.dir);
      expect(once.status).toBe(0);
      expect(readFileSync(join(busy.dir, 'trend.json'), 'utf8')).toBe(once.stdout);
    } finally {
      busy.cleanup();
    }
  }, 180_000);
});
