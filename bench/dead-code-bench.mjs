#!/usr/bin/env node
// Dead-code benchmark on the synthetic project: upkeep's detection beside knip's (same project, same
// run, hyperfine), the agreement of their unused files and exports, and the full removal with
// verification (type check), timed with its peak RSS by GNU time, on a throw-away clone.
//   node bench/dead-code-bench.mjs [--project bench/out/synthetic-2000] [--runs 3]
//   (generate the project first: node bench/generate-project.mjs --files 2000 --seed 1 --out bench/out/synthetic-2000)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const KNIP = join(REPO, 'node_modules/.bin/knip');
const UPKEEP = join(REPO, 'packages/cli/dist/bin.js');
const SELF = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    project: { type: 'string', default: 'bench/out/synthetic-2000' },
    runs: { type: 'string', default: '3' },
    'detect-only': { type: 'string' },
    // the generated packages name a main (src/index.js) that the generator does not write, so
    // without entries every file is unreachable; the React components serve as entry points instead
    entry: { type: 'string', default: 'packages/*/src/*/*.tsx' },
  },
});

if (values['detect-only']) {
  // one detection pass (no removal): what `--dry-run` computes before printing
  const { findDeadCode } = await import(join(REPO, 'codemods/dist/dead-code/find-dead-code.js'));
  const result = await findDeadCode({ root: resolve(values['detect-only']), maxRounds: 1, entries: [values.entry] });
  process.stdout.write(JSON.stringify(result.counts) + '\n');
  process.exit(0);
}

const project = resolve(values.project);
if (!existsSync(project)) {
  console.error(
    `dead-code-bench: ${values.project} does not exist; generate it with: node bench/generate-project.mjs --files 2000 --seed 1 --out ${values.project}`,
  );
  process.exit(2);
}
if (!existsSync(join(REPO, 'codemods/dist/dead-code/find-dead-code.js'))) {
  console.error('dead-code-bench: build first (pnpm exec tsc -b)');
  process.exit(2);
}

// knip gets the same entry points, in a clone so that the project itself stays as generated
const knipDir = mkdtempSync(join(tmpdir(), 'dead-code-bench-knip-'));
execFileSync('git', ['clone', '-q', project, knipDir]);
const entryInPackage = values.entry.replace(/^packages\/\*\//, '');
writeFileSync(
  join(knipDir, 'knip.json'),
  JSON.stringify({ workspaces: { 'packages/*': { entry: [entryInPackage], project: ['src/**/*.{js,jsx,ts,tsx}'] } } }),
);
const json = join(tmpdir(), `dead-code-bench-${process.pid}.json`);
const knipCommand = `${KNIP} --no-progress --reporter json --include files,exports,types --no-exit-code > /dev/null`;
execFileSync(
  'hyperfine',
  [
    '--warmup',
    '1',
    '--runs',
    values.runs,
    '--export-json',
    json,
    '-n',
    'upkeep detection',
    `node ${SELF} --detect-only ${project} --entry '${values.entry}'`,
    '-n',
    'knip',
    `cd ${knipDir} && ${knipCommand}`,
  ],
  { stdio: 'inherit' },
);
const [ours, knip] = JSON.parse(readFileSync(json, 'utf8')).results;
rmSync(json, { force: true });
console.log(
  `\ndetection: upkeep ${ours.mean.toFixed(2)} s, knip ${knip.mean.toFixed(2)} s, ratio ${(ours.mean / knip.mean).toFixed(2)} (upkeep / knip; below 1 is faster)`,
);

// agreement on unused files and exports
const knipRun = spawnSync(
  KNIP,
  ['--no-progress', '--reporter', 'json', '--include', 'files,exports,types', '--no-exit-code'],
  { cwd: knipDir, encoding: 'utf8', maxBuffer: 1 << 28 },
);
rmSync(knipDir, { recursive: true, force: true });
const knipSet = new Set();
for (const issue of JSON.parse(knipRun.stdout).issues) {
  for (const file of issue.files) knipSet.add(`file ${file.name}`);
  for (const item of [...issue.exports, ...issue.types]) knipSet.add(`export ${issue.file} ${item.name}`);
}
const { findDeadCode } = await import(join(REPO, 'codemods/dist/dead-code/find-dead-code.js'));
const detected = await findDeadCode({
  root: project,
  only: ['exports', 'files'],
  maxRounds: 1,
  entries: [values.entry],
});
const ourSet = new Set(
  detected.findings.map((f) => (f.kind === 'files' ? `file ${f.path}` : `export ${f.path} ${f.name}`)),
);
const onlyKnip = [...knipSet].filter((x) => !ourSet.has(x));
const onlyOurs = [...ourSet].filter((x) => !knipSet.has(x));
console.log(
  `agreement: ${[...ourSet].filter((x) => knipSet.has(x)).length} found by both, ${onlyKnip.length} by knip only, ${onlyOurs.length} by upkeep only`,
);
for (const item of onlyKnip.slice(0, 10)) console.log(`  knip only:   ${item}`);
for (const item of onlyOurs.slice(0, 10)) console.log(`  upkeep only: ${item}`);

// the full removal with verification, on a clone
const work = mkdtempSync(join(tmpdir(), 'dead-code-bench-'));
try {
  timeRemoval();
} finally {
  rmSync(work, { recursive: true, force: true });
}

function timeRemoval() {
  execFileSync('git', ['clone', '-q', project, work]);
  const timeFile = join(tmpdir(), `dead-code-bench-${process.pid}.time`);
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      '-o',
      timeFile,
      process.execPath,
      UPKEEP,
      'codemod',
      'dead-code',
      '--entry',
      values.entry,
      '--no-score',
      '--format',
      'json',
      '--quiet',
    ],
    { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const time = readFileSync(timeFile, 'utf8');
  if (run.status !== 0) {
    console.error(`the removal failed (exit ${run.status}):\n${run.stderr}`);
    process.exitCode = 1;
    return;
  }
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(time)?.[1]?.trim();
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? 0) / 1024;
  const result = JSON.parse(run.stdout);
  const counts = result.details?.counts ?? {};
  console.log(`\nfull removal with verification: status ${result.status}, wall ${wall}, peak RSS ${rss.toFixed(0)} MB`);
  console.log(
    `  removed ${JSON.stringify(counts)} in ${result.details?.rounds} rounds; ${result.changes.length} files changed; type check: ${result.verification.typeCheck ? `${result.verification.typeCheck.introduced.length} new errors` : 'no tsconfig'}`,
  );
  writeFileSync(
    join(REPO, 'bench/out/dead-code-bench.summary.json'),
    JSON.stringify(
      {
        detection: { upkeep: ours.mean, knip: knip.mean, ratio: ours.mean / knip.mean },
        agreement: { both: ourSet.size - onlyOurs.length, onlyKnip: onlyKnip.length, onlyUpkeep: onlyOurs.length },
        removal: { status: result.status, wall, peakRssMb: Math.round(rss), counts },
      },
      null,
      2,
    ),
  );
}
