#!/usr/bin/env node
// Generates a seeded synthetic legacy JS/TS monorepo and commits it to a fresh git repository.
// Same seed and size, same bytes: benchmarks and tests can rely on the exact content.
//   node bench/generate-project.mjs --files 2000 --seed 1 --out bench/out/synthetic-2000
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { planProject } from './synthetic/layout.mjs';
import { writeModule } from './synthetic/module-writer.mjs';
import { projectFiles } from './synthetic/project-files.mjs';

// a fixed identity and date make the commit itself reproducible, whatever the machine's git config
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z',
};
const GIT_IDENTITY = [
  '-c',
  'user.name=upkeep bench',
  '-c',
  'user.email=bench@upkeep.invalid',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'init.defaultBranch=main',
  '-c',
  'core.autocrlf=false',
];

/**
 * @typedef {{ files: number, seed: number, outDir: string }} GenerateOptions
 * @typedef {{ outDir: string, modules: number, bytes: number, lines: number, kinds: Record<string, number>, commit: string }} GenerateSummary
 */

/** @param {GenerateOptions} options */
function validate({ files, seed, outDir }) {
  if (!Number.isInteger(files) || files < 1)
    throw new RangeError(`generateProject: files must be a positive integer, got ${files}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError(`generateProject: seed must be an integer from 0 to 4294967295, got ${seed}`);
  if (typeof outDir !== 'string' || outDir === '')
    throw new TypeError('generateProject: outDir must be a non-empty path');
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    throw new Error(
      `generateProject: ${outDir} already exists and is not empty; delete it or choose another output directory`,
    );
  }
}

/** @param {string} root @param {string} path @param {string} content */
function write(root, path, content) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/** @param {string} cwd @param {string[]} args */
function git(cwd, args) {
  return execFileSync('git', [...GIT_IDENTITY, ...args], {
    cwd,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/**
 * Writes `files` source modules (plus workspace manifests) under `outDir`, then commits them.
 * @param {GenerateOptions} options
 * @returns {GenerateSummary}
 */
export function generateProject({ files, seed, outDir }) {
  validate({ files, seed, outDir });
  const root = resolve(outDir);
  const plan = planProject(files, seed);
  mkdirSync(root, { recursive: true });
  for (const [path, content] of projectFiles(plan.packages)) write(root, path, content);
  let bytes = 0;
  let lines = 0;
  /** @type {Record<string, number>} */
  const kinds = { cjs: 0, esm: 0, ts: 0, tsx: 0, jsx: 0 };
  for (const module of plan.modules) {
    const source = writeModule(module);
    write(root, module.path, source);
    bytes += Buffer.byteLength(source);
    lines += source.split('\n').length - 1;
    kinds[module.kind] += 1;
  }
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '--no-verify', '-m', 'synthetic']);
  return { outDir: root, modules: plan.modules.length, bytes, lines, kinds, commit: git(root, ['rev-parse', 'HEAD']) };
}

/** @param {string[]} argv */
function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      files: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: node bench/generate-project.mjs [--files N=2000] [--seed S=1] [--out DIR=bench/out/synthetic-N[-seedS]]\n',
    );
    return;
  }
  const files = Number(values.files);
  const seed = Number(values.seed);
  // the same default location score-bench.mjs looks in, so it reuses what is generated here
  const outDir =
    values.out ??
    join(
      dirname(fileURLToPath(import.meta.url)),
      'out',
      seed === 1 ? `synthetic-${files}` : `synthetic-${files}-seed${seed}`,
    );
  const summary = generateProject({ files, seed, outDir });
  const mix = Object.entries(summary.kinds)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  process.stdout.write(
    `${summary.outDir}: ${summary.modules} modules (${mix}), ${summary.lines} lines, ${(summary.bytes / 1e6).toFixed(2)} MB, commit ${summary.commit.slice(0, 12)}\n`,
  );
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
