#!/usr/bin/env node
// Benchmarks `upkeep trend` on a synthetic project with a history of ordinary churn: the cold
// trend against one cold full `upkeep score` (goal ≤ 3×) and against scoring each commit without
// the cache (the naive way), then a second trend after one more commit (goal ≤ 0.1× the first).
// Reports; never gates. Single timed runs: the figures are wall-clock seconds of one run each.
//   node bench/trend-bench.mjs [--files 2000] [--commits 100] [--seed 1] [--naive-sample 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProject } from './generate-project.mjs';
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
      'naive-sample': { type: 'string', default: '3' },
    },
  });
  const opts = {
    files: Number(values.files),
    commits: Number(values.commits),
    seed: Number(values.seed),
    naiveSample: Number(values['naive-sample']),
  };
  for (const [name, value] of Object.entries(opts))
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return opts;
}

/** Runs upkeep once; returns wall seconds. */
function time(args, cwd) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(
      `upkeep ${args.join(' ')} failed (${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
  return { seconds, stderr: run.stderr };
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
  say(`machine: ${availableParallelism()} CPUs (${cpus()[0]?.model.trim()}), Node ${process.version}`);
  clearCache();
  const score = time(['score', '--quiet', '--no-cache', '--out', '/dev/null'], dir);
  say(`cold full score (HEAD, --no-cache):              ${score.seconds.toFixed(1)} s`);
  clearCache();
  const trend = time(['trend', '--format', 'json', '--out', join(dir, '.upkeep-trend.json')], dir);
  say(
    `cold trend (${opts.commits} points, empty cache):         ${trend.seconds.toFixed(1)} s  (${(trend.seconds / score.seconds).toFixed(2)}× the score; goal ≤ 3×)  ${trend.stderr.trim()}`,
  );
  const noCache = time(['trend', '--no-cache', '--quiet', '--format', 'json', '--out', '/dev/null'], dir);
  say(`trend --no-cache (distinct blobs once per run):  ${noCache.seconds.toFixed(1)} s`);
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
    `naive: score --ref each commit, no cache:        ~${naiveTotal.toFixed(0)} s  (measured on ${sample.length} commits, × ${commits.length}); trend is ${(trend.seconds / naiveTotal).toFixed(3)}× of it`,
  );
  appendFileSync(join(dir, 'CHANGELOG.md'), 'one more\n');
  const last = execFileSync('git', ['ls-files', '*.js'], { cwd: dir, encoding: 'utf8' }).split('\n')[0];
  appendFileSync(join(dir, last), '\nvar one_more_change = 1;\n');
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=b@b.invalid', 'commit', '-qam', 'one more commit'], {
    cwd: dir,
  });
  const warm = time(['trend', '--format', 'json', '--out', join(dir, '.upkeep-trend.json')], dir);
  say(
    `second trend after one new commit:               ${warm.seconds.toFixed(2)} s  (${(warm.seconds / trend.seconds).toFixed(3)}× the first; goal ≤ 0.1×)  ${warm.stderr.trim()}`,
  );
  // put the project back where it was, so the next run measures the same history
  execFileSync('git', ['reset', '-q', '--hard', head], { cwd: dir });
  say(
    `reproduce: node bench/trend-bench.mjs --files ${opts.files} --commits ${opts.commits} --seed ${opts.seed} --naive-sample ${opts.naiveSample}`,
  );
}

try {
  run(options(process.argv.slice(2)));
} catch (error) {
  process.stderr.write(`trend-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
