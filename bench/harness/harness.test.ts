import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchCommands, shellLine } from './commands.mjs';
import { hyperfineArgs, runHyperfine } from './hyperfine.mjs';
import { buildRows, evaluateGoals, formatGoals, formatTable } from './report.mjs';
import { parsePeakRss, runOnce } from './run-once.mjs';
import { gnuTimeAvailable, hyperfineVersion } from './tools.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'upkeep-bench-harness-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Timing = ReturnType<typeof runHyperfine>[number];
const timing = (name: string, mean: number, cpu?: number): Timing => ({
  name,
  mean,
  ...(cpu === undefined ? {} : { cpu }),
  stddev: 0.1,
  min: mean,
  max: mean,
  times: [mean],
  exitCodes: [1],
});
const commands = benchCommands({
  repo: '/repo',
  node: '/usr/bin/node',
  eslintCacheFile: '/tmp/cache',
  withUpkeep: true,
});

describe('shellLine', () => {
  it('quotes words so that the shell hands them back unchanged', () => {
    const words = ['plain', '/a path/with spaces', "it's", '--flag=x,y', ''];
    const echoed = execFileSync('sh', ['-c', `printf '%s\\n' ${shellLine(words)}`], { encoding: 'utf8' });
    expect(echoed).toBe(`${words.join('\n')}\n`);
  });
});

describe('benchCommands', () => {
  it('runs eslint and upkeep on the same project, upkeep cold with .upkeep removed first', () => {
    expect(commands.map((command) => command.id)).toEqual([
      'eslint',
      'eslint-concurrency',
      'eslint-cache',
      'upkeep-cold-eslint',
      'upkeep-cold-eslint-j1',
      'upkeep-warm-eslint',
      'upkeep-cold',
      'upkeep-warm',
    ]);
    expect(commands[3]!.argv.slice(-4)).toEqual(['--engine', 'eslint', '--jobs', '2']);
    expect(commands[4]!.argv.slice(-4)).toEqual(['--engine', 'eslint', '--jobs', '1']);
    expect(commands[4]!.prepare).toBe('rm -rf .upkeep');
    // warm on the ESLint engine: no removal, primed before it is timed
    expect(commands[5]!.argv.slice(-2)).toEqual(['--engine', 'eslint']);
    expect([commands[5]!.prepare, commands[5]!.prime]).toEqual([undefined, true]);
    expect(commands[6]!.argv.slice(-2)).toEqual(['--engine', 'oxlint']);
    expect(commands[6]!.prepare).toBe('rm -rf .upkeep');
    expect(commands[0]!.argv).toEqual([
      '/usr/bin/node',
      '/repo/node_modules/eslint/bin/eslint.js',
      '--config',
      '/repo/bench/upkeep.eslint.config.mjs',
      '--format',
      'json',
      '--output-file',
      '/dev/null',
      '.',
    ]);
    expect(commands[3]!.prepare).toBe('rm -rf .upkeep');
    expect(commands.filter((command) => command.prime).map((command) => command.id)).toEqual([
      'eslint-cache',
      'upkeep-warm-eslint',
      'upkeep-warm',
    ]);
  });

  it('leaves upkeep out when its CLI is not built', () => {
    const eslintOnly = benchCommands({ repo: '/repo', node: 'node', eslintCacheFile: '/tmp/cache', withUpkeep: false });
    expect(eslintOnly.map((command) => command.id)).toEqual(['eslint', 'eslint-concurrency', 'eslint-cache']);
  });
});

describe('hyperfineArgs', () => {
  it('gives one --prepare per command as soon as one command needs it', () => {
    const args = hyperfineArgs(commands, { runs: 3, warmup: 1, exportJson: '/tmp/x.json' });
    expect(args.filter((arg) => arg === '--prepare')).toHaveLength(8);
    expect(args.slice(0, 7)).toEqual([
      '--warmup',
      '1',
      '--runs',
      '3',
      '--ignore-failure',
      '--export-json',
      '/tmp/x.json',
    ]);
  });

  it('gives no --prepare when no command needs one', () => {
    expect(hyperfineArgs(commands.slice(0, 3), { runs: 3, warmup: 1, exportJson: '/tmp/x.json' })).not.toContain(
      '--prepare',
    );
  });
});

describe('runHyperfine', () => {
  it.skipIf(!hyperfineVersion())(
    'times every command, runs each one its own preparation, and reports exit codes',
    () => {
      const marker = join(scratch, 'prepared');
      const timings = runHyperfine(
        [
          {
            id: 'eslint',
            name: 'needs-marker',
            argv: ['test', '-f', marker],
            prepare: `touch ${marker}`,
            prime: false,
          },
          { id: 'eslint-cache', name: 'finds-problems', argv: ['sh', '-c', 'exit 1'], prime: false },
        ],
        { cwd: scratch, runs: 2, warmup: 0, exportJson: join(scratch, 'timings.json') },
      );
      expect(timings.map((entry) => [entry.name, entry.times.length, entry.exitCodes])).toEqual([
        ['needs-marker', 2, [0, 0]],
        ['finds-problems', 2, [1, 1]],
      ]);
    },
  );
});

