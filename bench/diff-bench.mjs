#!/usr/bin/env node
// Measures what `upkeep diff` costs next to one cold full lint, on a copy of the synthetic project
// with a branch that changes a few files: the cost must follow the size of the change, not of the
// repository (issue 14's goal: diff of 20 changed modules ≤ 0.05 × a cold full ESLint run, one
// thread, same rules). In this order, as CI does: plain ESLint over the base (the baseline), then
// per engine a cold full `upkeep score` of the base (which fills the cache, as a previous CI run
// would) and the diff. Every run under GNU time: wall, CPU (user + sys) and peak RSS.
// Reports; never gates: exit 0 whatever the ratio, 2 only when the benchmark cannot run.
//   node bench/diff-bench.mjs [--files 2000] [--changed 20] [--engines eslint,oxlint]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProject } from './generate-project.mjs';
import { eslintColdCommand } from './harness/commands.mjs';
import { runOnce } from './harness/run-once.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const repo = dirname(bench);
const bin = join(repo, 'packages/cli/dist/bin.js');
const say = (text) => process.stdout.write(`${text}\n`);

class SetupError extends Error {}

function git(cwd, ...args) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.test',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.test',
    },
  });
}

/**
 * Runs a command once under GNU time; exit 0 or 1 (findings) count as success.
 * @param {string[]} argv @param {string} cwd @param {string} prepare shell command run first
 */
function timed(argv, cwd, prepare = 'true') {
  const result = runOnce(argv, { cwd, prepare, measureRss: true });
  if (result.exitCode !== 0 && result.exitCode !== 1)
    throw new SetupError(
      `${argv.slice(1).join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`,
    );
  if (result.cpuSeconds === undefined) throw new SetupError('GNU time (/usr/bin/time) gave no CPU time; install it');
  return { seconds: result.seconds, cpu: result.cpuSeconds, rss: result.peakRssMb ?? 0 };
}

/** @param {string} name @param {{ seconds: number, cpu: number, rss: number }} run @param {{ seconds: number, cpu: number }} [base] */
function row(name, run, base) {
  const ratio = (value, of) => (base ? ` (${(value / of).toFixed(3)}×)` : '');
  return `| ${name} | ${run.seconds.toFixed(2)} s${ratio(run.seconds, base?.seconds)} | ${run.cpu.toFixed(2)} s${ratio(run.cpu, base?.cpu)} | ${run.rss.toFixed(0)} MB |`;
}

/** The change: in each of `count` modules spread over the project, one line rewritten and one added. */
function makeChange(dir, count) {
  const modules = git(dir, 'ls-files', '-z')
    .split('\0')
    .filter((path) => /\.(js|jsx|ts|tsx)$/.test(path));
  if (modules.length < count)
    throw new SetupError(`the project has ${modules.length} modules, fewer than --changed ${count}`);
  const step = Math.floor(modules.length / count);
  const chosen = Array.from({ length: count }, (_, index) => modules[index * step]);
  for (const path of chosen) {
    const file = join(dir, path);
    const lines = readFileSync(file, 'utf8').split('\n');
    const middle = Math.floor(lines.length / 2);
    lines[middle] = `${lines[middle]} // reviewed`;
    writeFileSync(
      file,
      `${lines.join('\n')}\nvar bench_added_total = 0;\nif (bench_added_total == 1) { bench_added_total = 2; }\n`,
    );
  }
  return chosen;
}

function run({ files, changed, engines }) {
  if (!existsSync(bin))
    throw new SetupError('packages/cli/dist/bin.js is missing; build it with: pnpm exec tsc -b packages/cli');
  const source = join(bench, 'out', `synthetic-${files}`);
  if (!existsSync(join(source, '.git'))) {
    say(`generating ${relative(repo, source)} ...`);
    generateProject({ files, seed: 1, outDir: source });
  }
  const scratch = mkdtempSync(join(tmpdir(), 'upkeep-diff-bench-'));
  try {
    const dir = join(scratch, 'project');
    // a clean clone: no .upkeep cache from earlier runs, the synthetic project left untouched
    execFileSync('git', ['clone', '-q', '--no-hardlinks', source, dir]);
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'checkout', '-q', '-b', 'change');
    const paths = makeChange(dir, changed);
    git(dir, 'commit', '-q', '-am', `change ${changed} modules`);
    git(dir, 'checkout', '-q', base);

    say(
      `machine: ${availableParallelism()} CPUs, Node ${process.version}, load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    );
    say(
      `project: ${relative(repo, source)} cloned to a temp dir; branch "change" edits ${paths.length} modules (one line rewritten, two added each)`,
    );
    const eslint = timed(eslintColdCommand(repo), dir);
    say('');
    say('| run | wall (× eslint) | CPU user+sys (× eslint) | peak RSS |');
    say('|---|---|---|---|');
    say(row('`eslint` (one thread, cold, same rules)', eslint));
    const results = [];
    for (const engine of engines) {
      const upkeep = [process.execPath, bin];
      const score = timed([...upkeep, 'score', '--quiet', '--engine', engine], dir, 'rm -rf .upkeep');
      say(row(`\`upkeep score --engine ${engine}\` (cold, full: fills the cache)`, score, eslint));
      const diff = timed([...upkeep, 'diff', '--base', base, '--head', 'change', '--quiet', '--engine', engine], dir);
      say(row(`\`upkeep diff --base <base> --head change --engine ${engine}\``, diff, eslint));
      results.push({ engine, score, diff, ratio: diff.seconds / eslint.seconds, cpuRatio: diff.cpu / eslint.cpu });
    }
    say('');
    for (const { engine, ratio, cpuRatio, diff, score } of results)
      say(
        `goal: upkeep diff (${engine}) ≤ 0.05× a cold full eslint run: wall ${ratio.toFixed(3)}×, CPU ${cpuRatio.toFixed(3)}× → ${ratio <= 0.05 ? 'met' : 'NOT met'} (wall); against upkeep's own cold score ${(diff.seconds / score.seconds).toFixed(3)}×`,
      );
    const summary = join(bench, 'out', `diff-bench-synthetic-${files}.summary.json`);
    writeFileSync(summary, `${JSON.stringify({ files, changed, eslint, results, goal: 0.05 }, null, 2)}\n`);
    say(
      `reproduce: node bench/diff-bench.mjs --files ${files} --changed ${changed} --engines ${engines.join(',')}; summary: ${relative(repo, summary)}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '2000' },
      changed: { type: 'string', default: '20' },
      engines: { type: 'string', default: 'eslint,oxlint' },
    },
  });
  const engines = values.engines.split(',').filter(Boolean);
  for (const engine of engines)
    if (engine !== 'eslint' && engine !== 'oxlint')
      throw new SetupError(`--engines takes eslint and/or oxlint, comma-separated; got ${engine}`);
  const files = Number(values.files);
  const changed = Number(values.changed);
  if (!Number.isInteger(files) || files < 1)
    throw new SetupError(`--files must be a positive integer, got ${values.files}`);
  if (!Number.isInteger(changed) || changed < 1)
    throw new SetupError(`--changed must be a positive integer, got ${values.changed}`);
  run({ files, changed, engines });
} catch (error) {
  process.stderr.write(`diff-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
