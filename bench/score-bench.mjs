#!/usr/bin/env node
// Benchmarks `upkeep score` against plain ESLint on a seeded synthetic legacy project, with the
// same rule set on both sides. Reports; never gates: the exit code is 0 whatever the verdict,
// 2 only when the benchmark could not run (missing tool, unbuilt package, failing command).
//   node bench/score-bench.mjs [--files 2000] [--seed 1] [--runs 3] [--warmup 1] [--skip-history]
// On the synthetic project it then runs diff-bench.mjs (20 changed modules) and trend-bench.mjs
// (100 commits) in the same run, unless --skip-history.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProject } from './generate-project.mjs';
import { benchCommands } from './harness/commands.mjs';
import { runHyperfine } from './harness/hyperfine.mjs';
import { buildRows, evaluateGoals, formatGoals, formatTable } from './harness/report.mjs';
import { runOnce } from './harness/run-once.mjs';
import { INSTALL_HINT, gnuTimeAvailable, hyperfineVersion } from './harness/tools.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const repo = dirname(bench);
const out = join(bench, 'out');

/** A reason the benchmark cannot run, worded for the person running it. */
class SetupError extends Error {}

/** @param {string[]} argv */
function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      files: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      project: { type: 'string' },
      'skip-history': { type: 'boolean' },
      rows: { type: 'string' },
      env: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const numbers = {
    files: Number(values.files),
    seed: Number(values.seed),
    runs: Number(values.runs),
    warmup: Number(values.warmup),
  };
  for (const [name, value] of Object.entries(numbers)) {
    const min = name === 'files' ? 1 : 0;
    if (!Number.isInteger(value) || value < min)
      throw new SetupError(`--${name} must be an integer ≥ ${min}, got ${values[name]}`);
  }
  return {
    ...numbers,
    project: values.project,
    env: values.env ?? false,
    skipHistory: values['skip-history'] ?? false,
    rows:
      values.rows === undefined
        ? undefined
        : values.rows
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
    help: values.help ?? false,
  };
}

/** @param {string} text */
const say = (text) => process.stdout.write(`${text}\n`);

/** Generates the project on first use, then reuses it. @param {number} files @param {number} seed */
function ensureProject(files, seed) {
  const dir = join(out, seed === 1 ? `synthetic-${files}` : `synthetic-${files}-seed${seed}`);
  if (existsSync(join(dir, '.git'))) return dir;
  if (existsSync(dir))
    throw new SetupError(
      `${relative(repo, dir)} exists but is not a generated project (no .git); delete it and run again`,
    );
  say(`generating ${relative(repo, dir)} (${files} modules, seed ${seed}) ...`);
  mkdirSync(out, { recursive: true });
  generateProject({ files, seed, outDir: dir });
  return dir;
}

/** @param {string} dir */
function resolveProject(dir) {
  const path = resolve(dir);
  if (!existsSync(join(path, '.git')))
    throw new SetupError(
      `--project ${dir}: not a git work tree; give a copy of a repository (e.g. cp -a /work/real/base/got /tmp/got)`,
    );
  return path;
}

/** @param {string} dir */
function describeProject(dir) {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: dir, encoding: 'utf8' })
    .split('\0')
    .filter((path) => /\.(js|jsx|ts|tsx)$/.test(path));
  const bytes = files.reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
  const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  return `${relative(repo, dir)} (${files.length} modules, ${(bytes / 1e6).toFixed(2)} MB, commit ${commit})`;
}

