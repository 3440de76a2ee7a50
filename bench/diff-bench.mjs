#!/usr/bin/env node
// Measures what `upkeep diff` costs next to a cold full `upkeep score`, on a copy of the synthetic
// project with a branch that changes a few files: the cost must follow the size of the change, not
// of the repository (goal: diff ≤ 0.05 × cold score). One run of each, in this order, as CI does:
// a cold full score of the base (which fills the cache, as a previous CI run would), then the diff.
// Reports; never gates: exit 0 whatever the ratio, 2 only when the benchmark cannot run.
//   node bench/diff-bench.mjs [--files 2000] [--changed 20]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateProject } from './generate-project.mjs';

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

/** Runs upkeep once and returns the wall time in seconds; exit 0 or 1 (findings) count as success. */
function timed(args, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1)
    throw new SetupError(
      `upkeep ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`,
    );
  return { seconds, stdout: result.stdout, stderr: result.stderr };
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

function run({ files, changed }) {
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

    say(`machine: ${availableParallelism()} CPUs, Node ${process.version}`);
    say(
      `project: ${relative(repo, source)} cloned to a temp dir; branch "change" edits ${paths.length} modules (one line rewritten, two added each)`,
    );
    const score = timed(['score', '--quiet'], dir);
    say(`cold full upkeep score (empty cache):        ${score.seconds.toFixed(2)} s   ${score.stdout.trim()}`);
    const diff = timed(['diff', '--base', base, '--head', 'change', '--quiet'], dir);
    say(
      `upkeep diff --base <base> --head change:      ${diff.seconds.toFixed(2)} s   ${diff.stdout.trim().split('\n').at(-1)}`,
    );
    const ratio = diff.seconds / score.seconds;
    say(`ratio diff / cold score: ${ratio.toFixed(3)} (goal ≤ 0.05: ${ratio <= 0.05 ? 'met' : 'not met'})`);
    const summary = join(bench, 'out', `diff-bench-synthetic-${files}.summary.json`);
    writeFileSync(
      summary,
      `${JSON.stringify({ files, changed, coldScoreSeconds: score.seconds, diffSeconds: diff.seconds, ratio, goal: 0.05 }, null, 2)}\n`,
    );
    say(
      `reproduce: node bench/diff-bench.mjs --files ${files} --changed ${changed}; summary: ${relative(repo, summary)}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  const { values } = parseArgs({
    options: { files: { type: 'string', default: '2000' }, changed: { type: 'string', default: '20' } },
  });
  const files = Number(values.files);
  const changed = Number(values.changed);
  if (!Number.isInteger(files) || files < 1)
    throw new SetupError(`--files must be a positive integer, got ${values.files}`);
  if (!Number.isInteger(changed) || changed < 1)
    throw new SetupError(`--changed must be a positive integer, got ${values.changed}`);
  run({ files, changed });
} catch (error) {
  process.stderr.write(`diff-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