describe('peak memory', () => {
  it("reads GNU time's report in MB", () => {
    expect(parsePeakRss('\tMaximum resident set size (kbytes): 524288\n')).toBe(512);
    expect(parsePeakRss('no report here')).toBeUndefined();
  });

  it.skipIf(!gnuTimeAvailable())('measures a real process that holds 200 MB', () => {
    const result = runOnce(
      [process.execPath, '-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); process.exitCode = b[0];'],
      { cwd: scratch, measureRss: true },
    );
    expect(result.exitCode).toBe(1);
    expect(result.peakRssMb).toBeGreaterThan(200);
    expect(result.stderr).toBe('');
  });

  it("keeps the command's own error output apart from the time report", () => {
    const result = runOnce(['sh', '-c', 'echo broken config >&2; exit 2'], {
      cwd: scratch,
      measureRss: gnuTimeAvailable(),
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe('broken config');
  });
});

describe('report', () => {
  const timings = [
    timing('eslint', 10, 12),
    timing('eslint --concurrency 2', 6, 18),
    timing('eslint --cache (warm)', 2),
    timing('upkeep score (cold, eslint)', 8, 15),
    timing('upkeep score (cold, eslint, --jobs 1)', 9, 11),
    timing('upkeep score (warm, eslint)', 3),
    timing('upkeep score (cold, oxlint)', 7, 6),
    timing('upkeep score (warm, oxlint)', 2.5),
  ];
  const rss = new Map<string, number | undefined>([
    ['eslint', 400],
    ['upkeep-cold-eslint', 700],
    ['upkeep-cold', 812.4],
  ]);
  const rows = buildRows(timings, commands, rss);

  it('divides every mean by the single-threaded eslint mean', () => {
    expect(rows.map((row) => row.ratio)).toEqual([1, 0.6, 0.2, 0.8, 0.9, 0.3, 0.7, 0.25]);
    expect(rows.map((row) => row.cpuRatio)).toEqual([1, 1.5, undefined, 1.25, 11 / 12, undefined, 0.5, undefined]);
  });

  it('judges cold oxlint against 0.2× eslint and its memory, cold eslint against 0.85×, warm against eslint --cache', () => {
    const goals = evaluateGoals(rows);
    expect(goals.map((goal) => [goal.ratio, goal.met])).toEqual([
      [0.7, false],
      [2.031, false],
      [0.8, true],
      [1.25, false],
      [11 / 12, true],
      [1.75, false],
    ]);
    expect(formatGoals(goals)).toBe(
      [
        'goal: upkeep score cold (oxlint) ≤ 0.2× single-threaded eslint: 0.70× → NOT met',
        'goal: upkeep score cold (oxlint) peak RSS ≤ single-threaded eslint: 2.03× → NOT met',
        'goal: upkeep score cold (eslint) ≤ 0.85× single-threaded eslint: 0.80× → met',
        'goal: upkeep score warm ≤ eslint --cache warm: 1.25× → NOT met',
        'goal: upkeep score cold (eslint, --jobs 1) CPU ≤ single-threaded eslint CPU: 0.92× → met',
        'goal: upkeep score cold (eslint, --jobs 2) peak RSS ≤ 1.5× single-threaded eslint: 1.75× → NOT met',
      ].join('\n'),
    );
  });

  it('says the goals were not measured when upkeep was not run', () => {
    const eslintRows = buildRows(timings.slice(0, 3), commands.slice(0, 3), rss);
    expect(evaluateGoals(eslintRows).map((goal) => goal.met)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(formatGoals(evaluateGoals(eslintRows))).toBe(
      [
        'goal: upkeep score cold (oxlint) ≤ 0.2× single-threaded eslint: not measured',
        'goal: upkeep score cold (oxlint) peak RSS ≤ single-threaded eslint: not measured',
        'goal: upkeep score cold (eslint) ≤ 0.85× single-threaded eslint: not measured',
        'goal: upkeep score warm ≤ eslint --cache warm: not measured',
        'goal: upkeep score cold (eslint, --jobs 1) CPU ≤ single-threaded eslint CPU: not measured',
        'goal: upkeep score cold (eslint, --jobs 2) peak RSS ≤ 1.5× single-threaded eslint: not measured',
      ].join('\n'),
    );
  });

  it('prints mean, spread, ratio, CPU time and peak memory in aligned columns', () => {
    expect(formatTable(rows.slice(0, 4))).toBe(
      [
        'benchmark                               mean (s)    ± sd  × eslint   CPU (s)   CPU ×  peak RSS (MB)',
        '---------------------------------------------------------------------------------------------------',
        'eslint                                     10.00    0.10     1.00×     12.00   1.00×            400',
        'eslint --concurrency 2                      6.00    0.10     0.60×     18.00   1.50×            n/a',
        'eslint --cache (warm)                       2.00    0.10     0.20×       n/a     n/a            n/a',
        'upkeep score (cold, eslint, --jobs 2)       8.00    0.10     0.80×     15.00   1.25×            700',
      ].join('\n'),
    );
  });

  it('refuses to compute ratios without the eslint baseline', () => {
    expect(() => buildRows(timings.slice(1, 3), commands.slice(1, 3), rss)).toThrow(/baseline/);
  });
});

describe('score-bench.mjs', () => {
  it('rejects a bad option with exit code 2 and says which option', () => {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'score-bench.mjs'), '--runs', 'zero'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('score-bench: --runs must be an integer ≥ 0, got zero\n');
  });
});
