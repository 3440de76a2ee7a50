#!/usr/bin/env node
// Benchmarks `upkeep codemod rename` (every non-conforming name of a seeded synthetic TypeScript
// project, written, type-checked before and after) beside `tsc --noEmit` on the same project, in
// one hyperfine run, with peak RSS from GNU time. Goal: rename ≤ 3× the type-check time.
// Reports; never gates: exit 0 whatever the ratio, 2 when the benchmark could not run.
//   node bench/rename-bench.mjs [--files 1000] [--seed 1] [--runs 3] [--warmup 1] [--upkeep <bin.js>]
// --isolate-one: instead, the cost of isolating one bad edit: the rename with a --verify command
// that fails only when one renamed symbol's new name is present (re-verifications, time).
// --compare-isolate: instead, the rename where every edit verifies, with isolation (the default)
// beside all-or-nothing (--no-isolate), in one hyperfine run: wall and CPU (user + sys) seconds.
// --project <dir>: instead, a real project (a copy: nothing is written, but do not point it at a
// tree you work in): its own `tsc --noEmit` beside `upkeep codemod rename --dry-run --no-score`,
// alternating run by run, each under GNU time: wall, CPU (user + sys) and peak RSS, and the ratios.
import { mkdtempSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runHyperfine } from './harness/hyperfine.mjs';
import { runOnce } from './harness/run-once.mjs';
import { INSTALL_HINT, gnuTimeAvailable, hyperfineVersion } from './harness/tools.mjs';
import { generateTsProject } from './synthetic/ts-project.mjs';

const GOAL_RATIO = 3;
const bench = dirname(fileURLToPath(import.meta.url));
const repo = dirname(bench);