function machine() {
  const eslintVersion = JSON.parse(readFileSync(join(repo, 'node_modules/eslint/package.json'), 'utf8')).version;
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${availableParallelism()} CPUs (nproc; ${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${platform()} ${release()}, Node ${process.version}, ESLint ${eslintVersion}, hyperfine ${hyperfineVersion()}`;
}

/** @param {import('./harness/run-once.mjs').RunResult} result */
function failure(result) {
  if (result.signal) return `killed by ${result.signal}`;
  if (result.exitCode === 0 || result.exitCode === 1) return undefined;
  const tail = result.stderr.trim().split('\n').slice(-8).join('\n    ');
  return `exit code ${result.exitCode}${tail ? `:\n    ${tail}` : ''}`;
}

/**
 * Runs each command once (priming its cache first when it has one): proves it works before
 * hyperfine swallows exit codes, and gives its peak memory. Commands that fail are dropped.
 * @param {import('./harness/commands.mjs').BenchCommand[]} commands @param {string} cwd @param {boolean} measureRss
 */
function checkCommands(commands, cwd, measureRss) {
  const working = [];
  /** @type {Map<string, number | undefined>} */
  const peakRss = new Map();
  /** the checking run's own figures, as a timing (for --runs 0) @type {Map<string, import('./harness/hyperfine.mjs').Timing>} */
  const once = new Map();
  for (const command of commands) {
    const primed = command.prime
      ? runOnce(command.argv, { cwd, prepare: command.prepare, measureRss: false })
      : undefined;
    const result =
      primed && failure(primed) ? primed : runOnce(command.argv, { cwd, prepare: command.prepare, measureRss });
    const problem = failure(result);
    if (problem) {
      say(`  ${command.name}: does not run (${problem}); left out`);
      continue;
    }
    working.push(command);
    peakRss.set(command.id, result.peakRssMb);
    once.set(command.id, {
      name: command.name,
      mean: result.seconds,
      stddev: 0,
      min: result.seconds,
      max: result.seconds,
      times: [result.seconds],
      exitCodes: [result.exitCode ?? -1],
      ...(result.cpuSeconds === undefined ? {} : { cpu: result.cpuSeconds }),
    });
    const cpu = result.cpuSeconds === undefined ? '' : `, CPU ${result.cpuSeconds.toFixed(1)} s`;
    const memory = result.peakRssMb === undefined ? '' : `${cpu}, peak RSS ${result.peakRssMb.toFixed(0)} MB`;
    say(`  ${command.name}: ok (${result.seconds.toFixed(1)} s${memory})`);
  }
  return { working, peakRss, once };
}

/** @param {ReturnType<typeof options>} opts */
function run(opts) {
  if (!hyperfineVersion()) throw new SetupError(`hyperfine is not installed; ${INSTALL_HINT}`);
  const measureRss = gnuTimeAvailable();
  if (!existsSync(join(repo, 'rules/dist/index.js')))
    throw new SetupError(
      'the rules package is not built (rules/dist/index.js is missing); run: pnpm exec tsc -b rules',
    );
  const withUpkeep = existsSync(join(repo, 'packages/cli/dist/bin.js'));
  // a real project given with --project is measured in place (its own .upkeep/ is deleted before cold runs)
  const project = opts.project === undefined ? ensureProject(opts.files, opts.seed) : resolveProject(opts.project);
  const scratch = mkdtempSync(join(tmpdir(), 'upkeep-bench-'));
  try {
    say(`machine: ${machine()}`);
    say(`project: ${describeProject(project)}`);
    if (!withUpkeep)
      say(
        'upkeep: packages/cli/dist/bin.js is missing, so only ESLint is measured; build the CLI with: pnpm exec tsc -b packages/cli',
      );
    if (!measureRss) say(`peak memory: GNU time (/usr/bin/time) not found, RSS shows as n/a; ${INSTALL_HINT}`);
    const all = benchCommands({
      repo,
      node: process.execPath,
      eslintCacheFile: join(scratch, 'eslintcache'),
      withUpkeep,
    });
    const unknown = (opts.rows ?? []).filter((id) => !all.some((command) => command.id === id));
    if (unknown.length > 0)
      throw new SetupError(
        `--rows: no benchmark ${unknown.join(', ')}; the rows are ${all.map((command) => command.id).join(', ')}`,
      );
    // the baseline of every ratio is always measured
    const commands = opts.rows
      ? all.filter((command) => command.id === 'eslint' || opts.rows.includes(command.id))
      : all;
    say('checking each command once (and priming caches):');
    const { working, peakRss, once } = checkCommands(commands, project, measureRss);
    if (!working.some((command) => command.id === 'eslint'))
      throw new SetupError('single-threaded eslint, the baseline of every ratio, does not run; see the error above');
    const name = basename(project);
    const exportJson = join(out, `score-bench-${name}.hyperfine.json`);
    if (opts.runs === 0 && !measureRss)
      throw new SetupError(`--runs 0 takes its figures from GNU time (/usr/bin/time), not found; ${INSTALL_HINT}`);
    if (opts.runs > 0) say(`timing with hyperfine (--warmup ${opts.warmup} --runs ${opts.runs}):`);
    else say('--runs 0: the figures are those of the one checking run of each command (GNU time), no hyperfine');
    const timings =
      opts.runs > 0
        ? runHyperfine(working, { cwd: project, runs: opts.runs, warmup: opts.warmup, exportJson })
        : working.map((command) => once.get(command.id));
    for (const timing of timings) {
      const failed = timing.exitCodes.filter((code) => code !== 0 && code !== 1);
      if (failed.length > 0)
        say(
          `warning: ${failed.length} run(s) of ${timing.name} failed (exit codes ${failed.join(', ')}); its figures are not reliable`,
        );
    }
    const rows = buildRows(timings, working, peakRss);
    const goals = evaluateGoals(rows);
    say('');
    say(formatTable(rows));
    say('');
    say(formatGoals(goals));
    say('');
    say(
      `reproduce: node bench/score-bench.mjs ${opts.project === undefined ? `--files ${opts.files} --seed ${opts.seed}` : `--project ${opts.project}`} --runs ${opts.runs} --warmup ${opts.warmup}${opts.rows ? ` --rows ${opts.rows.join(',')}` : ''}`,
    );
    const summary = join(out, `score-bench-${name}.summary.json`);
    writeFileSync(
      summary,
      `${JSON.stringify({ machine: machine(), project: describeProject(project), options: opts, rows, goals }, null, 2)}\n`,
    );
    say(`raw timings: ${relative(repo, exportJson)}, summary: ${relative(repo, summary)}`);
    if (withUpkeep && opts.project === undefined && !opts.skipHistory) runHistoryBenches(opts);
    if (!statSync('/dev/null').isCharacterDevice()) {
      say(
        'warning: /dev/null is no longer a device: a benchmarked command replaced it. Restore it with: sudo rm /dev/null && sudo mknod -m 666 /dev/null c 1 3',
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `upkeep diff` of 20 changed modules against a cold full score, and a trend of 100 commits
 * against one cold ESLint run, on the same synthetic project size: the benchmarks of their own,
 * run here so that one invocation prints every figure. @param {ReturnType<typeof options>} opts
 */
function runHistoryBenches(opts) {
  for (const [script, args] of [
    ['diff-bench.mjs', ['--files', String(opts.files), '--changed', '20']],
    ['trend-bench.mjs', ['--files', String(opts.files), '--commits', '100', '--seed', String(opts.seed)]],
  ]) {
    say('');
    say(`$ node bench/${script} ${args.join(' ')}`);
    const result = spawnSync(process.execPath, [join(bench, script), ...args], { cwd: repo, stdio: 'inherit' });
    if (result.status !== 0) say(`${script} did not complete (exit code ${result.status}); its figures are missing`);
  }
}

/**
 * `--env`: the cost of environment detection. `upkeep score` (oxlint engine) cold and warm, with
 * detection and without it (UPKEEP_BENCH_NO_ENVIRONMENTS=1), the four variants taking turns run
 * after run so they share the machine's state; wall and CPU (user + sys, children included) from
 * GNU time. @param {ReturnType<typeof options>} opts
 */
function environmentCost(opts) {
  if (!existsSync(join(repo, 'packages/cli/dist/bin.js')))
    throw new SetupError('the CLI is not built (packages/cli/dist/bin.js is missing); run: pnpm build');
  if (!gnuTimeAvailable()) throw new SetupError(`GNU time (/usr/bin/time) is needed for CPU times; ${INSTALL_HINT}`);
  const project = opts.project === undefined ? ensureProject(opts.files, opts.seed) : resolveProject(opts.project);
  say(`machine: ${machine()}`);
  say(`project: ${describeProject(project)}`);
  const cli = [process.execPath, join(repo, 'packages/cli/dist/bin.js'), 'score', '.', '--format', 'json', '--quiet'];
  const variants = [
    { name: 'cold, detection', env: {}, cold: true },
    { name: 'cold, no detection', env: { UPKEEP_BENCH_NO_ENVIRONMENTS: '1' }, cold: true },
    { name: 'warm, detection', env: {}, cold: false },
    { name: 'warm, no detection', env: { UPKEEP_BENCH_NO_ENVIRONMENTS: '1' }, cold: false },
  ];
  /** @type {Map<string, { wall: number[], cpu: number[] }>} */
  const samples = new Map(variants.map((variant) => [variant.name, { wall: [], cpu: [] }]));
  for (let round = -opts.warmup; round < opts.runs; round++) {
    for (const variant of variants) {
      if (variant.cold) rmSync(join(project, '.upkeep'), { recursive: true, force: true });
      else runTimed(cli, project, variant.env); // primes the cache of this variant
      const { wall, cpu } = runTimed(cli, project, variant.env);
      if (round < 0) continue;
      samples.get(variant.name).wall.push(wall);
      samples.get(variant.name).cpu.push(cpu);
    }
  }
  const mean = (/** @type {number[]} */ values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  say('');
  say('| run | wall (mean) | CPU user+sys (mean) | CPU vs no detection |');
  say('|---|---|---|---|');
  for (const variant of variants) {
    const own = samples.get(variant.name);
    const base = samples.get(variant.name.replace('detection', 'no detection').replace('no no ', 'no '));
    const ratio = mean(own.cpu) / mean(base.cpu);
    say(
      `| ${variant.name} | ${mean(own.wall).toFixed(2)} s | ${mean(own.cpu).toFixed(2)} s | ${variant.name.includes('no detection') ? '—' : `${ratio.toFixed(3)}×`} |`,
    );
  }
  say('');
  say(`goal: detection within 5 % (CPU ratio ≤ 1.05) cold and warm; runs ${opts.runs}, warm-up rounds ${opts.warmup}`);
}

/** One run under GNU time: wall seconds and CPU seconds (user + sys). @param {string[]} argv @param {string} cwd @param {Record<string, string>} env */
function runTimed(argv, cwd, env) {
  const result = spawnSync('/usr/bin/time', ['-f', 'UPKEEP_TIME %e %U %S', ...argv], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const output = result.stderr ?? '';
  return parseTime(output);
}

/** @param {string} stderr */
function parseTime(stderr) {
  const match = /UPKEEP_TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(stderr);
  if (!match) throw new SetupError(`could not read GNU time's output: ${stderr.slice(-300)}`);
  return { wall: Number(match[1]), cpu: Number(match[2]) + Number(match[3]) };
}

try {
  const opts = options(process.argv.slice(2));
  if (opts.help)
    say(
      'Usage: node bench/score-bench.mjs [--files N=2000] [--seed S=1] [--runs N=3] [--warmup N=1] [--project DIR] [--rows ID,…] [--skip-history] [--env]\n  --runs 0: no hyperfine; each command runs once under GNU time, which gives its wall, CPU and peak RSS\n  --rows: measure only these rows (ids: eslint, eslint-concurrency, eslint-cache, upkeep-cold-eslint, upkeep-cold-eslint-j1, upkeep-warm-eslint, upkeep-cold, upkeep-warm); eslint, the baseline, always runs\n  --skip-history: leave out diff-bench (20 changed modules) and trend-bench (100 commits), run after the table on the synthetic project\n  --env: the cost of environment detection (cold and warm, with and without it)\nSee bench/README.md for what is measured and how to read it.',
    );
  else if (opts.env) environmentCost(opts);
  else run(opts);
} catch (error) {
  process.stderr.write(`score-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  // whatever went wrong, nothing was measured: that is the one case that is not a 0
  process.exitCode = 2;
}
