#!/usr/bin/env node
// Benchmarks `upkeep trend` on a synthetic project with a history of ordinary churn: the cold
// trend of every commit against one cold run of plain ESLint (one thread, same rules) over HEAD
// (issue 14's goal: ≤ 1×) and against one cold full `upkeep score`; optionally against scoring
// each commit without the cache (the naive way); then a second trend after one more commit (goal
// ≤ 0.1× the first). Every run under GNU time: wall, CPU (user + sys), peak RSS. Reports; never gates.
// --baseline DIR measures another built checkout of upkeep (an earlier version) in the same run,
// its rows beside this checkout's, so a change is compared side by side under the same load.
//   node bench/trend-bench.mjs [--files 2000] [--commits 100] [--seed 1] [--engines oxlint,eslint] [--naive-sample 0] [--baseline DIR]
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProject } from './generate-project.mjs';
import { eslintColdCommand } from './harness/commands.mjs';
import { runOnce } from './harness/run-once.mjs';
import { addChurn } from './synthetic/churn.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const repo = dirname(bench);
const bin = join(repo, 'packages/cli/dist/bin.js');
const say = (text) => process.stdout.write(`${text}\n`);

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      files: { type: 'string', default: '2000' },
      commits: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      'naive-sample': { type: 'string', default: '0' },
      engines: { type: 'string', default: 'oxlint,eslint' },
      baseline: { type: 'string' },
    },
  });
  const engines = values.engines.split(',').filter(Boolean);
  for (const engine of engines)
    if (engine !== 'eslint' && engine !== 'oxlint')
      throw new Error(`--engines takes oxlint and/or eslint, comma-separated; got ${engine}`);
  const opts = {
    files: Number(values.files),
    commits: Number(values.commits),
    seed: Number(values.seed),
    naiveSample: Number(values['naive-sample']),
  };
  for (const [name, value] of Object.entries(opts))
    if (!Number.isInteger(value) || value < (name === 'naiveSample' ? 0 : 1))
      throw new Error(`--${name} must be a ${name === 'naiveSample' ? 'non-negative' : 'positive'} integer`);
  const baseline = values.baseline === undefined ? undefined : join(values.baseline, 'packages/cli/dist/bin.js');
  if (baseline !== undefined && !existsSync(baseline))
    throw new Error(
      `--baseline ${values.baseline}: no packages/cli/dist/bin.js there; give a built checkout of upkeep`,
    );
  return { ...opts, engines, baseline, baselineDir: values.baseline };
}