function fail(message) {
  process.stderr.write(`rename-bench: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    upkeep: { type: 'string' },
    'isolate-one': { type: 'boolean', default: false },
    'compare-isolate': { type: 'boolean', default: false },
    project: { type: 'string' },
  },
});
const files = Number(values.files);
const seed = Number(values.seed);
const runs = Number(values.runs);
const warmup = Number(values.warmup);
if (!Number.isInteger(files) || files < 1) fail(`--files expects a whole number ≥ 1, got "${values.files}"`);
if (!Number.isInteger(seed) || seed < 0) fail(`--seed expects a whole number ≥ 0, got "${values.seed}"`);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs expects a whole number ≥ 1, got "${values.runs}"`);
if (!Number.isInteger(warmup) || warmup < 0) fail(`--warmup expects a whole number ≥ 0, got "${values.warmup}"`);

const upkeepBin = values.upkeep ?? join(repo, 'packages/cli/dist/bin.js');
const tscBin = join(repo, 'node_modules/typescript/bin/tsc');
if (!existsSync(upkeepBin)) fail(`${upkeepBin} is missing; build first with \`pnpm exec tsc -b\``);
if (!existsSync(tscBin)) fail(`${tscBin} is missing; run \`pnpm install\``);
const hyperfine = hyperfineVersion();
if (!hyperfine || !gnuTimeAvailable()) fail(`hyperfine and GNU time are needed; ${INSTALL_HINT}`);

const node = process.execPath;
if (values.project !== undefined) {
  realProject(resolve(values.project));
  process.exit(0);
}

const project = join(bench, 'out', `rename-${files}-seed${seed}`);
process.stderr.write(`generating ${files} TypeScript files (seed ${seed}) in ${project}\n`);
const generated = generateTsProject({ files, seed, outDir: project });

if (values['isolate-one']) {
  isolateOne();
  process.exit(0);
}
if (values['compare-isolate']) {
  compareIsolate();
  process.exit(0);
}
// each rename run starts from the committed project; the restore is outside the timing
const restore = 'git checkout -q -- . && git clean -qfdx';
const commands = [
  { name: 'tsc --noEmit', argv: [node, tscBin, '--noEmit', '-p', '.'], prepare: 'true' },
  { name: 'upkeep codemod rename', argv: [node, upkeepBin, 'codemod', 'rename', '--no-score'], prepare: restore },
];

// once outside hyperfine: both must work, the rename must leave a project that type-checks, and
// GNU time gives peak RSS and CPU seconds (user + sys: on a shared machine, wall time follows the load)
const rss = {};
const cpu = {};
for (const command of commands) {
  const once = measureOnce(command);
  if (once.exitCode !== 0) fail(`\`${command.name}\` failed (exit ${once.exitCode}):\n${once.stderr}`);
  rss[command.name] = once.peakRssMb;
  cpu[command.name] = once.cpuSeconds;
}
const afterRename = runOnce([node, tscBin, '--noEmit', '-p', '.'], { cwd: project, measureRss: false });
if (afterRename.exitCode !== 0) fail(`the renamed project no longer type-checks:\n${afterRename.stderr}`);
const changed = runOnce(['sh', '-c', 'test -n "$(git status --porcelain)"'], { cwd: project, measureRss: false });
if (changed.exitCode !== 0) fail('the rename changed nothing: the generated project has no name to rename');

const exportDir = mkdtempSync(join(tmpdir(), 'rename-bench-'));
const timings = runHyperfine(
  commands.map((command) => ({ ...command, prime: false })),
  { cwd: project, runs, warmup, exportJson: join(exportDir, 'hyperfine.json') },
);
rmSync(exportDir, { recursive: true, force: true });
for (const timing of timings) {
  if (timing.exitCodes.some((code) => code !== 0))
    fail(`\`${timing.name}\` failed in a timed run (exit codes ${timing.exitCodes.join(', ')})`);
}
runOnce(['sh', '-c', restore], { cwd: project, measureRss: false });

const byName = Object.fromEntries(timings.map((timing) => [timing.name, timing]));
const tsc = byName['tsc --noEmit'];
const rename = byName['upkeep codemod rename'];
const ratio = rename.mean / tsc.mean;
const cpuRatio = cpu['upkeep codemod rename'] / cpu['tsc --noEmit'];
const row = (name, timing) =>
  `${name.padEnd(24)} ${timing.mean.toFixed(2).padStart(7)} s ± ${timing.stddev.toFixed(2)}   CPU ${cpu[name].toFixed(1)} s   peak RSS ${rss[name] === undefined ? 'n/a' : `${rss[name].toFixed(0)} MB`}`;
process.stdout.write(
  [
    '',
    `project: ${generated.files} TypeScript files, ${generated.lines} lines (seed ${seed}); hyperfine ${hyperfine}, ${runs} run(s), ${warmup} warm-up`,
    row('tsc --noEmit', tsc),
    row('upkeep codemod rename', rename),
    `ratio: rename / type-check = ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU (goal ≤ ${GOAL_RATIO}×: ${ratio <= GOAL_RATIO ? 'met' : 'not met'})`,
    '',
  ].join('\n'),
);

/** One run under GNU time, after its `prepare`: exit code, stderr, CPU seconds (user + sys) and peak RSS in MB. */
function measureOnce(command) {
  spawnSync('sh', ['-c', command.prepare], { cwd: project });
  const run = spawnSync('/usr/bin/time', ['-f', '__bench_time %U %S %M', ...command.argv], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const match = /__bench_time ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  return {
    exitCode: run.status,
    stderr: (run.stderr ?? '').replace(/__bench_time[\s\S]*$/, ''),
    cpuSeconds: match ? Number(match[1]) + Number(match[2]) : NaN,
    peakRssMb: match ? Number(match[3]) / 1024 : undefined,
  };
}

/** One rename run with a --verify command that fails only when one symbol's new name is in the tree. */
function isolateOne() {
  const restoreTree = () => spawnSync('sh', ['-c', 'git checkout -q -- . && git clean -qfdx'], { cwd: project });
  restoreTree();
  const plan = spawnSync(
    node,
    [upkeepBin, 'codemod', 'rename', '--no-score', '--dry-run', '--no-type-check', '--format', 'json'],
    { cwd: project, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  if (plan.status !== 0) fail(`the dry run failed (exit ${plan.status}):\n${plan.stderr}`);
  const planned = JSON.parse(plan.stdout);
  const counts = new Map();
  for (const renamed of planned.details.renamed) counts.set(renamed.to, (counts.get(renamed.to) ?? 0) + 1);
  // a new name only one rename introduces and no file holds yet
  const target = planned.details.renamed.find(
    (renamed) =>
      counts.get(renamed.to) === 1 &&
      spawnSync('grep', ['-rqw', '--include=*.ts', '--exclude-dir=node_modules', renamed.to, '.'], { cwd: project })
        .status === 1,
  );
  if (!target) fail('no renamed symbol with a new name of its own');
  const verify = `! grep -rqw --include='*.ts' ${target.to} .`;
  process.stderr.write(
    `isolating ${target.from} → ${target.to} (${target.path}:${target.line}) among ${planned.groups.planned} edit groups, --verify "${verify}"\n`,
  );
  const started = process.hrtime.bigint();
  const run = spawnSync(node, [upkeepBin, 'codemod', 'rename', '--no-score', '--format', 'json', '--verify', verify], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  restoreTree();
  if (run.status !== 0) fail(`the isolating run failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  const result = JSON.parse(run.stdout);
  const dropped = result.dropped.map((group) => `${group.label} (${group.reason})`);
  process.stdout.write(
    [
      '',
      `project: ${generated.files} TypeScript files (seed ${seed})`,
      `edit groups planned: ${result.groups.planned}, applied: ${result.groups.applied}, dropped: ${result.groups.dropped} — ${dropped.join(', ')}`,
      `verifications: ${result.verification.isolation.runs} (+ 1 baseline run of the command); --verify runs: ${result.verification.isolation.runs}`,
      `time: ${seconds.toFixed(1)} s for the whole run`,
      '',
    ].join('\n'),
  );
}

/**
 * The common case, a rename where every edit verifies, with isolation on (the default) and off
 * (`--no-isolate`, all or nothing), side by side: the two alternate run by run in the order
 * A B B A A B … so that a machine whose load drifts weighs on both alike; each run under GNU time
 * (wall, and user + sys CPU seconds of the whole process tree), from the committed project.
 */
function compareIsolate() {
  const restoreTree = () => spawnSync('sh', ['-c', 'git checkout -q -- . && git clean -qfdx'], { cwd: project });
  const rename = [upkeepBin, 'codemod', 'rename', '--no-score', '--format', 'json'];
  const variants = [
    { name: 'rename (isolation, default)', args: rename, wall: [], cpu: [] },
    { name: 'rename --no-isolate', args: [...rename, '--no-isolate'], wall: [], cpu: [] },
  ];
  const once = (variant) => {
    restoreTree();
    const run = spawnSync('/usr/bin/time', ['-f', 'TIMES %e %U %S', node, ...variant.args], {
      cwd: project,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const times = /TIMES ([\d.]+) ([\d.]+) ([\d.]+)/.exec(run.stderr);
    if (run.status !== 0 || !times)
      fail(`\`${variant.name}\` failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
    const result = JSON.parse(run.stdout);
    // the common case: the whole plan applies, nothing dropped or rejected
    if (result.groups.dropped !== 0 || result.status !== 'applied')
      fail(
        `\`${variant.name}\`: status ${result.status}, ${result.groups.dropped} group(s) dropped; every edit must verify`,
      );
    variant.groups = result.groups.planned;
    variant.verifications = result.verification.isolation.runs;
    variant.wall.push(Number(times[1]));
    variant.cpu.push(Number(times[2]) + Number(times[3]));
    process.stderr.write(
      `${variant.name}: ${times[1]} s wall, ${(Number(times[2]) + Number(times[3])).toFixed(2)} CPU-s\n`,
    );
  };
  for (let i = 0; i < warmup; i++) for (const variant of variants) once({ ...variant, wall: [], cpu: [] });
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) once(variant);
  }
  restoreTree();
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const sd = (values) => Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
  const [isolating, allOrNothing] = variants;
  const row = (variant) =>
    `${variant.name.padEnd(28)} wall ${mean(variant.wall).toFixed(1).padStart(6)} s ± ${sd(variant.wall).toFixed(1)}   CPU ${mean(variant.cpu).toFixed(2).padStart(6)} s ± ${sd(variant.cpu).toFixed(2)}   (${variant.groups} groups, ${variant.verifications} isolation run(s); runs: ${variant.cpu.map((c) => c.toFixed(1)).join(', ')} CPU-s)`;
  const wallRatio = mean(isolating.wall) / mean(allOrNothing.wall);
  const cpuRatio = mean(isolating.cpu) / mean(allOrNothing.cpu);
  const within = (ratio) => (ratio <= 1.1 ? 'met' : 'not met');
  process.stdout.write(
    [
      '',
      `project: ${generated.files} TypeScript files, ${generated.lines} lines (seed ${seed}); ${runs} run(s) each, alternating, ${warmup} warm-up; load average at the end ${loadAverage()}`,
      row(isolating),
      row(allOrNothing),
      `isolation / all-or-nothing: wall ${wallRatio.toFixed(3)}×, CPU ${cpuRatio.toFixed(3)}× (goal ≤ 1.10×: wall ${within(wallRatio)}, CPU ${within(cpuRatio)})`,
      '',
    ].join('\n'),
  );
}

function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}

/**
 * A real project: its own `tsc --noEmit` (node_modules/typescript of the project, else upkeep's)
 * beside the rename's dry run (plan, parse check, the type-check before and after with the
 * project's compiler; nothing written), alternating A B B A …, each under GNU time.
 */
function realProject(dir) {
  if (!existsSync(join(dir, 'package.json'))) fail(`--project ${dir}: no package.json there`);
  if (!gnuTimeAvailable()) fail(`GNU time is needed; ${INSTALL_HINT}`);
  const ownTsc = join(dir, 'node_modules/typescript/bin/tsc');
  const projectTsc = existsSync(ownTsc) ? ownTsc : tscBin;
  const variants = [
    { name: 'tsc --noEmit', argv: [node, projectTsc, '--noEmit', '-p', '.'], okCodes: [0, 1, 2], runs: [] },
    {
      name: 'upkeep codemod rename --dry-run',
      argv: [node, upkeepBin, 'codemod', 'rename', '--dry-run', '--no-score', '--format', 'json'],
      okCodes: [0],
      runs: [],
    },
  ];
  const once = (variant) => {
    const run = spawnSync('/usr/bin/time', ['-f', 'TIMES %e %U %S %M', ...variant.argv], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const times = /TIMES ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
    if (!times || !variant.okCodes.includes(run.status))
      fail(`\`${variant.name}\` failed (exit ${run.status}):\n${(run.stderr ?? '').slice(-2000)}`);
    if (variant.name.startsWith('upkeep')) {
      const result = JSON.parse(run.stdout);
      variant.detail = `${result.groups.planned} edit groups planned, ${result.changes.length} files changed, type-check with TypeScript ${result.verification.typeCheck?.typescript.version ?? 'n/a'} (${result.verification.typeCheck?.typescript.source ?? 'off'})`;
    } else
      variant.detail = `TypeScript ${JSON.parse(readFileSync(join(dirname(dirname(projectTsc)), 'package.json'), 'utf8')).version}, exit ${run.status}`;
    variant.runs.push({
      wall: Number(times[1]),
      cpu: Number(times[2]) + Number(times[3]),
      rss: Number(times[4]) / 1024,
    });
    process.stderr.write(
      `${variant.name}: ${times[1]} s wall, ${(Number(times[2]) + Number(times[3])).toFixed(2)} CPU-s\n`,
    );
  };
  for (let i = 0; i < warmup; i++) for (const variant of variants) once({ ...variant, runs: [] });
  for (let i = 0; i < runs; i++) for (const variant of i % 2 === 0 ? variants : [...variants].reverse()) once(variant);
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
  const of = (variant, key) => mean(variant.runs.map((run) => run[key]));
  const [tsc, rename] = variants;
  const row = (variant) =>
    `${variant.name.padEnd(32)} wall ${of(variant, 'wall').toFixed(2).padStart(7)} s   CPU ${of(variant, 'cpu').toFixed(2).padStart(6)} s   peak RSS ${of(variant, 'rss').toFixed(0)} MB   (${variant.detail})`;
  process.stdout.write(
    [
      '',
      `project: ${dir}; ${runs} run(s) each, alternating, ${warmup} warm-up; load average at the end ${loadAverage()}`,
      row(tsc),
      row(rename),
      `ratio: rename / type-check = ${(of(rename, 'wall') / of(tsc, 'wall')).toFixed(2)}× wall, ${(of(rename, 'cpu') / of(tsc, 'cpu')).toFixed(2)}× CPU (goal ≤ ${GOAL_RATIO}×)`,
      '',
    ].join('\n'),
  );
}