/** Runs a command once under GNU time: wall and CPU (user + sys) seconds, peak RSS (MB), stderr. */
function timed(argv, cwd, prepare = 'true') {
  const run = runOnce(argv, { cwd, prepare, measureRss: true });
  if (run.exitCode !== 0 && run.exitCode !== 1)
    throw new Error(
      `${argv.slice(1).join(' ')} failed (${run.exitCode}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  if (run.cpuSeconds === undefined) throw new Error('GNU time (/usr/bin/time) gave no CPU time; install it');
  return { seconds: run.seconds, cpu: run.cpuSeconds, rss: run.peakRssMb ?? 0, stderr: run.stderr };
}

/** Runs upkeep once under GNU time (this checkout's CLI, or `cli`). */
function time(args, cwd, prepare, cli = bin) {
  return timed([process.execPath, cli, ...args], cwd, prepare);
}

/** @param {{ seconds: number, cpu: number, rss: number }} run @param {{ seconds: number, cpu: number }} [base] */
function figures(run, base) {
  const ratio = (value, of) => (base ? ` (${(value / of).toFixed(2)}×)` : '');
  return `${run.seconds.toFixed(1)} s${ratio(run.seconds, base?.seconds)} | ${run.cpu.toFixed(1)} s${ratio(run.cpu, base?.cpu)} | ${run.rss.toFixed(0)} MB`;
}

function ensureProject({ files, commits, seed }) {
  const dir = join(bench, 'out', `trend-${files}-${commits}-seed${seed}`);
  if (existsSync(join(dir, '.git'))) return dir;
  say(`generating ${relative(repo, dir)}: ${files} modules and ${commits - 1} commits of churn ...`);
  mkdirSync(join(bench, 'out'), { recursive: true });
  generateProject({ files, seed, outDir: dir });
  const stats = addChurn({ dir, files, seed, commits: commits - 1 });
  say(
    `  churn: ${stats.rewritten} module rewrites, ${stats.added} added, ${stats.deleted} deleted, ${stats.renamed} renamed`,
  );
  return dir;
}

function run(opts) {
  if (!existsSync(bin)) throw new Error('packages/cli/dist/bin.js is missing; build with: pnpm exec tsc -b');
  const dir = ensureProject(opts);
  const clearCache = () => rmSync(join(dir, '.upkeep'), { recursive: true, force: true });
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  say(
    `machine: ${availableParallelism()} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  clearCache();
  const eslint = timed(eslintColdCommand(repo), dir);
  say('');
  say('| run | wall (× eslint) | CPU user+sys (× eslint) | peak RSS |');
  say('|---|---|---|---|');
  say(`| \`eslint\` (one thread, cold, HEAD, same rules) | ${figures(eslint)} |`);
  const verdicts = [];
  for (const engine of opts.engines) {
    const score = time(['score', '--quiet', '--no-cache', '--format', 'json', '--engine', engine], dir);
    say(`| \`upkeep score --no-cache --engine ${engine}\` (HEAD) | ${figures(score, eslint)} |`);
    const trends = (cli, label) => {
      const trend = time(
        ['trend', '--format', 'json', '--out', join(dir, '.upkeep-trend.json'), '--engine', engine],
        dir,
        'rm -rf .upkeep',
        cli,
      );
      const counts = /\(\d+ linted, \d+ from the cache\)/.exec(trend.stderr)?.[0] ?? '';
      say(
        `| ${label}\`upkeep trend --engine ${engine}\` (${opts.commits} points, empty cache) ${counts} | ${figures(trend, eslint)} |`,
      );
      // one more commit, then the same trend again: only the new commit's changed module is linted
      appendFileSync(join(dir, 'CHANGELOG.md'), 'one more\n');
      const last = execFileSync('git', ['ls-files', '*.js'], { cwd: dir, encoding: 'utf8' }).split('\n')[0];
      appendFileSync(join(dir, last), '\nvar one_more_change = 1;\n');
      execFileSync(
        'git',
        ['-c', 'user.name=bench', '-c', 'user.email=b@b.invalid', 'commit', '-qam', 'one more commit'],
        {
          cwd: dir,
        },
      );
      const warm = time(
        ['trend', '--format', 'json', '--out', join(dir, '.upkeep-trend.json'), '--engine', engine],
        dir,
        'true',
        cli,
      );
      say(`| ${label}second \`upkeep trend --engine ${engine}\` after one new commit | ${figures(warm, eslint)} |`);
      execFileSync('git', ['reset', '-q', '--hard', head], { cwd: dir });
      return { trend, warm };
    };
    if (opts.baseline !== undefined) {
      const before = trends(opts.baseline, 'before: ');
      verdicts.push(
        `before (${opts.baselineDir}), ${engine}: trend ${(before.trend.cpu / eslint.cpu).toFixed(2)}× eslint by CPU, ${(before.trend.seconds / eslint.seconds).toFixed(2)}× by wall; second trend ${before.warm.cpu.toFixed(1)} CPU-s`,
      );
    }
    const { trend, warm } = trends(bin, opts.baseline !== undefined ? 'after: ' : '');
    verdicts.push(
      `goal: trend of ${opts.commits} commits (${engine}) ≤ 1× one cold eslint run: CPU ${(trend.cpu / eslint.cpu).toFixed(2)}× → ${trend.cpu <= eslint.cpu ? 'met' : 'NOT met'}, wall ${(trend.seconds / eslint.seconds).toFixed(2)}× → ${trend.seconds <= eslint.seconds ? 'met' : 'NOT met'}; ${(trend.seconds / score.seconds).toFixed(2)}× upkeep's own cold score by wall; second trend ${(warm.cpu / trend.cpu).toFixed(3)}× the first by CPU, ${(warm.seconds / trend.seconds).toFixed(3)}× by wall (goal ≤ 0.1×)`,
    );
  }
  if (opts.naiveSample > 0) {
    const commits = execFileSync('git', ['rev-list', '--first-parent', '--reverse', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    const sample = Array.from(
      { length: opts.naiveSample },
      (_, i) => commits[Math.round((i * (commits.length - 1)) / Math.max(1, opts.naiveSample - 1))],
    );
    let naive = 0;
    for (const commit of sample)
      naive += time(['score', '--ref', commit, '--no-cache', '--quiet', '--out', '/dev/null'], dir).seconds;
    const naiveTotal = (naive / sample.length) * commits.length;
    say(
      `naive: score --ref each commit, no cache: ~${naiveTotal.toFixed(0)} s (measured on ${sample.length} commits, × ${commits.length})`,
    );
  }
  say('');
  for (const verdict of verdicts) say(verdict);
  // put the project back where it was, so the next run measures the same history
  execFileSync('git', ['reset', '-q', '--hard', head], { cwd: dir });
  say(
    `reproduce: node bench/trend-bench.mjs --files ${opts.files} --commits ${opts.commits} --seed ${opts.seed} --engines ${opts.engines.join(',')} --naive-sample ${opts.naiveSample}${opts.baselineDir !== undefined ? ` --baseline ${opts.baselineDir}` : ''}`,
  );
}

try {
  run(options(process.argv.slice(2)));
} catch (error) {
  process.stderr.write(`trend-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
